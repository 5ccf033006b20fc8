#pragma once
// EntryDelegate is the attribute grid's cell delegate: it edits like QStyledItemDelegate and reports
// Enter pressed in an open editor (enterPressed) so the grid can move on to the next row (adding one
// after the last), which makes entering attributes a keyboard-only job.

#include <QStyledItemDelegate>

namespace sf::ui {

class EntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

Q_SIGNALS:
    void enterPressed();

protected:
    bool eventFilter(QObject *editor, QEvent *event) override;
};

} // namespace sf::ui
