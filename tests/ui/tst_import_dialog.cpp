// Offscreen: Database > Import from Database... drives the real dialog. (a) An SQLite file with a
// join table, a check constraint and a view: read, uncheck a table, import; the document holds the
// models, associations and many-to-many of the checked tables only, laid out without overlap, and
// the Problems dock lists the report (the check constraint and the foreign key to the unchecked
// table kept as notes). (b) The same against PostgreSQL with "Mark as baseline": the project and
// its baseline migration are written and `status` shows nothing pending. (c) A wrong password and
// an unreachable port show the server's error in the dialog and leave the document unchanged.
#include "support/process.h"
#include "support/scratchdb.h"
#include "support/testenv.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/modelitem.h"
#include "ui/document/documentcontroller.h"
#include "ui/import/importdialog.h"
#include "ui/import/importtablelist.h"
#include "ui/panels/problemspanel.h"
#include "ui/shell/databasepanels.h"
#include "ui/shell/mainwindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace sf::ui;

namespace {

const char *const kSqliteSchema[] = {
    "CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email VARCHAR(255) NOT NULL, "
    "createdAt DATETIME NOT NULL, updatedAt DATETIME NOT NULL)",
    "CREATE TABLE posts (id INTEGER PRIMARY KEY AUTOINCREMENT, title VARCHAR(255) NOT NULL, body TEXT, "
    "createdAt DATETIME NOT NULL, updatedAt DATETIME NOT NULL, "
    "userId INTEGER REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE)",
    "CREATE TABLE comments (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT, "
    "createdAt DATETIME NOT NULL, updatedAt DATETIME NOT NULL, "
    "postId INTEGER REFERENCES posts (id) ON DELETE SET NULL ON UPDATE CASCADE)",
    "CREATE TABLE tags (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(50) NOT NULL, "
    "createdAt DATETIME NOT NULL, updatedAt DATETIME NOT NULL)",
    "CREATE TABLE post_tags (createdAt DATETIME NOT NULL, updatedAt DATETIME NOT NULL, "
    "postId INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE ON UPDATE CASCADE, "
    "tagId INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY (postId, tagId))",
    "CREATE TABLE products (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(255) NOT NULL, "
    "price INTEGER NOT NULL CONSTRAINT products_price_check CHECK (price >= 0), "
    "createdAt DATETIME NOT NULL, updatedAt DATETIME NOT NULL)",
    "CREATE VIEW recent_posts AS SELECT id, title FROM posts ORDER BY id DESC LIMIT 10",
};

const char *const kPostgresSchema[] = {
    "CREATE TABLE authors (id SERIAL PRIMARY KEY, name VARCHAR(255) NOT NULL, "
    "\"createdAt\" TIMESTAMPTZ NOT NULL, \"updatedAt\" TIMESTAMPTZ NOT NULL)",
    "CREATE TABLE books (id SERIAL PRIMARY KEY, title VARCHAR(255) NOT NULL, "
    "pages INTEGER CONSTRAINT books_pages_check CHECK (pages > 0), "
    "\"createdAt\" TIMESTAMPTZ NOT NULL, \"updatedAt\" TIMESTAMPTZ NOT NULL, "
    "\"authorId\" INTEGER REFERENCES authors (id) ON DELETE SET NULL ON UPDATE CASCADE)",
    "CREATE TABLE genres (id SERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL, "
    "\"createdAt\" TIMESTAMPTZ NOT NULL, \"updatedAt\" TIMESTAMPTZ NOT NULL)",
    "CREATE TABLE book_genres (\"createdAt\" TIMESTAMPTZ NOT NULL, \"updatedAt\" TIMESTAMPTZ NOT NULL, "
    "\"bookId\" INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE ON UPDATE CASCADE, "
    "\"genreId\" INTEGER NOT NULL REFERENCES genres (id) ON DELETE CASCADE ON UPDATE CASCADE, "
    "PRIMARY KEY (\"bookId\", \"genreId\"))",
    "CREATE TABLE scratch_notes (id SERIAL PRIMARY KEY, body TEXT)",
    "CREATE VIEW long_books AS SELECT id, title FROM books WHERE pages > 500",
};

bool hasManyToMany(const sf::design::Design &d, const std::string &through, const std::string &a, const std::string &b)
{
    for (const auto &as : d.associations)
        if (as.kind == sf::design::AssociationKind::ManyToMany && as.through == through &&
            ((as.source == a && as.target == b) || (as.source == b && as.target == a)))
            return true;
    return false;
}

bool hasOneToMany(const sf::design::Design &d, const std::string &source, const std::string &target)
{
    for (const auto &as : d.associations)
        if (as.kind == sf::design::AssociationKind::OneToMany && as.source == source && as.target == target)
            return true;
    return false;
}

// Rows of the Problems list whose "Where" and "Problem" columns contain both texts.
int problemRows(ProblemsPanel *panel, const QString &where, const QString &text)
{
    int n = 0;
    QTreeWidget *list = panel->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        n += list->topLevelItem(i)->text(1) == where && list->topLevelItem(i)->text(2).contains(text);
    return n;
}

} // namespace

class TstImportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::unique_ptr<MainWindow> m_window;
    DatabasePanels *m_panels = nullptr;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        m_panels = m_window->findChild<DatabasePanels *>();
        QVERIFY(m_panels);
    }

    // Opens the dialog through the menu action, reads `url` and waits for the table list (or failure).
    ImportDialog *readFrom(const QString &url, bool expectOk)
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionImportFromDatabase"));
        if (!action || !m_window->databaseMenu()->actions().contains(action))
            return nullptr;
        action->trigger();
        ImportDialog *dialog = m_panels->importDialog();
        if (!dialog || !dialog->isVisible())
            return nullptr;
        dialog->setUrl(url);
        QSignalSpy read(dialog, &ImportDialog::tablesRead);
        QSignalSpy failed(dialog, &ImportDialog::failed);
        dialog->findChild<QPushButton *>(QStringLiteral("readTablesButton"))->click();
        const bool done = QTest::qWaitFor([&] { return !read.isEmpty() || !failed.isEmpty(); }, 20000);
        if (!done || read.isEmpty() != !expectOk)
            qWarning("read: done=%d ok=%d status=%s", done, int(!read.isEmpty()), qPrintable(dialog->statusText()));
        return done && read.isEmpty() == !expectOk ? dialog : nullptr;
    }

    void verifyNoOverlap()
    {
        const auto items = m_window->scene()->modelItems();
        QVERIFY(!items.isEmpty());
        for (int i = 0; i < items.size(); ++i)
            for (int j = i + 1; j < items.size(); ++j)
                QVERIFY2(!items[i]->sceneBoundingRect().intersects(items[j]->sceneBoundingRect()),
                         qPrintable(QString::fromStdString(items[i]->modelId() + " overlaps " + items[j]->modelId())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SchemaForgeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_import_dialog"));
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
    }
    void cleanup()
    {
        m_window.reset();
        m_panels = nullptr;
    }

    void importsCheckedSqliteTables()
    {
        QElapsedTimer timer;
        timer.start();
        const QString file = m_tmp.filePath(QStringLiteral("blog.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_import_seed"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql : kSqliteSchema)
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst_import_seed"));

        openWindow();
        ImportDialog *dialog = readFrom(QStringLiteral("sqlite:") + file, true);
        QVERIFY(dialog);
        ImportTableList *tables = dialog->tableList();
        QCOMPARE(tables->topLevelItemCount(), 6);    // the view is not a table
        QCOMPARE(tables->checkedTables().size(), 6); // all checked by default
        QCOMPARE(tables->becomes(QStringLiteral("users")), QStringLiteral("model User"));
        QVERIFY2(tables->becomes(QStringLiteral("post_tags")).startsWith(QLatin1String("many-to-many join table")),
                 qPrintable(tables->becomes(QStringLiteral("post_tags"))));
        // Select none / all, then leave users out: posts.userId stays a plain column, its FK a note.
        dialog->findChild<QPushButton *>(QStringLiteral("selectNoneButton"))->click();
        QVERIFY(tables->checkedTables().isEmpty());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        dialog->findChild<QPushButton *>(QStringLiteral("selectAllButton"))->click();
        QVERIFY(tables->setTableChecked(QStringLiteral("users"), false));
        QTRY_COMPARE(tables->becomes(QStringLiteral("users")), QStringLiteral("not imported"));
        QCOMPARE(tables->checkedTables().size(), 5);

        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        DocumentController *doc = m_window->document();
        QTRY_VERIFY(doc->design().modelById("m-posts") != nullptr);
        QTRY_VERIFY(!m_panels->importDialog()); // closed and gone

        const auto &d = doc->design();
        QCOMPARE(d.models.size(), size_t(4)); // posts, comments, tags, products
        QVERIFY(!d.modelById("m-users"));
        QVERIFY(!d.modelById("m-post_tags"));
        QCOMPARE(d.modelById("m-posts")->name, std::string("Post"));
        QVERIFY(hasOneToMany(d, "m-posts", "m-comments"));
        QVERIFY(hasManyToMany(d, "post_tags", "m-posts", "m-tags"));
        QCOMPARE(d.associations.size(), size_t(2));
        const auto *post = d.modelById("m-posts");
        QVERIFY(std::any_of(post->attributes.begin(), post->attributes.end(),
                            [](const auto &a) { return a.name == "userId"; }));
        QVERIFY(doc->filePath().isEmpty());
        QVERIFY(doc->isDirty()); // an unsaved import: closing asks
        for (const char *id : {"m-posts", "m-comments", "m-tags", "m-products"})
            QVERIFY2(m_window->scene()->modelItem(id), id);
        verifyNoOverlap();

        ProblemsPanel *problems = m_panels->problems();
        QTRY_VERIFY(problems->importNoteCount() > 0);
        QCOMPARE(problemRows(problems, QStringLiteral("products"), QStringLiteral("products_price_check")), 1);
        QCOMPARE(problemRows(problems, QStringLiteral("posts"), QStringLiteral("\"users\", which is not imported")), 1);
        QCOMPARE(problemRows(problems, QStringLiteral("recent_posts"), QStringLiteral("view")), 1);
        QCOMPARE(m_window->bottomPanels()->currentWidget(), static_cast<QWidget *>(problems));
        qInfo("sqlite import: %lld ms", static_cast<long long>(timer.elapsed()));
    }

    void importsPostgresWithBaseline()
    {
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", adminUrl);
        QElapsedTimer timer;
        timer.start();
        sf::test::ScratchDatabase db(adminUrl, QStringLiteral("sf_import_ui"));
        QVERIFY2(!db.url().isEmpty(), qPrintable(db.error()));
        for (const char *sql : kPostgresSchema) {
            QString error;
            db.query(QString::fromLatin1(sql), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }

        openWindow();
        ImportDialog *dialog = readFrom(db.url(), true);
        QVERIFY(dialog);
        QCOMPARE(dialog->tableList()->topLevelItemCount(), 5);
        QVERIFY(dialog->tableList()->becomes(QStringLiteral("book_genres")).startsWith(QLatin1String("many-to-many")));
        QVERIFY(dialog->tableList()->setTableChecked(QStringLiteral("scratch_notes"), false));
        const QString project = m_tmp.filePath(QStringLiteral("pg/library.schemaforge.json"));
        dialog->setBaseline(true);
        dialog->setProjectPath(project);
        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        DocumentController *doc = m_window->document();
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(doc->filePath()).absoluteFilePath(), QFileInfo(project).absoluteFilePath(),
                                  20000);
        QVERIFY(!doc->isDirty());

        const auto &d = doc->design();
        QCOMPARE(d.models.size(), size_t(3));
        QVERIFY(!d.modelById("m-scratch_notes"));
        QVERIFY(hasOneToMany(d, "m-authors", "m-books"));
        QVERIFY(hasManyToMany(d, "book_genres", "m-books", "m-genres"));
        verifyNoOverlap();
        QTRY_VERIFY(problemRows(m_panels->problems(), QStringLiteral("books"), QStringLiteral("books_pages_check")) ==
                    1);

        const QDir migrations(QFileInfo(project).dir().filePath(QStringLiteral("migrations")));
        const QStringList files = migrations.entryList({QStringLiteral("*-baseline.js*")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2); // .js and .json
        const auto status = sf::test::runCli({QStringLiteral("--json"), QStringLiteral("--project"), project,
                                              QStringLiteral("status"), QStringLiteral("--url"), db.url()});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        const QJsonObject j = status.outJson();
        QCOMPARE(j.value(QStringLiteral("pending")).toInt(-1), 0);
        const auto list = j.value(QStringLiteral("migrations")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("applied"));

        // The project's one profile is the source database, with no password on disk.
        QCOMPARE(doc->project().connections.size(), size_t(1));
        const QString password = QUrl(db.url()).password();
        QVERIFY(!password.isEmpty());
        QFile saved(project);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(bytes.contains(db.name().toUtf8()));
        QVERIFY(!bytes.contains(password.toUtf8()) && !bytes.contains(QUrl::toPercentEncoding(password)));

        // Importing again into the same file is refused in the dialog; nothing is overwritten.
        ImportDialog *again = readFrom(db.url(), true);
        QVERIFY(again);
        again->setBaseline(true);
        again->setProjectPath(project);
        again->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        QVERIFY2(again->statusText().contains(QLatin1String("already exists")), qPrintable(again->statusText()));
        QVERIFY(again->isVisible());
        QCOMPARE(migrations.entryList(QDir::Files).size(), 2);
        again->reject();
        qInfo("postgres import with baseline: %lld ms", static_cast<long long>(timer.elapsed()));
    }

    void connectionErrorsLeaveTheDocument()
    {
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", adminUrl);
        openWindow();
        QString error;
        QVERIFY2(m_window->openExample(QStringLiteral(":/examples/school/school.schemaforge.json"), &error),
                 qPrintable(error));
        DocumentController *doc = m_window->document();
        const sf::project::Project before = doc->project();
        const bool dirtyBefore = doc->isDirty();

        QUrl wrong(adminUrl);
        wrong.setPassword(QStringLiteral("definitely-not-the-password"));
        ImportDialog *dialog = readFrom(wrong.toString(), false);
        QVERIFY(dialog);
        QVERIFY2(dialog->statusText().contains(QLatin1String("password authentication failed")) ||
                     dialog->statusText().contains(QLatin1String("authentication failed")),
                 qPrintable(dialog->statusText()));
        QVERIFY(!dialog->statusText().contains(QLatin1String("definitely-not-the-password")));
        QCOMPARE(dialog->tableList()->topLevelItemCount(), 0);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());

        QUrl closed(adminUrl);
        closed.setPort(1); // nothing listens there
        dialog->setUrl(closed.toString());
        QSignalSpy failed(dialog, &ImportDialog::failed);
        dialog->findChild<QPushButton *>(QStringLiteral("readTablesButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY2(dialog->statusText().contains(QLatin1String("Could not read the database:")) &&
                     dialog->statusText().contains(QLatin1String("refused")),
                 qPrintable(dialog->statusText()));
        dialog->reject();
        QTRY_VERIFY(!m_panels->importDialog());
        QVERIFY(doc->project() == before);
        QCOMPARE(doc->isDirty(), dirtyBefore);
    }
};

QTEST_MAIN(TstImportDialog)
#include "tst_import_dialog.moc"
