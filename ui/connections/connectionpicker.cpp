#include "ui/connections/connectionpicker.h"

#include "ui/connections/connectiondialog.h"
#include "ui/connections/connectionstore.h"
#include "ui/document/projectpaths.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>

namespace sf::ui {

namespace {
const QString kAddEntry = QStringLiteral("\x01add");
} // namespace

ConnectionPicker::ConnectionPicker(ConnectionStore *store, DocumentController *doc, QWidget *parent)
    : QWidget(parent), m_store(store), m_doc(doc)
{
    setObjectName(QStringLiteral("connectionPicker"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("connectionCombo"));
    m_combo->setMinimumContentsLength(20);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editConnectionButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeConnectionButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_edit);
    layout->addWidget(m_remove);

    connect(m_combo, &QComboBox::activated, this, [this] {
        if (m_combo->currentData().toString() == kAddEntry)
            addInteractive(); // only on the user's choice, never programmatically
        else {
            m_last = current();
            Q_EMIT chosen();
        }
    });
    connect(m_edit, &QPushButton::clicked, this, &ConnectionPicker::editInteractive);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionPicker::removeCurrent);
    connect(m_store, &ConnectionStore::profilesChanged, this, &ConnectionPicker::reload);
    retranslateUi();
    reload();
}

void ConnectionPicker::retranslateUi()
{
    m_edit->setText(tr("Edit..."));
    m_edit->setToolTip(tr("Edit the chosen connection (saved in the project, without its password)"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the chosen connection from the project"));
    if (const int i = m_combo->findData(kAddEntry); i >= 0)
        m_combo->setItemText(i, tr("Add connection..."));
}

void ConnectionPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionPicker::reload()
{
    {
        const QSignalBlocker block(m_combo);
        m_combo->clear();
        for (const auto &p : m_store->profiles())
            m_combo->addItem(p.name, p.name);
        m_combo->addItem(tr("Add connection..."), kAddEntry);
        const int i = m_combo->findData(m_last);
        m_combo->setCurrentIndex(i >= 0 ? i : 0);
    }
    const bool any = !current().isEmpty();
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    if (any)
        m_last = current();
    Q_EMIT chosen();
}

QString ConnectionPicker::current() const
{
    const QString name = m_combo->currentData().toString();
    return name == kAddEntry ? QString() : name;
}

bool ConnectionPicker::select(const QString &name)
{
    const int i = m_combo->findData(name);
    if (i < 0 || name == kAddEntry)
        return false;
    m_combo->setCurrentIndex(i);
    m_last = name;
    Q_EMIT chosen();
    return true;
}

void ConnectionPicker::addInteractive()
{
    ConnectionDialog dialog(ProjectPaths::projectDir(m_doc), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.profileName().isEmpty()) {
        m_store->setSessionPassword(dialog.profileName(), dialog.sessionPassword());
        m_last = dialog.profileName();
        m_store->addProfile(dialog.profileName(), dialog.profileUrl()); // reloads and selects it
        return;
    }
    const QSignalBlocker block(m_combo);
    const int i = m_combo->findData(m_last);
    m_combo->setCurrentIndex(i >= 0 ? i : 0);
}

void ConnectionPicker::editInteractive()
{
    const QString name = current();
    if (name.isEmpty())
        return;
    ConnectionDialog dialog(ProjectPaths::projectDir(m_doc), this);
    dialog.setProfileName(name);
    dialog.setProfileUrl(m_store->urlOf(name));
    if (dialog.exec() != QDialog::Accepted || dialog.profileName().isEmpty())
        return;
    const QString newName = dialog.profileName();
    m_last = newName; // selected again when the edited list reloads
    if (!m_store->editProfile(name, newName, dialog.profileUrl())) {
        m_last = name;
        Q_EMIT failed(tr("A connection named %1 exists already.").arg(newName));
        return;
    }
    if (!dialog.sessionPassword().isEmpty())
        m_store->setSessionPassword(newName, dialog.sessionPassword());
}

void ConnectionPicker::removeCurrent()
{
    const QString name = current();
    if (name.isEmpty())
        return;
    // Not undoable (a connection is not a design edit): ask first, Cancel being the default.
    QMessageBox box(QMessageBox::Question, tr("Remove Connection"),
                    tr("Remove the connection %1 from the project?").arg(name), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeConnectionConfirm"));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveConnectionButton"));
    QAbstractButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(static_cast<QPushButton *>(cancel));
    box.exec();
    if (box.clickedButton() == remove)
        m_store->removeProfile(name);
}

} // namespace sf::ui
