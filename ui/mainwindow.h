#pragma once
// MainWindow is the designer's top-level window: canvas in the centre, docks around it.

#include <QMainWindow>

namespace sf::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // Opens a project file; returns false and shows nothing modal when it fails (error in *error).
    bool openProject(const QString &path, QString *error);
};

} // namespace sf::ui
