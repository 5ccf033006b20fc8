#include "ui/panels/entrydelegate.h"

#include <QKeyEvent>

namespace sf::ui {

bool EntryDelegate::eventFilter(QObject *editor, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
            static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
            // The base class commits and closes the editor (queued); the grid acts after that.
            const bool handled = QStyledItemDelegate::eventFilter(editor, event);
            Q_EMIT enterPressed();
            return handled;
        }
    }
    return QStyledItemDelegate::eventFilter(editor, event);
}

} // namespace sf::ui
