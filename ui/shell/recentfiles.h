#pragma once
// RecentFiles keeps the list of recently opened projects in QSettings and offers it as a menu.

#include <QObject>
#include <QStringList>

class QMenu;

namespace sf::ui {

class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMax = 10;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    void rebuildMenu();
    void store(const QStringList &files);

    QMenu *m_menu;
};

} // namespace sf::ui
