// Offscreen end-to-end editing on the real main window: place two models by clicking the canvas,
// rename them inline, add attributes through the property editor, draw the three link kinds by
// press-drag-release, check the design and the lowered schema, undo everything step by step back to
// the empty project, redo it all, delete a model (its links go with it), then save and reopen.
#include "core/project/projectfile.h"
#include "core/schema/lowering.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/editoperations.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/modelitem.h"
#include "ui/document/documentcontroller.h"
#include "ui/panels/attributetable.h"
#include "ui/panels/modelpropertiespage.h"
#include "ui/panels/propertyeditor.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sf;

class TstCanvasEditing : public QObject
{
    Q_OBJECT

    ui::MainWindow *m_window = nullptr;
    ui::DocumentController *doc() const { return m_window->document(); }
    ui::DiagramView *view() const { return m_window->view(); }
    ui::DiagramScene *scene() const { return m_window->scene(); }

    const design::Model *modelNamed(const std::string &name) const
    {
        for (const auto &m : doc()->design().models)
            if (m.name == name)
                return &m;
        return nullptr;
    }

    std::string placeAndRename(QPoint viewportPos, const QString &name)
    {
        const size_t before = doc()->design().models.size();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, viewportPos);
        if (doc()->design().models.size() != before + 1)
            return {};
        const std::string id = doc()->design().models.back().id;
        QLineEdit *editor = view()->renameEditor();
        if (!editor->isVisible())
            return {};
        editor->setText(name);
        QTest::keyClick(editor, Qt::Key_Return);
        return id;
    }

    // Keyboard entry, as a user does it: Add starts editing the new row's name, Tab goes to the type
    // (typed, with completion), Tab to the Null flag, Space toggles it.
    void addAttribute(const std::string &modelId, const QString &name, const QString &type, bool allowNull)
    {
        scene()->selectOnly(modelId);
        QCOMPARE(m_window->propertyEditor()->currentId(), modelId);
        auto *page = m_window->propertyEditor()->modelPage();
        auto *add = page->findChild<QPushButton *>(QStringLiteral("addAttributeButton"));
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        ui::AttributeTable *table = page->attributeTable();
        const int row = table->rowCount() - 1;
        QVERIFY(row >= 0);
        QVERIFY(table->isEditing());
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, name);
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_COMPARE(table->currentColumn(), int(ui::AttributeTable::Type));
        QTRY_VERIFY(table->isEditing());
        editor = QApplication::focusWidget();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, type);
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_COMPARE(table->currentColumn(), int(ui::AttributeTable::AllowNull));
        if (!allowNull)
            QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(table->item(row, ui::AttributeTable::Name)->text(), name);
    }

    void drawLink(ui::Tool tool, const std::string &from, const std::string &to)
    {
        m_window->toolAction(tool)->trigger();
        QCOMPARE(scene()->tool(), tool);
        const QPoint a = view()->mapFromScene(scene()->modelItem(from)->sceneBoundingRect().center());
        const QPoint b = view()->mapFromScene(scene()->modelItem(to)->sceneBoundingRect().center());
        QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, a);
        QTest::mouseMove(view()->viewport(), (a + b) / 2);
        QTest::mouseMove(view()->viewport(), b);
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, b);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_window = new ui::MainWindow;
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        view()->resetZoom();
    }

    void cleanupTestCase() { delete m_window; }

    void editUndoRedoDeleteSaveReopen()
    {
        // 1. Two models by clicks with the Model tool, each renamed inline.
        m_window->toolAction(ui::Tool::Model)->trigger();
        const QPoint origin = view()->mapFromScene(QPointF(0, 0));
        view()->centerOn(QPointF(300, 200));
        const QPoint p1 = view()->mapFromScene(QPointF(40, 40));
        const QPoint p2 = view()->mapFromScene(QPointF(440, 40));
        Q_UNUSED(origin);
        const std::string author = placeAndRename(p1, QStringLiteral("Author"));
        QVERIFY(!author.empty());
        const std::string book = placeAndRename(p2, QStringLiteral("Book"));
        QVERIFY(!book.empty());
        QCOMPARE(doc()->design().models.size(), size_t(2));
        QCOMPARE(doc()->design().modelById(author)->name, std::string("Author"));
        QCOMPARE(doc()->design().modelById(book)->name, std::string("Book"));
        QCOMPARE(doc()->layoutOf(author)->x, 40.0);
        QCOMPARE(doc()->layoutOf(book)->x, 440.0);

        // 2. Attributes through the property editor.
        m_window->toolAction(ui::Tool::Select)->trigger();
        addAttribute(author, QStringLiteral("name"), QStringLiteral("STRING(100)"), false);
        addAttribute(book, QStringLiteral("title"), QStringLiteral("STRING"), false);
        addAttribute(book, QStringLiteral("price"), QStringLiteral("DECIMAL(10,2)"), true);
        const design::Model *a = doc()->design().modelById(author);
        QCOMPARE(a->attributes.size(), size_t(1));
        QCOMPARE(a->attributes[0].name, std::string("name"));
        QCOMPARE(a->attributes[0].type.toString(), std::string("STRING(100)"));
        QCOMPARE(a->attributes[0].allowNull, std::optional<bool>(false));
        const design::Model *b = doc()->design().modelById(book);
        QCOMPARE(b->attributes.size(), size_t(2));
        QCOMPARE(b->attributes[1].type.toString(), std::string("DECIMAL(10,2)"));

        // An unknown type is refused and reported, the stored value stays.
        scene()->selectOnly(book);
        auto *table = m_window->propertyEditor()->modelPage()->attributeTable();
        QSignalSpy problems(table, &ui::AttributeTable::problemReported);
        const int undoBefore = doc()->undoStack()->count();
        table->item(0, ui::AttributeTable::Type)->setText(QStringLiteral("STRIN"));
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("STRIN")));
        QCOMPARE(doc()->undoStack()->count(), undoBefore);
        QCOMPARE(doc()->design().modelById(book)->attributes[0].type.toString(), std::string("STRING"));

        // 3. The three link kinds, by press-drag-release from Author to Book.
        drawLink(ui::Tool::OneToMany, author, book);
        drawLink(ui::Tool::OneToOne, author, book);
        drawLink(ui::Tool::ManyToMany, author, book);
        const auto &as = doc()->design().associations;
        QCOMPARE(as.size(), size_t(3));
        QCOMPARE(as[0].kind, design::AssociationKind::OneToMany);
        QCOMPARE(as[1].kind, design::AssociationKind::OneToOne);
        QCOMPARE(as[2].kind, design::AssociationKind::ManyToMany);
        for (const auto &x : as) {
            QCOMPARE(x.source, author);
            QCOMPARE(x.target, book);
            QCOMPARE(x.foreignKey, std::optional<std::string>("authorId"));
        }
        QCOMPARE(as[2].through, std::optional<std::string>("AuthorBook"));
        QVERIFY(scene()->linkItem(as[2].id));
        QVERIFY(!scene()->linkItem(as[2].id)->joinNodeRect().isNull());

        // Esc cancels a link being drawn.
        m_window->toolAction(ui::Tool::OneToMany)->trigger();
        const QPoint c = view()->mapFromScene(scene()->modelItem(author)->sceneBoundingRect().center());
        QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, c);
        QTest::keyClick(view()->viewport(), Qt::Key_Escape);
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {},
                            view()->mapFromScene(scene()->modelItem(book)->sceneBoundingRect().center()));
        QCOMPARE(doc()->design().associations.size(), size_t(3));
        m_window->toolAction(ui::Tool::Select)->trigger();

        // The lowered schema: foreign keys and the join table.
        const schema::Schema s = schema::lower(doc()->design());
        const schema::Table *books = s.table("Books");
        QVERIFY(books);
        QVERIFY(books->column("authorId"));
        QVERIFY(!books->foreignKeys.empty());
        const schema::Table *join = s.table("AuthorBook");
        QVERIFY(join);
        QVERIFY(join->column("authorId"));
        QVERIFY(join->column("bookId"));
        QCOMPARE(join->primaryKey.size(), size_t(2));

        // The Book card shows the derived columns (id, authorId, timestamps) muted.
        const auto &rows = scene()->modelItem(book)->content().rows;
        bool derivedFk = false, plainTitle = false;
        for (const auto &r : rows) {
            derivedFk |= r.name == QLatin1String("authorId") && r.derived;
            plainTitle |= r.name == QLatin1String("title") && !r.derived;
        }
        QVERIFY(derivedFk);
        QVERIFY(plainTitle);

        // 4. Undo step by step to the empty project, then redo everything.
        const design::Design full = doc()->design();
        const auto fullLayout = doc()->project().layout;
        QUndoStack *stack = doc()->undoStack();
        const int steps = stack->index();
        QVERIFY(steps >= 2 + 3 + 3);
        for (int i = 0; i < steps; ++i) {
            QVERIFY(stack->canUndo());
            stack->undo();
        }
        QVERIFY(doc()->design().models.empty());
        QVERIFY(doc()->design().associations.empty());
        QVERIFY(doc()->project().layout.empty());
        QVERIFY(scene()->modelItems().isEmpty());
        QVERIFY(!doc()->isDirty());
        for (int i = 0; i < steps; ++i)
            stack->redo();
        QVERIFY(doc()->design() == full);
        QVERIFY(doc()->project().layout == fullLayout);
        QCOMPARE(scene()->modelItems().size(), 2);
        QVERIFY(scene()->linkItem(full.associations[2].id));

        // 5. Arrow-key nudges merge into one undo step.
        scene()->selectOnly(author);
        view()->setFocus();
        const int beforeNudge = stack->count();
        QTest::keyClick(view(), Qt::Key_Right);
        QTest::keyClick(view(), Qt::Key_Right);
        QCOMPARE(stack->count(), beforeNudge + 1);
        QCOMPARE(doc()->layoutOf(author)->x, 42.0);
        stack->undo();
        QCOMPARE(doc()->layoutOf(author)->x, 40.0);

        // Dragging a card's right edge resizes it in one undo step.
        {
            ui::ModelItem *card = scene()->modelItem(author);
            const double w0 = card->cardRect().width();
            const QPointF edge = card->pos() + QPointF(w0 - 2, 50);
            const QPoint e = view()->mapFromScene(edge);
            const int countBefore = stack->index();
            QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, e);
            QTest::mouseMove(view()->viewport(), e + QPoint(30, 0));
            QTest::mouseMove(view()->viewport(), e + QPoint(60, 0));
            QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, e + QPoint(60, 0));
            QCOMPARE(stack->index(), countBefore + 1);
            QVERIFY(doc()->layoutOf(author)->width.has_value());
            QVERIFY(qAbs(*doc()->layoutOf(author)->width - (w0 + 60)) < 3);
            QCOMPARE(doc()->layoutOf(author)->x, 40.0);
            stack->undo();
            QVERIFY(!doc()->layoutOf(author)->width.has_value());
            QCOMPARE(card->cardRect().width(), w0);
        }

        // 6. Delete a model: its links go with it, undoably.
        scene()->selectOnly(book);
        m_window->editOperations()->deleteSelection();
        QVERIFY(!doc()->design().modelById(book));
        QVERIFY(doc()->design().associations.empty());
        QVERIFY(!scene()->modelItem(book));
        QVERIFY(!scene()->linkItem(full.associations[0].id));
        QVERIFY(scene()->modelItem(author)->links().isEmpty());
        stack->undo();
        QVERIFY(doc()->design() == full);
        QCOMPARE(scene()->modelItem(author)->links().size(), 3);
        stack->redo();

        // 7. Save, reopen in a fresh window: same design and layout.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("edit.schemaforge.json"));
        QString error;
        QVERIFY2(m_window->saveProject(path, &error), qPrintable(error));
        QVERIFY(!doc()->isDirty());
        ui::MainWindow reopened;
        QVERIFY2(reopened.openProject(path, &error), qPrintable(error));
        QVERIFY(reopened.document()->design() == doc()->design());
        QVERIFY(reopened.document()->project().layout == doc()->project().layout);
        QCOMPARE(reopened.scene()->modelItem(author)->pos(), scene()->modelItem(author)->pos());

        // A file that fails to load reports the loader's message and leaves everything as it was.
        const QString bad = dir.filePath(QStringLiteral("bad.schemaforge.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"schemaforge/1\", \"models\": [ {\"id\": 3} ]}");
        f.close();
        QVERIFY(!reopened.openProject(bad, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(reopened.document()->design() == doc()->design());
        QCOMPARE(reopened.document()->filePath(), QFileInfo(path).absoluteFilePath());
    }

    void overviewAndZoom()
    {
        QWidget *overview = view()->findChild<QWidget *>(QStringLiteral("overview"));
        QVERIFY(overview);
        view()->zoomToFit();
        QVERIFY(!overview->isVisible()); // everything fits: no minimap
        view()->setZoom(4.0);
        QCOMPARE(view()->zoom(), 4.0);
        view()->centerOn(scene()->contentRect().topLeft()); // part of the diagram off screen
        QVERIFY2(overview->isVisible(),
                 qPrintable(QStringLiteral("viewport %1x%2 content %3x%4")
                                .arg(view()->viewport()->width())
                                .arg(view()->viewport()->height())
                                .arg(scene()->contentRect().width())
                                .arg(scene()->contentRect().height()))); // larger than the window: minimap shown
        view()->resetZoom();
        QCOMPARE(view()->zoom(), 1.0);
    }

    void copyPasteModels()
    {
        const std::string author = modelNamed("Author")->id;
        scene()->selectOnly(author);
        m_window->editOperations()->copySelection();
        const size_t before = doc()->design().models.size();
        QCOMPARE(m_window->editOperations()->paste(), 1);
        QCOMPARE(doc()->design().models.size(), before + 1);
        QVERIFY(modelNamed("Author2"));
        doc()->undoStack()->undo();
        QCOMPARE(doc()->design().models.size(), before);
    }
};

QTEST_MAIN(TstCanvasEditing)
#include "tst_canvas_editing.moc"
