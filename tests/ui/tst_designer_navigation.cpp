// Offscreen, on the real main window: a 300-model design opens at a zoom where the overview still
// names every card; the minimap stays in its corner while scrolling, moves the view to the place
// clicked, hides at fit (no ghost) and can be switched off in the View menu; F frames the selection,
// N adds its neighbours, a double-click in the model tree centres the model; the tree and the status
// bar follow the canvas's selection after every step; Help > User Guide shows the guide.
#include "support/benchproject.h"
#include "support/testenv.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/modelitem.h"
#include "ui/canvas/overviewwidget.h"
#include "ui/document/documentcontroller.h"
#include "ui/panels/modeltreepanel.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QtTest>

using namespace sf;

class TstDesignerNavigation : public QObject
{
    Q_OBJECT

    std::unique_ptr<ui::MainWindow> m_window;
    ui::DiagramView *view() const { return m_window->view(); }
    ui::DiagramScene *scene() const { return m_window->scene(); }
    QPointF viewCenter() const { return view()->mapToScene(view()->viewport()->rect().center()); }
    QString status() const
    {
        QString text;
        for (QLabel *l : m_window->statusBar()->findChildren<QLabel *>())
            text += l->text() + QLatin1Char('|');
        return text;
    }

    void openWindow()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SchemaForgeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_designer_navigation"));
        QSettings().clear();
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void openSchool()
    {
        openWindow();
        QString error;
        QVERIFY2(m_window->openExample(QStringLiteral(":/examples/school/school.schemaforge.json"), &error),
                 qPrintable(error));
    }

private Q_SLOTS:
    void cleanup() { m_window.reset(); }

    void bigDesignAndMinimap()
    {
        openWindow();
        m_window->document()->resetProject(test::generateBenchProject({300, 4, 300}), QString());
        // Opened at a zoom where every card still shows its name in the overview.
        QVERIFY2(view()->zoom() >= ui::DiagramView::kLegibleZoom - 1e-9, qPrintable(QString::number(view()->zoom())));
        ui::OverviewWidget *overview = view()->overview();
        view()->resetZoom();
        view()->centerOn(
            scene()->modelItem(m_window->document()->design().models.front().id)->sceneBoundingRect().center());
        QTRY_VERIFY(overview->isVisible());

        // In the viewport's bottom-right corner, also after scrolling (it used to scroll away with the canvas).
        const auto inCorner = [&] {
            const QRect area = view()->viewport()->geometry();
            const QRect g = overview->geometry();
            return area.contains(g) && area.right() - g.right() < 30 && area.bottom() - g.bottom() < 30;
        };
        QVERIFY(inCorner());
        view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->value() + 700);
        view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->value() + 300);
        QVERIFY(inCorner());

        // A click in the minimap moves the view to that place: the card drawn there ends up in the middle.
        const auto &models = m_window->document()->design().models;
        const QPointF card = scene()->modelItem(models.at(250).id)->sceneBoundingRect().center();
        const QRectF source = scene()->contentRect().adjusted(-40, -40, 40, 40);
        const double s = std::min(overview->width() / source.width(), overview->height() / source.height());
        const QPointF offset((overview->width() - source.width() * s) / 2,
                             (overview->height() - source.height() * s) / 2);
        const QPoint at = ((card - source.topLeft()) * s + offset).toPoint();
        QTest::mouseClick(overview, Qt::LeftButton, {}, at);
        const QPointF centre = viewCenter();
        QVERIFY2(
            QLineF(centre, card).length() < 2.0 / s + 10,
            qPrintable(
                QStringLiteral("centre %1,%2 card %3,%4").arg(centre.x()).arg(centre.y()).arg(card.x()).arg(card.y())));

        // At fit the whole diagram is on screen: no minimap (no ghost copy of it).
        view()->zoomToFit();
        QVERIFY(!overview->isVisible());

        // View > Show Minimap switches it off and on.
        view()->resetZoom();
        QTRY_VERIFY(overview->isVisible());
        QAction *toggle = m_window->findChild<QAction *>(QStringLiteral("actionShowMinimap"));
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(!overview->isVisible());
        view()->zoomIn();
        QVERIFY(!overview->isVisible());
        toggle->trigger();
        QVERIFY(overview->isVisible());
    }

    void frameNeighboursAndTree()
    {
        openSchool();
        view()->resetZoom();
        view()->centerOn(QPointF(-3000, -3000));
        scene()->selectOnly("m-student");
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_F); // Frame Selection
        const QRect shown = view()->mapFromScene(scene()->modelItem("m-student")->sceneBoundingRect()).boundingRect();
        QVERIFY(view()->viewport()->rect().contains(shown));
        QVERIFY(QLineF(viewCenter(), scene()->modelItem("m-student")->sceneBoundingRect().center()).length() < 5);

        QTest::keyClick(view(), Qt::Key_N); // Select Neighbours: the grade and the courses
        auto ids = scene()->selectedModelIds();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (std::vector<std::string>{"m-course", "m-grade", "m-student"}));

        // Double-click in the tree centres the model.
        view()->centerOn(QPointF(-3000, -3000));
        QTreeWidget *tree = m_window->modelTree()->tree();
        QTreeWidgetItem *course = nullptr;
        QTRY_VERIFY(
            (course = tree->findItems(QStringLiteral("Course"), Qt::MatchExactly | Qt::MatchRecursive).value(0)));
        const QRect r = tree->visualItemRect(course);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, r.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(scene()->selectedModelIds(), std::vector<std::string>{"m-course"});
        const QPointF c = viewCenter(), card = scene()->modelItem("m-course")->sceneBoundingRect().center();
        QVERIFY2(QLineF(c, card).length() < 5, qPrintable(QStringLiteral("%1,%2 vs %3,%4 zoom %5")
                                                              .arg(c.x())
                                                              .arg(c.y())
                                                              .arg(card.x())
                                                              .arg(card.y())
                                                              .arg(view()->zoom())));
        QVERIFY(view()->zoom() >= 0.75);
    }

    void selectionInSync()
    {
        openSchool();
        view()->resetZoom();
        ui::ModelTreePanel *tree = m_window->modelTree();
        // Place a model: selected on the canvas, in the tree (after the deferred rebuild) and the status bar.
        m_window->toolAction(ui::Tool::Model)->trigger();
        const QPointF free = scene()->contentRect().bottomRight() + QPointF(100, 100);
        view()->centerOn(free);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->mapFromScene(free));
        const std::string id = scene()->selectedModelIds().at(0);
        QTRY_COMPARE(tree->currentId(), QString::fromStdString(id));
        QTRY_VERIFY(tree->tree()->currentItem() &&
                    tree->tree()->currentItem()->text(0).startsWith(QLatin1String("Model")));
        // Renamed inline: the tree and the status bar show the new name, not the old one.
        QLineEdit *editor = view()->renameEditor();
        QVERIFY(editor->isVisible());
        editor->setText(QStringLiteral("Teacher"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY2(status().contains(QLatin1String("Teacher")), qPrintable(status()));
        QTRY_COMPARE(tree->tree()->currentItem() ? tree->tree()->currentItem()->text(0) : QString(),
                     QStringLiteral("Teacher"));

        // Another card clicked: the tree follows at once.
        m_window->toolAction(ui::Tool::Select)->trigger();
        view()->centerOn(scene()->modelItem("m-grade"));
        const QRectF g = scene()->modelItem("m-grade")->sceneBoundingRect();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->mapFromScene(g.center()));
        QCOMPARE(tree->currentId(), QStringLiteral("m-grade"));
        QCOMPARE(tree->tree()->currentItem()->text(0), QStringLiteral("Grade"));
        QVERIFY2(status().contains(QLatin1String("Grade")), qPrintable(status()));
        // Nothing selected: nothing current in the tree, the status bar counts the models.
        scene()->clearSelection();
        QVERIFY(tree->currentId().isEmpty());
        QVERIFY(!tree->tree()->currentItem());
        QVERIFY2(!status().contains(QLatin1String("Grade")), qPrintable(status()));
    }

    void firstLaunchAt1280x800()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SchemaForgeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_designer_navigation"));
        QSettings().clear();
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QString error;
        QVERIFY2(m_window->openExample(QStringLiteral(":/examples/school/school.schemaforge.json"), &error),
                 qPrintable(error));
        QApplication::processEvents();
        // Every tool bar button is on screen (none pushed into an overflow).
        for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            for (QAction *a : bar->actions()) {
                if (a->isSeparator())
                    continue;
                QWidget *w = bar->widgetForAction(a);
                QVERIFY2(w && w->isVisible(), qPrintable(bar->objectName() + QLatin1Char(':') + a->text()));
                QVERIFY(m_window->rect().contains(QRect(w->mapTo(m_window.get(), QPoint(0, 0)), w->size())));
            }
        }
        // The side docks leave the diagram most of the width.
        QVERIFY2(m_window->propertiesDock()->width() <= 320,
                 qPrintable(QString::number(m_window->propertiesDock()->width())));
        QVERIFY2(view()->width() >= 640, qPrintable(QString::number(view()->width())));
        // The whole example shows, at a zoom where its rows are legible (about 9 px or more).
        const QRectF all = scene()->contentRect();
        QVERIFY(view()->mapToScene(view()->viewport()->rect()).boundingRect().contains(all));
        QVERIFY2(view()->zoom() >= 0.8, qPrintable(QString::number(view()->zoom())));
    }

    void userGuide()
    {
        openSchool();
        QAction *guide = m_window->findChild<QAction *>(QStringLiteral("actionUserGuide"));
        QVERIFY(guide);
        guide->trigger();
        auto *browser = m_window->findChild<QTextBrowser *>(QStringLiteral("userGuideText"));
        QVERIFY(browser);
        const QString text = browser->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Undo All")) && text.contains(QLatin1String("frames the selection")),
                 qPrintable(text.left(300)));
    }
};

QTEST_MAIN(TstDesignerNavigation)
#include "tst_designer_navigation.moc"
