// Offscreen, on the real main window with the school example: entering attributes is keyboard-first
// (Add edits the new row's name, Tab walks name -> type -> flags, type completion, Enter goes on to a
// new row, Esc takes an untouched new row back, Delete removes a row), the type list is wide enough
// for its entries, double-clicking a card opens its editor, the canvas and the tree have context menus,
// and a link tool never makes a self-association from a click (click-click links, Esc cancels, Shift
// makes the explicit self-link).
#include "support/scratchproject.h"
#include "support/testenv.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/modelitem.h"
#include "ui/document/documentcontroller.h"
#include "ui/panels/attributetable.h"
#include "ui/panels/modelpropertiespage.h"
#include "ui/panels/modeltreepanel.h"
#include "ui/panels/propertyeditor.h"
#include "ui/panels/typedelegate.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/viewactions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QGraphicsLineItem>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace sf;

class TstDesignerEntry : public QObject
{
    Q_OBJECT

    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_tmp;

    ui::DocumentController *doc() const { return m_window->document(); }
    ui::DiagramView *view() const { return m_window->view(); }
    ui::DiagramScene *scene() const { return m_window->scene(); }
    ui::AttributeTable *table() const { return m_window->propertyEditor()->modelPage()->attributeTable(); }
    QPoint cardPoint(const char *id, double fy = 0.7) const
    {
        const QRectF r = scene()->modelItem(id)->sceneBoundingRect();
        return view()->mapFromScene(QPointF(r.center().x(), r.top() + r.height() * fy));
    }
    const design::Model &model(const char *id) const { return *doc()->design().modelById(id); }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_tmp.filePath(QStringLiteral("school.schemaforge.json"));
        QVERIFY(test::copyExampleProject(QStringLiteral("school"), path));
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        QString error;
        QVERIFY2(m_window->openProject(path, &error), qPrintable(error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        view()->resetZoom();
        view()->centerOn(scene()->modelItem("m-course"));
    }
    void cleanup() { m_window.reset(); }

    void keyboardFirstAttributeEntry()
    {
        // Double-click on a card's body opens its editor: the Properties dock with the grid focused.
        m_window->propertiesDock()->hide();
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, cardPoint("m-course"));
        QVERIFY(m_window->propertiesDock()->isVisible());
        QCOMPARE(m_window->propertyEditor()->currentId(), std::string("m-course"));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table()));

        const size_t before = model("m-course").attributes.size();
        auto *add =
            m_window->propertyEditor()->modelPage()->findChild<QPushButton *>(QStringLiteral("addAttributeButton"));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(table()->isEditing());
        QCOMPARE(table()->currentColumn(), int(ui::AttributeTable::Name));
        QWidget *editor = QApplication::focusWidget();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("title"));
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_VERIFY(table()->isEditing());
        QCOMPARE(table()->currentColumn(), int(ui::AttributeTable::Type));

        // The type list is wide enough to show its longest entry whole.
        auto *combo = qobject_cast<QComboBox *>(table()->indexWidget(table()->currentIndex()));
        if (!combo)
            combo = qobject_cast<QComboBox *>(QApplication::focusWidget()->parentWidget());
        QVERIFY(combo);
        combo->showPopup();
        QTRY_VERIFY(combo->view()->isVisible());
        const QFontMetrics fm(combo->view()->font());
        int widest = 0;
        for (const QString &t : ui::TypeDelegate::typeNames())
            widest = std::max(widest, fm.horizontalAdvance(t));
        QVERIFY2(combo->view()->viewport()->width() >= widest,
                 qPrintable(QStringLiteral("%1 < %2").arg(combo->view()->viewport()->width()).arg(widest)));
        combo->hidePopup();

        // Typing completes the type (any case); Tab commits it and goes to the Null flag; Space toggles.
        editor = QApplication::focusWidget();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("te"));
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_COMPARE(table()->currentColumn(), int(ui::AttributeTable::AllowNull));
        QTest::keyClick(table(), Qt::Key_Space);
        {
            const auto &attrs = model("m-course").attributes;
            QCOMPARE(attrs.size(), before + 1);
            QCOMPARE(attrs.back().name, std::string("title"));
            QCOMPARE(attrs.back().type.toString(), std::string("TEXT"));
            QCOMPARE(attrs.back().allowNull, std::optional<bool>(false));
        }

        // Enter on the last row adds the next one, already editing its name.
        QTest::keyClick(table(), Qt::Key_Return);
        QTRY_COMPARE(model("m-course").attributes.size(), before + 2);
        QTRY_VERIFY(table()->isEditing());
        QCOMPARE(table()->currentRow(), int(before + 1));
        editor = QApplication::focusWidget();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("room"));
        QTest::keyClick(editor, Qt::Key_Return); // commits, and goes on to yet another new row
        QTRY_COMPARE(model("m-course").attributes.size(), before + 3);
        QTRY_VERIFY(table()->isEditing());
        QCOMPARE(model("m-course").attributes[before + 1].name, std::string("room"));
        // Esc on that untouched new row takes it back.
        QWidget *open = nullptr;
        for (auto *e : table()->viewport()->findChildren<QLineEdit *>())
            if (e->isVisible())
                open = e;
        QVERIFY(open);
        QTest::keyClick(open, Qt::Key_Escape);
        QTRY_COMPARE(model("m-course").attributes.size(), before + 2);

        // Delete in the grid removes the current row.
        table()->setCurrentCell(int(before), ui::AttributeTable::Name);
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(model("m-course").attributes.size(), before + 1);
        QCOMPARE(model("m-course").attributes.back().name, std::string("room"));
        // ... and the grid's context menu has the usual actions, found by name.
        for (const char *name :
             {"actionGridAddAttribute", "actionGridDeleteAttribute", "actionGridMoveUp", "actionGridMoveDown"})
            QVERIFY2(table()->findChild<QAction *>(QLatin1String(name)), name);
        QCOMPARE(table()->contextMenuPolicy(), Qt::ActionsContextMenu);
    }

    void contextMenus()
    {
        auto *actions = m_window->findChild<ui::ViewActions *>();
        QVERIFY(actions);
        // A right click on a card: its menu; Add Attribute there adds one and starts editing it.
        QMenu *shown = nullptr;
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [&shown] {
            if (auto *m = qobject_cast<QMenu *>(QApplication::activePopupWidget()))
                shown = m;
        });
        timer->start(10);
        view()->centerOn(scene()->modelItem("m-grade"));
        const QPoint at = cardPoint("m-grade");
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view()->viewport(), &event);
        QTRY_VERIFY(shown);
        QCOMPARE(shown->objectName(), QStringLiteral("canvasContextMenu"));
        QAction *addAttr = shown->findChild<QAction *>(QStringLiteral("actionContextAddAttribute"));
        QVERIFY(addAttr);
        for (const char *name :
             {"actionContextEditModel", "actionContextRename", "actionContextDelete", "actionContextFrame"})
            QVERIFY2(shown->findChild<QAction *>(QLatin1String(name)), name);
        const size_t before = model("m-grade").attributes.size();
        addAttr->trigger();
        shown->close();
        QCOMPARE(model("m-grade").attributes.size(), before + 1);
        QVERIFY(table()->isEditing());

        // The empty canvas: Add Model Here places one where the menu was opened.
        shown = nullptr;
        const QPointF emptyPlace = scene()->contentRect().bottomRight() + QPointF(200, 200);
        view()->centerOn(emptyPlace);
        const QPoint emptyAt = view()->mapFromScene(emptyPlace);
        QContextMenuEvent onEmpty(QContextMenuEvent::Mouse, emptyAt, view()->viewport()->mapToGlobal(emptyAt));
        QApplication::sendEvent(view()->viewport(), &onEmpty);
        QTRY_VERIFY(shown);
        QAction *addModel = shown->findChild<QAction *>(QStringLiteral("actionContextAddModel"));
        QVERIFY(addModel);
        const size_t models = doc()->design().models.size();
        addModel->trigger();
        shown->close();
        QCOMPARE(doc()->design().models.size(), models + 1);

        // The model tree: Center on Canvas, Edit, Rename, Delete.
        std::unique_ptr<QMenu> tree(actions->treeMenu(QStringLiteral("m-student")));
        for (const char *name : {"actionTreeCenter", "actionTreeEditModel", "actionTreeRename", "actionTreeDelete"})
            QVERIFY2(tree->findChild<QAction *>(QLatin1String(name)), name);
        timer->stop();
    }

    void linkToolClickMakesNoSelfLink()
    {
        const size_t links = doc()->design().associations.size();
        m_window->toolAction(ui::Tool::OneToMany)->trigger();
        const QPoint course = cardPoint("m-course", 0.5);
        // A single click on a card creates nothing: it picks the source and waits.
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, course);
        QCOMPARE(doc()->design().associations.size(), links);
        QVERIFY(scene()->isLinkPending());
        // Esc cancels.
        QTest::keyClick(view(), Qt::Key_Escape);
        QVERIFY(!scene()->isLinkPending());
        QCOMPARE(doc()->design().associations.size(), links);
        QCOMPARE(scene()->tool(), ui::Tool::OneToMany); // Esc cancelled the link, not the tool

        // Click, then click on the same card again: cancelled, still nothing.
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, course);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, course);
        QVERIFY(!scene()->isLinkPending());
        QCOMPARE(doc()->design().associations.size(), links);

        // Click-click from one card to another: one link, with a rubber band in between.
        view()->resetZoom();
        view()->centerOn(scene()->modelItem("m-grade")->sceneBoundingRect().center());
        const QPoint grade = cardPoint("m-grade", 0.5);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, grade);
        QVERIFY(scene()->isLinkPending());
        bool band = false;
        for (QGraphicsItem *i : scene()->items())
            band |= dynamic_cast<QGraphicsLineItem *>(i) != nullptr;
        QVERIFY(band);
        const QPoint course2 = cardPoint("m-course", 0.5);
        QTest::mouseMove(view()->viewport(), course2);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, course2);
        QCOMPARE(doc()->design().associations.size(), links + 1);
        QCOMPARE(doc()->design().associations.back().source, std::string("m-grade"));
        QCOMPARE(doc()->design().associations.back().target, std::string("m-course"));

        // The explicit gesture for a self-link: Shift on the second click.
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, course2);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, course2);
        QCOMPARE(doc()->design().associations.size(), links + 2);
        QCOMPARE(doc()->design().associations.back().source, std::string("m-course"));
        QCOMPARE(doc()->design().associations.back().target, std::string("m-course"));
    }
};

QTEST_MAIN(TstDesignerEntry)
#include "tst_designer_entry.moc"
