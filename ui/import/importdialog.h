#pragma once
// ImportDialog is "Database > Import from Database...": choose a connection (a stored profile, a
// new one through ConnectionDialog, or a URL), read its tables on an ImportWorker thread (the
// window stays responsive), preview them with checkboxes and what each becomes, and import the
// checked ones into a new design (auto-laid out), optionally written as a project whose baseline
// migration is marked applied on that database. Errors stay in the dialog and change nothing.
// The caller takes the result after accepted(); a QDialog owned by its parent; GUI thread only.
// Every interactive step (replace confirmation, project file chooser) can be preset or replaced
// so tests drive it without modal boxes.

#include "ui/import/importworker.h"

#include "core/importer/importer.h"
#include "core/project/project.h"
#include "core/usecase/importjob.h"

#include <QDialog>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

namespace sf::ui {

class ConnectionStore;
class ImportTableList;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // store: the window's connection profiles (not owned); projectDir: base for relative sqlite: paths.
    ImportDialog(ConnectionStore *store, const QString &projectDir, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // ---- Setup and test hooks ----
    bool selectConnection(const QString &name);
    void setUrl(const QString &url); // selects "URL" and fills it (a password is used, not stored)
    void setBaseline(bool on);
    void setProjectPath(const QString &path); // where the baseline project is written
    // Asked right before the current document is replaced (e.g. the unsaved-changes prompt).
    void setReplaceConfirmation(std::function<bool()> confirm) { m_confirmReplace = std::move(confirm); }
    // Chooses the project file when baseline is on and none was given (default: a save dialog).
    void setProjectPathChooser(std::function<QString()> chooser) { m_choosePath = std::move(chooser); }

    ImportTableList *tableList() const { return m_tables; }
    QString statusText() const;
    bool isBusy() const { return m_busy; }

    // ---- Result, valid after accepted() ----
    // The new project; its one connection profile is the database it was read from (no password).
    const project::Project &importedProject() const { return m_project; }
    QString connectionName() const { return m_source.name; }
    // A password typed for that connection, to keep for this session only (never store it).
    QString sessionPassword() const { return m_source.password; }
    // The written project file when a baseline was written; empty for an untitled project.
    QString writtenProjectPath() const { return m_writtenPath; }
    const std::vector<importer::ImportNote> &report() const { return m_report; }

public Q_SLOTS:
    void readTables();
    void startImport();
    void reject() override;

Q_SIGNALS:
    void tablesRead(int count);
    void failed(const QString &message);

private:
    struct Source {
        QString name;     // profile name
        QString stored;   // URL without a literal password
        QString password; // session password ("" when none or read from the environment)
        QString connectUrl() const;
    };
    Source currentSource() const;
    QString absoluteSqlite(const QString &url) const;
    void newConnection();
    void updateUrlField();
    void showSchema(const sf::ui::ImportSnapshot &snapshot);
    void showFailure(const QString &message);
    void finishBaseline(bool ok, const QString &error);
    void refreshPreview();
    void setBusy(bool busy, const QString &message);
    void setStatus(const QString &text, bool error);
    // core's import (usecase::ImportJob::design); full: also lay out and check fidelity.
    usecase::ImportDesign runImport(const QStringList &excluded, const QString &name, bool full) const;
    project::Project buildProject(usecase::ImportDesign imported) const;
    QString askProjectPath();
    QString resolveProjectPath(QString *error);

    ConnectionStore *m_store;
    QString m_projectDir;
    QComboBox *m_connection;
    QLineEdit *m_url;
    QPushButton *m_newConnection;
    QPushButton *m_read;
    QLabel *m_status;
    ImportTableList *m_tables;
    QPushButton *m_selectAll;
    QPushButton *m_selectNone;
    QLabel *m_summary;
    QCheckBox *m_baseline;
    QLineEdit *m_projectPath;
    QPushButton *m_browse;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QTimer m_previewTimer;
    QThread *m_thread;
    ImportWorker *m_worker;
    bool m_busy = false;
    std::function<bool()> m_confirmReplace;
    std::function<QString()> m_choosePath;

    ImportSnapshot m_snapshot;
    QList<Source> m_added; // made with "New Connection..." in this dialog
    Source m_source;       // the connection the snapshot was read from
    project::Project m_project;
    QString m_writtenPath;
    std::vector<importer::ImportNote> m_report;
};

} // namespace sf::ui
