// Offscreen, on the real main window with the bundled school example: Ctrl+F opens the find bar over
// the canvas, typing finds a model, an attribute and a link as you type; Enter / Shift+Enter / F3 cycle
// through them, each selected and centred on the canvas (the view's centre inside the matched card or
// link, the attribute's row current in the properties grid); text that matches nothing says so and
// keeps the selection; Esc hides the bar and gives the canvas back its focus. Real key events only.
#include "support/testenv.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/modelitem.h"
#include "ui/document/documentcontroller.h"
#include "ui/panels/attributetable.h"
#include "ui/panels/modelpropertiespage.h"
#include "ui/panels/propertyeditor.h"
#include "ui/shell/findbar.h"
#include "ui/shell/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace sf;

class TstSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<ui::MainWindow> m_window;
    ui::DiagramView *view() const { return m_window->view(); }
    ui::DiagramScene *scene() const { return m_window->scene(); }
    ui::FindBar *bar() const { return m_window->findChild<ui::FindBar *>(QStringLiteral("findBar")); }
    QLineEdit *edit() const { return bar()->findChild<QLineEdit *>(QStringLiteral("findEdit")); }
    QPointF viewCenter() const { return view()->mapToScene(view()->viewport()->rect().center()); }
    std::string modelId(const char *name) const { return m_window->document()->design().modelByName(name)->id; }
    QString count() const { return bar()->findChild<QLabel *>(QStringLiteral("findCount"))->text(); }

    // Scrolls the canvas far away from every card, so that a jump is seen in the view's centre.
    void lookElsewhere()
    {
        view()->resetZoom();
        view()->centerOn(scene()->contentRect().topLeft() - QPointF(1500, 1500));
        QVERIFY(!scene()->contentRect().contains(viewCenter()));
    }

    void verifyCentredOn(const QRectF &rect)
    {
        QVERIFY2(rect.contains(viewCenter()), qPrintable(QStringLiteral("centre (%1, %2) outside (%3, %4, %5 x %6)")
                                                             .arg(viewCenter().x())
                                                             .arg(viewCenter().y())
                                                             .arg(rect.x())
                                                             .arg(rect.y())
                                                             .arg(rect.width())
                                                             .arg(rect.height())));
    }

    void verifyModelMatch(const std::string &id)
    {
        QCOMPARE(scene()->selectedModelIds(), std::vector<std::string>{id});
        QVERIFY(scene()->selectedAssociationIds().empty());
        verifyCentredOn(scene()->modelItem(id)->sceneBoundingRect());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SchemaForgeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_search"));
        QSettings().clear();
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QString error;
        QVERIFY2(m_window->openExample(QStringLiteral(":/examples/school/school.schemaforge.json"), &error),
                 qPrintable(error));
    }

    void cleanupTestCase() { m_window.reset(); }

    void ctrlFOpensTheBarFromTheEditMenu()
    {
        QAction *find = m_window->findChild<QAction *>(QStringLiteral("actionFind"));
        QVERIFY(find);
        QVERIFY(m_window->editMenu()->actions().contains(find));
        QVERIFY(
            m_window->editMenu()->actions().contains(m_window->findChild<QAction *>(QStringLiteral("actionFindNext"))));
        QVERIFY(!bar()->isVisible());
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(bar()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), edit());
        // Over the canvas, inside the view.
        QVERIFY(view()->rect().contains(bar()->geometry()));
    }

    void typingFindsModelAttributeAndLink()
    {
        lookElsewhere();
        // "cours": the model Course, its attribute course_name and the Student-Course link (its key
        // courseId).
        QTest::keyClicks(edit(), QStringLiteral("cours"));
        const auto &matches = bar()->matches();
        QCOMPARE(matches.size(), size_t(3));
        QCOMPARE(matches[0].kind, ui::FindBar::Kind::Model);
        QCOMPARE(matches[1].kind, ui::FindBar::Kind::Attribute);
        QCOMPARE(matches[2].kind, ui::FindBar::Kind::Link);
        QCOMPARE(bar()->matchList()->count(), 3);
        QVERIFY(bar()->matchList()->isVisible());
        QVERIFY(bar()->matchList()->item(1)->text().contains(QStringLiteral("Course.course_name")));
        QCOMPARE(count(), QStringLiteral("1 of 3"));

        // As typed, the first match: the model, selected and in the view's centre.
        const std::string course = modelId("Course");
        verifyModelMatch(course);

        // Enter: the attribute, its model selected and centred, its row current in the grid.
        lookElsewhere();
        QTest::keyClick(edit(), Qt::Key_Return);
        QCOMPARE(bar()->currentIndex(), 1);
        QCOMPARE(count(), QStringLiteral("2 of 3"));
        verifyModelMatch(course);
        ui::AttributeTable *grid = m_window->propertyEditor()->modelPage()->attributeTable();
        QCOMPARE(grid->modelId(), course);
        QVERIFY(grid->currentRow() >= 0);
        const auto *attribute = m_window->document()->design().modelById(course)->attributeByName("course_name");
        QVERIFY(attribute);
        QCOMPARE(grid->attributeIdAt(grid->currentRow()), attribute->id);

        // Enter: the link, selected and centred.
        lookElsewhere();
        QTest::keyClick(edit(), Qt::Key_Return);
        QCOMPARE(bar()->currentIndex(), 2);
        QCOMPARE(scene()->selectedAssociationIds(), std::vector<std::string>{"as-student-courses"});
        QVERIFY(scene()->selectedModelIds().empty());
        verifyCentredOn(scene()->linkItem("as-student-courses")->sceneBoundingRect());

        // Enter wraps to the first match, Shift+Enter goes back to the last, F3 forward again.
        QTest::keyClick(edit(), Qt::Key_Return);
        QCOMPARE(bar()->currentIndex(), 0);
        verifyModelMatch(course);
        QTest::keyClick(edit(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar()->currentIndex(), 2);
        QCOMPARE(scene()->selectedAssociationIds(), std::vector<std::string>{"as-student-courses"});
        QTest::keyClick(edit(), Qt::Key_F3);
        QCOMPARE(bar()->currentIndex(), 0);
        QTest::keyClick(edit(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar()->currentIndex(), 2);
    }

    void retypingFindsAnotherModel()
    {
        lookElsewhere();
        QTest::keyClick(edit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit(), QStringLiteral("grade"));
        QVERIFY(!bar()->matches().empty());
        QCOMPARE(bar()->matches().front().label, QStringLiteral("Grade"));
        verifyModelMatch(modelId("Grade"));
    }

    void noMatchSaysSoAndKeepsTheSelection()
    {
        const auto selected = scene()->selectedModelIds();
        QTest::keyClicks(edit(), QStringLiteral("zzz"));
        QVERIFY(bar()->matches().empty());
        QCOMPARE(bar()->currentIndex(), -1);
        QVERIFY(!bar()->matchList()->isVisible());
        QVERIFY(!count().isEmpty());
        QCOMPARE(scene()->selectedModelIds(), selected);
        QTest::keyClick(edit(), Qt::Key_Return); // nothing to go to: nothing happens
        QCOMPARE(scene()->selectedModelIds(), selected);
    }

    void escHidesTheBar()
    {
        QTest::keyClick(edit(), Qt::Key_Escape);
        QVERIFY(!bar()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
        // Ctrl+F again brings it back with the last text selected, ready to be replaced.
        QTest::keyClick(view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(bar()->isVisible());
        QCOMPARE(edit()->selectedText(), edit()->text());
        QTest::keyClick(edit(), Qt::Key_Escape);
        QVERIFY(!bar()->isVisible());
    }
};

QTEST_MAIN(TstSearch)
#include "tst_search.moc"
