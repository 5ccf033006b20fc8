#pragma once
// MigrationsPanel lists the project's migrations with their state on the chosen connection and runs
// Generate / Migrate / Undo last / Undo all / Check drift. Everything that touches a database runs on
// a MigrationWorker in the panel's own QThread (one connection per job, opened and closed there);
// the GUI thread only posts jobs, shows progress and feeds the LogPanel. Owned by its parent.

#include "ui/migrations/migrationworker.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace sf::ui {

class ConnectionPicker;
class ConnectionStore;
class DocumentController;
class LogPanel;
class MigrationList;

class MigrationsPanel : public QWidget
{
    Q_OBJECT
public:
    MigrationsPanel(DocumentController *doc, LogPanel *log, QWidget *parent = nullptr);
    ~MigrationsPanel() override;

    ConnectionStore *connections() const { return m_store; }
    // The worker living in the panel's thread (tests observe its signals from that thread).
    MigrationWorker *worker() const { return m_worker; }
    // Adds a profile (a password in `url` is kept for the session only, the stored URL has none)
    // and selects it.
    void addConnection(const QString &name, const QString &url);
    bool selectConnection(const QString &name);
    QString currentConnection() const;
    QString currentDialect() const; // project dialect name of the chosen profile

    // -1 when the id is not listed; else a migrate::MigrationState.
    int stateOf(const QString &id) const;
    QStringList migrationIds() const;
    bool isBusy() const { return m_busy > 0; }
    QString lastSummary() const { return m_summary; }
    QString lastError() const { return m_error; }
    // Time limit of each live row count behind the data-loss confirmation (ms).
    void setCountTimeLimit(int ms) { m_countLimitMs = ms; }

public Q_SLOTS:
    void refresh();
    void generateMigration();
    void migrate();
    void undoLast();
    void undoAll();
    void checkDrift();
    void cancel();
    void addConnectionInteractive();

Q_SIGNALS:
    void connectionDialectChanged(const QString &dialect);
    void migrationGenerated(const QString &id);
    void statusRefreshed();
    void runCompleted(bool ok);
    void driftChecked(const QList<sf::ui::DriftRow> &items);
    void busyChanged(bool busy);
    // The buttons' enabled state or tooltips changed (the Database menu mirrors them).
    void buttonsUpdated();

private:
    void onConnectionChosen();
    bool makeJob(MigrationJob *job);
    void setBusy(bool busy);
    // Enables the buttons for the current state (idle, project saved, design saved) with the reason in
    // each disabled button's tooltip.
    void updateButtons();
    void showRows(const QList<MigrationRow> &rows, const QString &server, const QString &error);
    void finishRun(bool ok, const QString &summary);
    void showDrift(const QList<DriftRow> &items, const QString &error);
    void setMessage(const QString &text, bool error);
    // Asks the worker what the run would destroy; onAssessed() confirms (when needed) and starts it.
    void assessThenRun(MigrationWorker::RunKind kind, const QString &targetId);
    void onAssessed(int kind, const QString &targetId, const QList<LossRow> &losses, const QString &server,
                    const QString &error);
    void startRun(MigrationWorker::RunKind kind, const QString &targetId, bool dataLossConfirmed = false);

    DocumentController *m_doc;
    LogPanel *m_log;
    ConnectionStore *m_store;
    ConnectionPicker *m_connection;
    MigrationList *m_list;
    QPushButton *m_generate;
    QPushButton *m_migrate;
    QPushButton *m_undoLast;
    QPushButton *m_undoAll;
    QPushButton *m_drift;
    QPushButton *m_cancel;
    QPushButton *m_refresh;
    QProgressBar *m_progress;
    QLabel *m_message;
    QThread *m_thread;
    MigrationWorker *m_worker;
    int m_busy = 0;
    int m_countLimitMs = 3000;
    bool m_cancelRequested = false;
    QString m_summary;
    QString m_error;
};

} // namespace sf::ui
