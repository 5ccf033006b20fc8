// Offscreen: a connection added through the real Migrations-panel dialog changes the project (it is
// dirty) but is not a design edit, so Ctrl+Z does not undo it; it is saved in the project file without
// its password (the password stays in memory for the session only), comes back when the project is
// reopened, and can be edited and removed (after a question whose default is Cancel) from the panel.
#include "modalwatcher.h"
#include "support/scratchproject.h"
#include "support/testenv.h"
#include "ui/connections/connectiondialog.h"
#include "ui/connections/connectionstore.h"
#include "ui/document/documentcontroller.h"
#include "ui/migrations/migrationspanel.h"
#include "ui/shell/databasepanels.h"
#include "ui/shell/mainwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace sf::ui;

namespace {

const QString kPassword = QStringLiteral("Sw0rdf1sh-x9");

// Calls f with the next modal dialog as soon as it is shown (from inside its exec()).
using sf::test::whenModal;

template <class T> T *field(QWidget *dialog, const char *name)
{
    T *w = dialog->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no field %s", name);
    return w;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstConnectionProfiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

    QString projectPath() const { return m_tmp.filePath(QStringLiteral("school.schemaforge.json")); }

    static MigrationsPanel *panelOf(MainWindow &w)
    {
        auto *panels = w.findChild<DatabasePanels *>();
        return panels ? panels->migrations() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SchemaForgeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connection_profiles"));
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
        QVERIFY(sf::test::copyExampleProject(QStringLiteral("school"), projectPath()));
    }

    void addedInDialogSavedWithoutPassword()
    {
        auto window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(window->openProject(projectPath(), &error), qPrintable(error));
        window->show();
        MigrationsPanel *panel = panelOf(*window);
        QVERIFY(panel);
        DocumentController *doc = window->document();
        const size_t before = doc->project().connections.size();
        QVERIFY(!doc->isDirty());

        // The user picks "Add connection..." and fills in the real dialog.
        auto *combo = panel->findChild<QComboBox *>(QStringLiteral("connectionCombo"));
        QVERIFY(combo);
        bool filled = false;
        whenModal([&filled](QWidget *w) {
            auto *d = qobject_cast<ConnectionDialog *>(w);
            QVERIFY(d);
            field<QLineEdit>(d, "connectionName")->setText(QStringLiteral("staging"));
            auto *dialect = field<QComboBox>(d, "connectionDialect");
            dialect->setCurrentIndex(dialect->findData(QStringLiteral("postgres")));
            field<QLineEdit>(d, "connectionHost")->setText(QStringLiteral("127.0.0.1"));
            field<QSpinBox>(d, "connectionPort")->setValue(1);
            field<QLineEdit>(d, "connectionDatabase")->setText(QStringLiteral("school"));
            field<QLineEdit>(d, "connectionUser")->setText(QStringLiteral("teacher"));
            field<QLineEdit>(d, "connectionPassword")->setText(kPassword);
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            filled = true;
        });
        const int add = combo->count() - 1;
        combo->setCurrentIndex(add);
        Q_EMIT combo->activated(add);
        QVERIFY(filled);

        QCOMPARE(panel->currentConnection(), QStringLiteral("staging"));
        QCOMPARE(doc->project().connections.size(), before + 1);
        const auto &stored = doc->project().connections.back();
        QCOMPARE(stored.name, std::string("staging"));
        QCOMPARE(QString::fromStdString(stored.url), QStringLiteral("postgres://teacher@127.0.0.1:1/school"));
        QVERIFY(panel->connections()->connectUrl(QStringLiteral("staging")).contains(kPassword)); // this session
        QVERIFY(doc->isDirty());
        QVERIFY(!doc->undoStack()->canUndo());

        // Ctrl+Z in the window leaves the connection alone (not a design edit).
        window->activateWindow();
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->project().connections.size(), before + 1);
        QVERIFY(combo->findData(QStringLiteral("staging")) >= 0);

        QVERIFY2(window->saveProject(projectPath(), &error), qPrintable(error));
        const QByteArray saved = fileBytes(projectPath());
        QVERIFY(saved.contains("postgres://teacher@127.0.0.1:1/school"));
        QVERIFY(!saved.contains(kPassword.toUtf8()));
        QSettings settings;
        settings.sync();
        QVERIFY(!fileBytes(settings.fileName()).contains(kPassword.toUtf8()));
    }

    void reopenedEditedRemoved()
    {
        auto window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(window->openProject(projectPath(), &error), qPrintable(error));
        window->show();
        MigrationsPanel *panel = panelOf(*window);
        DocumentController *doc = window->document();
        QVERIFY(panel->selectConnection(QStringLiteral("staging")));
        QCOMPARE(panel->connections()->urlOf(QStringLiteral("staging")),
                 QStringLiteral("postgres://teacher@127.0.0.1:1/school"));
        QVERIFY(!panel->connections()->connectUrl(QStringLiteral("staging")).contains(kPassword)); // new session

        // Edit: the dialog opens filled in; the database changes, the password comes from ${VAR}.
        bool edited = false;
        whenModal([&edited](QWidget *w) {
            auto *d = qobject_cast<ConnectionDialog *>(w);
            QVERIFY(d);
            QCOMPARE(field<QLineEdit>(d, "connectionHost")->text(), QStringLiteral("127.0.0.1"));
            QCOMPARE(field<QLineEdit>(d, "connectionUser")->text(), QStringLiteral("teacher"));
            field<QLineEdit>(d, "connectionDatabase")->setText(QStringLiteral("school_test"));
            for (QRadioButton *r : d->findChildren<QRadioButton *>())
                if (!r->isChecked())
                    r->setChecked(true); // "Read the password from an environment variable"
            field<QLineEdit>(d, "connectionPasswordVariable")->setText(QStringLiteral("SCHOOL_DB_PASSWORD"));
            QCOMPARE(d->profileUrl(),
                     QStringLiteral("postgres://teacher:${SCHOOL_DB_PASSWORD}@127.0.0.1:1/school_test"));
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            edited = true;
        });
        auto *edit = panel->findChild<QPushButton *>(QStringLiteral("editConnectionButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000); // reading the status (nothing listens there)
        QVERIFY(edit && edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        QVERIFY(edited);
        QCOMPARE(panel->connections()->urlOf(QStringLiteral("staging")),
                 QStringLiteral("postgres://teacher:${SCHOOL_DB_PASSWORD}@127.0.0.1:1/school_test"));
        QCOMPARE(panel->currentConnection(), QStringLiteral("staging"));

        const size_t count = doc->project().connections.size();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
        // Remove asks first; Enter presses the default, Cancel: nothing is removed.
        bool asked = false;
        whenModal([&asked](QWidget *w) {
            asked = w->objectName() == QLatin1String("removeConnectionConfirm");
            QTest::keyClick(w, Qt::Key_Return);
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("removeConnectionButton")), Qt::LeftButton);
        QVERIFY(asked);
        QCOMPARE(doc->project().connections.size(), count);
        whenModal([](QWidget *w) {
            auto *remove = w->findChild<QPushButton *>(QStringLiteral("confirmRemoveConnectionButton"));
            QVERIFY(remove);
            QTest::mouseClick(remove, Qt::LeftButton);
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("removeConnectionButton")), Qt::LeftButton);
        QCOMPARE(doc->project().connections.size(), count - 1);
        QCOMPARE(panel->connections()->urlOf(QStringLiteral("staging")), QString());
        QVERIFY(doc->isDirty());
        QVERIFY(!doc->undoStack()->canUndo());
    }
};

QTEST_MAIN(TstConnectionProfiles)
#include "tst_connection_profiles.moc"
