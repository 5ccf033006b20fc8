// Offscreen: File > Open Sequelize Project... on tests/fixtures/adopt/blog, whose SQLite database the
// real sequelize-cli migrated up to its eighth migration. The summary dialog shows the models and the
// migrations applied and pending before anything is written; Cancel writes no file and no table;
// Adopt writes the project, the canvas shows its models and the recent list remembers it; adopting
// the folder again asks first and "Open It" opens the existing project unchanged.
#include "modalwatcher.h"
#include "support/adoptproject.h"
#include "support/schemadumper.h"
#include "ui/adopt/adoptdialog.h"
#include "ui/canvas/diagramscene.h"
#include "ui/document/documentcontroller.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace sf::ui;
using sf::test::AdoptProject;

namespace {

constexpr int kTimeout = 90000; // node + the database, under the sanitizers

const QStringList kApplied = {QStringLiteral("20230101000000-create-user.js"),
                              QStringLiteral("20230101000100-create-post.js"),
                              QStringLiteral("20230102000000-create-tag.js"),
                              QStringLiteral("20230103000000-create-post-tags.js"),
                              QStringLiteral("20230110000000-add-bio-to-users.js"),
                              QStringLiteral("20230111000000-change-title-length.js"),
                              QStringLiteral("20230112000000-rename-body-to-content.js"),
                              QStringLiteral("20230113000000-remove-legacy-from-users.js")};
const QStringList kPending = {QStringLiteral("20230114000000-add-published-index.js"),
                              QStringLiteral("20230115000000-unique-user-email.js"),
                              QStringLiteral("20230116000000-add-slug-to-posts.js")};

// Answers the folder dialog of "Open Sequelize Project..." with `folder`.
void chooseFolder(const QString &folder)
{
    sf::test::whenModal([folder](QWidget *w) {
        auto *fd = qobject_cast<QFileDialog *>(w);
        QVERIFY2(fd, "the folder dialog did not open");
        auto *edit = fd->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(edit);
        edit->setText(folder);
        static_cast<QDialog *>(fd)->accept(); // QFileDialog::accept, through the public base
    });
}

QTreeWidgetItem *group(QTreeWidget *tree, const QString &key)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
            return tree->topLevelItem(i);
    return nullptr;
}

} // namespace

class TestAdoptDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<AdoptProject> m_project;
    std::unique_ptr<MainWindow> m_window;

    // Triggers the action on the project folder and waits for the survey (read from the database).
    AdoptDialog *surveyedDialog()
    {
        chooseFolder(m_project->root());
        QAction *act = m_window->findChild<QAction *>(QStringLiteral("actionOpenSequelizeProject"));
        if (!act)
            return nullptr;
        act->trigger();
        AdoptDialog *d = nullptr;
        if (!QTest::qWaitFor([&] { return (d = m_window->findChild<AdoptDialog *>()) != nullptr; }, 10000))
            return nullptr;
        if (!QTest::qWaitFor([&] { return !d->isBusy(); }, kTimeout)) // the automatic choice: the model code
            return nullptr;
        auto *from = d->findChild<QComboBox *>(QStringLiteral("adoptFrom"));
        from->setCurrentIndex(from->findData(QStringLiteral("database"))); // surveys again
        return QTest::qWaitFor([&] { return !d->isBusy(); }, kTimeout) ? d : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SchemaForgeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_adopt_dialog"));
        QSettings().clear();
        m_project = std::make_unique<AdoptProject>(QStringLiteral("blog"), QStringLiteral("sqlite"));
        QVERIFY2(m_project->error().isEmpty(), qPrintable(m_project->error()));
        const auto r = m_project->sequelizeCli({QStringLiteral("db:migrate"), QStringLiteral("--to"), kApplied.last()},
                                               m_project->urlA());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // The designer resolves the project as sequelize-cli would, from this process's environment.
        qputenv(qPrintable(m_project->envVar()), m_project->nodeUrl(m_project->urlA()).toUtf8());
        qunsetenv("NODE_ENV");
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }
    void cleanupTestCase() { m_window.reset(); }

    void summaryThenCancelWritesNothing()
    {
        AdoptDialog *d = surveyedDialog();
        QVERIFY(d);
        auto *tree = d->findChild<QTreeWidget *>(QStringLiteral("adoptSummary"));
        auto *status = d->findChild<QLabel *>(QStringLiteral("adoptStatus"));
        QVERIFY2(group(tree, QStringLiteral("models")), qPrintable(status->text()));
        QTreeWidgetItem *models = group(tree, QStringLiteral("models"));
        QStringList names;
        for (int i = 0; i < models->childCount(); ++i)
            names << models->child(i)->text(0).section(QLatin1Char(' '), 0, 0);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Post"), QStringLiteral("Tag"), QStringLiteral("User")}));
        QTreeWidgetItem *links = group(tree, QStringLiteral("links"));
        QCOMPARE(links->childCount(), 2); // User hasMany Post, Post belongsToMany Tag through PostTags
        QTreeWidgetItem *migrations = group(tree, QStringLiteral("migrations"));
        QStringList applied, pending;
        for (int i = 0; i < migrations->childCount(); ++i)
            (migrations->child(i)->data(0, Qt::UserRole).toBool() ? applied : pending) << migrations->child(i)->text(0);
        QCOMPARE(applied, kApplied);
        QCOMPARE(pending, kPending);
        QVERIFY(group(tree, QStringLiteral("problems")));
        QVERIFY(d->findChild<QPushButton *>(QStringLiteral("adoptButton"))->isEnabled());

        // Cancel: no project file, no checkpoint, no SchemaForge table in the database.
        d->findChild<QPushButton *>(QStringLiteral("adoptCancelButton"))->click();
        QTRY_VERIFY(!m_window->findChild<AdoptDialog *>());
        QVERIFY(!QFileInfo::exists(m_project->path(QStringLiteral("blog.schemaforge.json"))));
        QVERIFY(!QFileInfo::exists(m_project->path(QStringLiteral("db/migrations/schemaforge.checkpoint.json"))));
        QString error;
        const QStringList tables = sf::test::tableNames(m_project->urlA(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!tables.contains(QStringLiteral("SchemaForgeMeta")), qPrintable(tables.join(QLatin1Char(','))));
        QVERIFY(m_window->document()->filePath().isEmpty());
    }

    void adoptOpensTheProject()
    {
        AdoptDialog *d = surveyedDialog();
        QVERIFY(d);
        d->findChild<QPushButton *>(QStringLiteral("adoptButton"))->click();
        const QString projectFile =
            QFileInfo(m_project->path(QStringLiteral("blog.schemaforge.json"))).absoluteFilePath();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->filePath(), projectFile, kTimeout);
        QVERIFY(QFileInfo::exists(m_project->path(QStringLiteral("db/migrations/schemaforge.checkpoint.json"))));
        QCOMPARE(m_window->scene()->modelItems().size(), 3);
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0), projectFile);
        QTRY_VERIFY(!m_window->findChild<AdoptDialog *>());
    }

    void adoptingAgainAsksFirst()
    {
        const QByteArray before = m_project->readFile(QStringLiteral("blog.schemaforge.json"));
        QVERIFY(!before.isEmpty());
        m_window->document()->newProject();
        // The folder, then the question: "Open It" opens the existing file and adopts nothing.
        bool asked = false;
        sf::test::whenModal([this, &asked](QWidget *w) {
            auto *fd = qobject_cast<QFileDialog *>(w);
            QVERIFY(fd);
            fd->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(m_project->root());
            sf::test::whenModal([&asked](QWidget *box) {
                auto *open = box->findChild<QPushButton *>(QStringLiteral("openExistingButton"));
                QVERIFY2(qobject_cast<QMessageBox *>(box) && open, "no question about the existing project");
                asked = true;
                open->click();
            });
            static_cast<QDialog *>(fd)->accept(); // QFileDialog::accept, through the public base
        });
        m_window->findChild<QAction *>(QStringLiteral("actionOpenSequelizeProject"))->trigger();
        QVERIFY(asked);
        QVERIFY(!m_window->findChild<AdoptDialog *>());
        QCOMPARE(m_window->document()->filePath(),
                 QFileInfo(m_project->path(QStringLiteral("blog.schemaforge.json"))).absoluteFilePath());
        QCOMPARE(m_project->readFile(QStringLiteral("blog.schemaforge.json")), before);
        QCOMPARE(m_window->scene()->modelItems().size(), 3);
    }
};

QTEST_MAIN(TestAdoptDialog)
#include "tst_adopt_dialog.moc"
