// Offscreen: with the embedded German translation loaded, no visible text of the main window (menus,
// actions, docks, tabs, buttons, labels) or of its dialogs is left in English.
#include "support/scratchproject.h"
#include "ui/connections/connectiondialog.h"
#include "ui/document/documentcontroller.h"
#include "ui/migrations/generatemigrationdialog.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/shell/mainwindow.h"

#include "core/project/projectfile.h"
#include "support/testenv.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace sf::ui;

namespace {

// Visible texts of a widget tree: "kind: text".
QStringList texts(QWidget *root)
{
    QStringList out;
    const auto add = [&out](const char *kind, QString text) {
        text.remove(QLatin1Char('&'));
        text = text.trimmed();
        if (!text.isEmpty())
            out << QLatin1String(kind) + QStringLiteral(": ") + text;
    };
    for (QAction *a : root->findChildren<QAction *>())
        if (!a->isSeparator() && !a->menu())
            add("action", a->text());
    for (QMenu *m : root->findChildren<QMenu *>())
        add("menu", m->title());
    for (QDockWidget *d : root->findChildren<QDockWidget *>())
        add("dock", d->windowTitle());
    for (QTabWidget *t : root->findChildren<QTabWidget *>())
        for (int i = 0; i < t->count(); ++i)
            add("tab", t->tabText(i));
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        // Qt's own standard buttons (OK, Cancel) come from Qt's translations, not ours.
        if (auto *box = qobject_cast<QDialogButtonBox *>(b->parentWidget());
            box && box->standardButton(b) != QDialogButtonBox::NoButton &&
            (b->text().remove(QLatin1Char('&')) == QLatin1String("OK") ||
             b->text().remove(QLatin1Char('&')) == QLatin1String("Cancel")))
            continue;
        add("button", b->text());
    }
    for (QLabel *l : root->findChildren<QLabel *>())
        add("label", l->text());
    return out;
}

// Texts that are the same in both languages: product and dialect names, and numbers.
bool sameInBothLanguages(const QString &entry)
{
    const QString text = entry.mid(entry.indexOf(QLatin1String(": ")) + 2);
    static const QStringList names = {
        QStringLiteral("SQL"), QStringLiteral("PostgreSQL"), QStringLiteral("SQLite"),
        QStringLiteral("MySQL / MariaDB"), QStringLiteral("English"), QStringLiteral("Deutsch"),
        QStringLiteral("SchemaForge"), QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
        QStringLiteral("verify-ca"), QStringLiteral("verify-full"),
        // German uses the same words here.
        QStringLiteral("Name:"), QStringLiteral("Host:"), QStringLiteral("Port:"), QStringLiteral("Variable:"),
        QStringLiteral("Alias (as):"), QStringLiteral("URL:"), QStringLiteral("URL"),
        // Bundled example projects (File > Open Example) are file names.
        QStringLiteral("blog"), QStringLiteral("library"), QStringLiteral("school"), QStringLiteral("shop")};
    if (names.contains(text))
        return true;
    bool letter = false;
    for (QChar c : text)
        letter = letter || c.isLetter();
    return !letter || text.endsWith(QLatin1String(".json")) || text.endsWith(QLatin1String(".sqlite"));
}

struct Windows {
    std::unique_ptr<MainWindow> main;
    std::vector<std::unique_ptr<QDialog>> dialogs;

    QStringList collect()
    {
        QStringList all = texts(main.get());
        for (auto &d : dialogs) {
            all << texts(d.get());
            all << QStringLiteral("title: ") + d->windowTitle();
        }
        return all;
    }
};

Windows build(const QString &projectPath)
{
    Windows w;
    w.main = std::make_unique<MainWindow>();
    QString error;
    if (!w.main->openProject(projectPath, &error))
        qWarning("%s", qPrintable(error));
    w.main->show();
    w.dialogs.push_back(std::make_unique<PreferencesDialog>(Preferences{}, w.main.get()));
    w.dialogs.push_back(std::make_unique<ConnectionDialog>(QString(), w.main.get()));
    const QString migrations = QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("migrations"));
    w.dialogs.push_back(std::make_unique<GenerateMigrationDialog>(w.main->document()->project(), migrations,
                                                                  QStringLiteral("postgres"), true, w.main.get()));
    for (auto &d : w.dialogs)
        d->show();
    // Database > Import from Database... opens its (non-modal) dialog, a child of the main window.
    auto *import = w.main->findChild<QAction *>(QStringLiteral("actionImportFromDatabase"));
    if (import)
        import->trigger();
    else
        qWarning("no Import from Database action");
    QCoreApplication::processEvents();
    return w;
}

} // namespace

class TstGermanUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SchemaForgeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_german_ui"));
        QSettings().clear();
    }

    void translationIsEmbedded()
    {
        QTranslator t;
        QVERIFY(t.load(QStringLiteral(":/i18n/schemaforge_de.qm")));
        QVERIFY(!t.isEmpty());
    }

    void noEnglishLeftInGerman()
    {
        QTemporaryDir tmp;
        const QString project = tmp.filePath(QStringLiteral("school.schemaforge.json"));
        QVERIFY(sf::test::copyExampleProject(QStringLiteral("school"), project));

        QStringList english;
        {
            Windows w = build(project);
            english = w.collect();
        }
        QVERIFY(english.size() > 50);
        QVERIFY2(english.contains(QStringLiteral("button: Read Tables")), "the import dialog was not collected");

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/schemaforge_de.qm")));
        QCoreApplication::installTranslator(&german);
        QStringList untranslated;
        {
            Windows w = build(project);
            const QStringList translated = w.collect();
            QVERIFY(translated.size() > 50);
            for (const QString &entry : translated)
                if (english.contains(entry) && !sameInBothLanguages(entry) && !untranslated.contains(entry))
                    untranslated << entry;
        }
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("untranslated:\n  ") + untranslated.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TstGermanUi)
#include "tst_german_ui.moc"
