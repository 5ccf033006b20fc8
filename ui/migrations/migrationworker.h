#pragma once
// MigrationWorker runs everything that touches a database for the Migrations panel (status, migrate,
// undo, drift: core's usecase::MigrationSession, as the CLI) on the QThread it was moved to; each job opens its own
// connection on that thread, uses it there only, and closes it. Results and the executor's log come back as queued
// signals; cancel() (thread-safe) stops between migrations: the panel re-arms it with rearm() before posting a run, so
// a Cancel pressed before the run starts is not lost. Created and owned by MigrationsPanel.

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace sf::ui {

struct MigrationJob {
    QString url;                           // may hold a session password: never logged (only redacted forms are)
    QString projectDir;                    // base for sqlite: paths and .env
    QString migrationsDir;                 // absolute (usecase::ProjectContext's rule, see ProjectPaths)
    QString connectionName;                // the profile's name (the sequelize-cli env of hand-written migrations)
    std::optional<int> tableLockTimeoutMs; // the project's settings; unset: core's defaults
    std::optional<int> statementTimeoutMs;
    bool dataLossConfirmed = false; // the user confirmed what the run deletes: the executor may delete data
};

struct MigrationRow {
    QString id;
    int state = 0; // migrate::MigrationState
    QString appliedAt;
};

// One thing a migrate/undo run would destroy, with its live row count (rows < 0: unknown, see countError).
struct LossRow {
    QString migrationId;
    QString table;        // live name
    QString column;       // empty: the whole table
    QString description;  // the operation, e.g. "drop table students"
    qint64 rows = -1;     // rows of the table, or non-NULL values of the column
    bool atLeast = false; // the count stopped at its cap
    QString countError;
};

struct DriftRow {
    QString table;
    QString object;
    QString message;
};

class MigrationWorker : public QObject
{
    Q_OBJECT
public:
    enum class LogLevel { Info, Statement, Warning, Error };
    enum class UndoScope { Last, All };
    enum class RunKind { Migrate, UndoLast, UndoAll };

    MigrationWorker() = default;

    // Thread-safe: the running (or next posted) migrate/undo stops before its next migration.
    void cancel() { m_cancel = true; }
    // Thread-safe: clears a cancel; called before a migrate/undo is posted.
    void rearm() { m_cancel = false; }

public Q_SLOTS:
    void readStatus(const sf::ui::MigrationJob &job);
    // Applies pending migrations in order, all or up to and including targetId.
    void migrate(const sf::ui::MigrationJob &job, const QString &targetId);
    void undo(const sf::ui::MigrationJob &job, sf::ui::MigrationWorker::UndoScope scope);
    void checkDrift(const sf::ui::MigrationJob &job);
    // Read-only: what the run `kind` would destroy on the live database, each counted with a time limit
    // (countLimitMs per count, all counts within about three times that). Emits assessed().
    void assess(const sf::ui::MigrationJob &job, sf::ui::MigrationWorker::RunKind kind, const QString &targetId,
                int countLimitMs);

Q_SIGNALS:
    void statusRead(const QList<sf::ui::MigrationRow> &rows, const QString &server, const QString &error);
    void logged(int level, const QString &text);
    void progressed(int done, int total);
    void runFinished(bool ok, const QString &summary);
    void driftChecked(const QList<sf::ui::DriftRow> &items, const QString &error);
    void assessed(int kind, const QString &targetId, const QList<sf::ui::LossRow> &losses, const QString &server,
                  const QString &error);

private:
    std::atomic<bool> m_cancel{false};
};

} // namespace sf::ui

Q_DECLARE_METATYPE(sf::ui::MigrationJob)
Q_DECLARE_METATYPE(sf::ui::MigrationRow)
Q_DECLARE_METATYPE(sf::ui::DriftRow)
Q_DECLARE_METATYPE(sf::ui::LossRow)
