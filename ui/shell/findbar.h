#pragma once
// FindBar is the canvas's search (Edit > Find, Ctrl+F): a small bar over the diagram's top-right
// corner that finds models, attributes and links (by alias, join table or foreign key) whose name
// contains the typed text, case-insensitively, as you type. It lists the matches, selects and centres
// the current one (an attribute: its model, with the attribute's row current in the properties grid);
// Enter / F3 go to the next match, Shift+Enter / Shift+F3 to the previous, Esc closes. A child of the
// view in the ShellParts it was created with; GUI thread.

#include "ui/shell/shellparts.h"

#include <QFrame>

#include <string>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sf::design {
struct Design;
}

namespace sf::ui {

class FindBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Model, Attribute, Link };
    struct Match {
        Kind kind = Kind::Model;
        std::string id;      // model or association id
        std::string modelId; // the attribute's model (Kind::Attribute)
        QString label;       // as listed: "Student", "Student.name", "Grade → Student (gradeId)"
    };

    explicit FindBar(const ShellParts &shell);

    // Everything in the design whose name contains text (case-insensitive): each model followed by
    // its matching attributes, in design order, then the links. Empty text finds nothing.
    static std::vector<Match> findMatches(const design::Design &design, const QString &text);

    QLineEdit *searchEdit() const { return m_edit; }
    QListWidget *matchList() const { return m_list; }
    const std::vector<Match> &matches() const { return m_matches; }
    // Index of the current match in matches(), -1 when there is none.
    int currentIndex() const { return m_current; }
    QAction *findAction() const { return m_findAction; }

    // Shows the bar with the search text selected and focused.
    void open();
    // Hides the bar and gives the canvas its focus back (Esc).
    void dismiss();
    // Moves to the next / previous match (wrapping) and jumps to it.
    void next();
    void previous();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void search();
    void refreshMatches();
    void rebuild(bool jump);
    void jumpTo(int index);
    void place();
    void showCount();

    ShellParts m_shell;
    QLineEdit *m_edit;
    QLabel *m_count;
    QListWidget *m_list;
    QAction *m_findAction;
    std::vector<Match> m_matches;
    int m_current = -1;
};

} // namespace sf::ui
