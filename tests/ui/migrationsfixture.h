#pragma once
// MigrationsFixture is the shared setup of the Migrations panel ui tests: a scratch folder with the
// school example opened in a real MainWindow, helpers to press the panel's buttons, answer its modal
// dialogs and read SQLite files. Header-only; a test class derives from QObject and from it.

#include "modalwatcher.h"
#include "support/scratchdb.h"
#include "support/scratchproject.h"
#include "support/testenv.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/modelitem.h"
#include "ui/connections/connectionstore.h"
#include "ui/document/documentcontroller.h"
#include "ui/migrations/datalossconfirm.h"
#include "ui/migrations/generatemigrationdialog.h"
#include "ui/migrations/migrationspanel.h"
#include "ui/panels/logpanel.h"
#include "ui/shell/databasepanels.h"
#include "ui/shell/mainwindow.h"

#include "core/migrate/executor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace sf::ui;

namespace sf::test {
inline QStringList sqliteTables(const QString &file)
{
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"));
            while (q.next())
                tables << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return tables;
}

inline bool sqliteExec(const QString &file, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("exec"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("exec"));
    return ok;
}

inline QStringList sqliteColumn(const QString &file, const QString &sql)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("column"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(sql);
            while (q.next())
                out << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("column"));
    return out;
}

inline sf::design::Attribute stringAttribute(const std::string &id, const std::string &name)
{
    sf::design::Attribute a;
    a.id = id;
    a.name = name;
    a.type = *sf::design::DataType::parse("STRING");
    return a;
}

constexpr int kTimeout = 60000;

class MigrationsFixture
{
protected:
    void initSettings(const char *application)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SchemaForgeTest"));
        QCoreApplication::setApplicationName(QLatin1String(application));
        QSettings().clear();
    }
    void closeWindow()
    {
        m_window.reset();
        m_panel = nullptr;
    }
    QTemporaryDir m_tmp;
    std::unique_ptr<MainWindow> m_window;
    MigrationsPanel *m_panel = nullptr;
    LogPanel *m_log = nullptr;

    QString projectPath() const { return m_tmp.filePath(QStringLiteral("school.schemaforge.json")); }
    QString migrationsDir() const { return m_tmp.filePath(QStringLiteral("migrations")); }
    int migrationFiles() const
    {
        return int(QDir(migrationsDir()).entryList({QStringLiteral("*.json")}, QDir::Files).size());
    }
    QPushButton *button(const char *name) const { return m_panel->findChild<QPushButton *>(QLatin1String(name)); }

    bool allInState(sf::migrate::MigrationState state) const
    {
        const QStringList ids = m_panel->migrationIds();
        if (ids.isEmpty())
            return false;
        for (const QString &id : ids)
            if (m_panel->stateOf(id) != int(state))
                return false;
        return true;
    }

    void openSchool()
    {
        QVERIFY(m_tmp.isValid());
        QDir(migrationsDir()).removeRecursively();
        QVERIFY(sf::test::copyExampleProject(QStringLiteral("school"), projectPath()));
        m_window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(m_window->openProject(projectPath(), &error), qPrintable(error));
        m_window->show();
        auto *panels = m_window->findChild<DatabasePanels *>();
        QVERIFY(panels);
        m_panel = panels->migrations();
        m_log = panels->log();
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
    }

    void generateAccepting()
    {
        const int before = migrationFiles();
        bool seen = false;
        whenModal([&seen](QWidget *w) {
            seen = qobject_cast<GenerateMigrationDialog *>(w) != nullptr;
            if (auto *d = qobject_cast<QDialog *>(w))
                d->accept();
        });
        QTest::mouseClick(button("generateButton"), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(migrationFiles(), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
    }

    // Answers the next data-loss confirmation by clicking its destructive button; *text (when given)
    // receives the dialog's text and list.
    static void confirmNextDataLoss(QString *text = nullptr)
    {
        whenModal([text](QWidget *w) {
            auto *box = qobject_cast<DataLossConfirm *>(w);
            QVERIFY2(box, w->metaObject()->className());
            if (text)
                *text = box->text() + QLatin1Char('\n') + box->informativeText();
            QTest::mouseClick(box->proceedButton(), Qt::LeftButton);
        });
    }

    void migrateAndUndo(const std::function<QStringList()> &tables)
    {
        generateAccepting();
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Pending), kTimeout);

        QTest::mouseClick(button("migrateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Applied), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        const QStringList created = tables();
        for (const char *t : {"grades", "students", "courses", "StudentCourse"})
            QVERIFY2(created.contains(QLatin1String(t)), qPrintable(created.join(QLatin1Char(','))));

        confirmNextDataLoss();
        QTest::mouseClick(button("undoAllButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Pending), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        const QStringList left = tables();
        for (const char *t : {"grades", "students", "courses", "StudentCourse"})
            QVERIFY2(!left.contains(QLatin1String(t)), qPrintable(left.join(QLatin1Char(','))));
    }
};

} // namespace sf::test
