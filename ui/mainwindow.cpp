#include "ui/mainwindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace sf::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SchemaForge"));
    menuBar()->addMenu(tr("&File"));
    menuBar()->addMenu(tr("&Edit"));
    menuBar()->addMenu(tr("&View"));
    setCentralWidget(new QLabel(tr("No project open"), this));
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

bool MainWindow::openProject(const QString &path, QString *error)
{
    Q_UNUSED(path);
    Q_UNUSED(error);
    return true;
}

} // namespace sf::ui
