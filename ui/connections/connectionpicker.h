#pragma once
// ConnectionPicker is the Migrations panel's connection row: a combo box of the project's connection
// profiles ending in "Add connection...", and Edit... / Remove buttons. Adding and editing go through
// the ConnectionDialog into the ConnectionStore, i.e. one undoable command each on the document
// (profiles are saved in the project file; a typed password is kept for the session only). Emits
// chosen() whenever the current profile is (re)chosen or the list changed. Owned by its parent;
// GUI thread.

#include <QWidget>

class QComboBox;
class QPushButton;

namespace sf::ui {

class ConnectionStore;
class DocumentController;

class ConnectionPicker : public QWidget
{
    Q_OBJECT
public:
    ConnectionPicker(ConnectionStore *store, DocumentController *doc, QWidget *parent = nullptr);

    QString current() const; // "" when the project has no profile
    // Selects a listed profile (emits chosen()); false when there is none of that name.
    bool select(const QString &name);
    // The profile to select when the list is next reloaded (e.g. the one just added).
    void remember(const QString &name) { m_last = name; }

public Q_SLOTS:
    void addInteractive();
    void editInteractive();
    void removeCurrent();

Q_SIGNALS:
    void chosen();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();

    ConnectionStore *m_store;
    DocumentController *m_doc;
    QComboBox *m_combo;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QString m_last;
};

} // namespace sf::ui
