#include "ui/shell/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace sf::ui {

namespace {
const char *const kKey = "recentFiles";
} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(QLatin1String(kKey)).toStringList();
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(QLatin1String(kKey), files);
    rebuildMenu();
}

void RecentFiles::add(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMax)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = files();
    int n = 0;
    for (const QString &f : list) {
        const QString label = tr("&%1 %2").arg(++n % 10).arg(QDir::toNativeSeparators(f));
        QAction *a = m_menu->addAction(label);
        a->setObjectName(QStringLiteral("actionRecentFile%1").arg(n));
        connect(a, &QAction::triggered, this, [this, f] { Q_EMIT fileChosen(f); });
    }
    if (list.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No recent projects"));
        none->setObjectName(QStringLiteral("actionNoRecentFiles"));
        none->setEnabled(false);
    } else {
        m_menu->addSeparator();
        QAction *clear = m_menu->addAction(tr("Clear list"));
        clear->setObjectName(QStringLiteral("actionClearRecentFiles"));
        connect(clear, &QAction::triggered, this, [this] { store({}); });
    }
}

} // namespace sf::ui
