#include "ui/import/importdialog.h"

#include "ui/connections/connectiondialog.h"
#include "ui/connections/connectionstore.h"
#include "ui/import/importtablelist.h"

#include "core/importer/baseline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace sf::ui {

namespace {
const QString kUrlEntry = QStringLiteral("\x01url");

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QHBoxLayout *hbox(std::initializer_list<QWidget *> widgets, QWidget *stretch)
{
    auto *row = new QHBoxLayout;
    for (QWidget *w : widgets)
        row->addWidget(w, w == stretch ? 1 : 0);
    return row;
}
} // namespace

ImportDialog::ImportDialog(ConnectionStore *store, const QString &projectDir, QWidget *parent)
    : QDialog(parent), m_store(store), m_projectDir(projectDir)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from Database"));
    qRegisterMetaType<sf::ui::ImportSnapshot>();

    m_connection = new QComboBox(this);
    m_connection->setObjectName(QStringLiteral("importConnectionCombo"));
    for (const auto &p : m_store->profiles())
        m_connection->addItem(p.name, p.name);
    m_connection->addItem(tr("URL"), kUrlEntry);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("importUrl"));
    m_url->setPlaceholderText(tr("postgres://user@host:5432/database, mysql://..., sqlite:file.db"));
    m_newConnection = button(tr("New Connection..."), QStringLiteral("importNewConnectionButton"), this);
    m_read = button(tr("Read Tables"), QStringLiteral("readTablesButton"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tables = new ImportTableList(this);
    m_selectAll = button(tr("Select All"), QStringLiteral("selectAllButton"), this);
    m_selectNone = button(tr("Select None"), QStringLiteral("selectNoneButton"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));

    m_baseline = new QCheckBox(tr("Mark as baseline on this database"), this);
    m_baseline->setObjectName(QStringLiteral("baselineCheck"));
    m_baseline->setToolTip(tr("Write the project and a baseline migration of the imported tables, and record that "
                              "migration as already applied on this database, so only later changes are migrated."));
    m_projectPath = new QLineEdit(this);
    m_projectPath->setObjectName(QStringLiteral("importProjectPath"));
    m_projectPath->setPlaceholderText(tr("project.schemaforge.json (its migrations folder is created beside it)"));
    m_browse = button(tr("Browse..."), QStringLiteral("importBrowseButton"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Connection:"), hbox({m_connection, m_newConnection}, m_connection));
    form->addRow(tr("URL:"), hbox({m_url, m_read}, m_url));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_tables, 1);
    layout->addLayout(hbox({m_selectAll, m_selectNone, m_summary}, m_summary));
    layout->addWidget(m_baseline);
    layout->addLayout(hbox({new QLabel(tr("Project file:"), this), m_projectPath, m_browse}, m_projectPath));
    layout->addWidget(m_buttons);
    resize(720, 520);

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("importWorker"));
    m_worker = new ImportWorker;
    m_worker->moveToThread(m_thread);
    connect(m_worker, &ImportWorker::schemaRead, this, &ImportDialog::showSchema);
    connect(m_worker, &ImportWorker::readFailed, this, &ImportDialog::showFailure);
    connect(m_worker, &ImportWorker::baselineWritten, this, &ImportDialog::finishBaseline);
    m_thread->start();

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(0);
    connect(&m_previewTimer, &QTimer::timeout, this, &ImportDialog::refreshPreview);
    connect(m_tables, &ImportTableList::checksChanged, this, [this] {
        setBusy(m_busy, QString()); // Import needs a checked table
        m_previewTimer.start();
    });
    connect(m_connection, &QComboBox::currentIndexChanged, this, &ImportDialog::updateUrlField);
    connect(m_newConnection, &QPushButton::clicked, this, &ImportDialog::newConnection);
    connect(m_read, &QPushButton::clicked, this, &ImportDialog::readTables);
    connect(m_url, &QLineEdit::returnPressed, this, &ImportDialog::readTables);
    connect(m_selectAll, &QPushButton::clicked, this, [this] { m_tables->setAllChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { m_tables->setAllChecked(false); });
    connect(m_baseline, &QCheckBox::toggled, this, [this] { setBusy(m_busy, QString()); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        if (const QString path = askProjectPath(); !path.isEmpty())
            m_projectPath->setText(path);
    });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateUrlField();
    setBusy(false, tr("Choose a connection and read its tables."));
}

ImportDialog::~ImportDialog()
{
    m_thread->quit();
    m_thread->wait(); // a running read finishes (bounded by the connect timeout) before the worker goes
    delete m_worker;
}

bool ImportDialog::selectConnection(const QString &name)
{
    const int i = m_connection->findData(name);
    m_connection->setCurrentIndex(i >= 0 ? i : m_connection->currentIndex());
    return i >= 0;
}

void ImportDialog::setUrl(const QString &url)
{
    m_connection->setCurrentIndex(m_connection->findData(kUrlEntry));
    m_url->setText(url);
}

void ImportDialog::setBaseline(bool on)
{
    m_baseline->setChecked(on);
}
void ImportDialog::setProjectPath(const QString &path)
{
    m_projectPath->setText(path);
}
QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::updateUrlField()
{
    const bool typed = m_connection->currentData().toString() == kUrlEntry;
    m_url->setEnabled(typed && !m_busy);
    if (!typed) // show where the profile points, never a password
        m_url->setText(m_store->urlOf(m_connection->currentData().toString()));
    else
        for (const auto &p : m_store->profiles())
            if (m_url->text() == p.url)
                m_url->clear();
}

QString ImportDialog::Source::connectUrl() const
{
    return ConnectionStore::withPassword(stored, password);
}

ImportDialog::Source ImportDialog::currentSource() const
{
    Source s;
    const QString choice = m_connection->currentData().toString();
    if (choice == kUrlEntry) {
        s.name = tr("imported");
        s.stored = ConnectionStore::withoutPassword(m_url->text().trimmed(), &s.password);
        return s;
    }
    for (const Source &a : m_added)
        if (a.name == choice)
            return a;
    s.name = choice;
    s.stored = m_store->urlOf(choice);
    ConnectionStore::withoutPassword(m_store->connectUrl(choice), &s.password);
    return s;
}

QString ImportDialog::absoluteSqlite(const QString &url) const
{
    const QString prefix = QStringLiteral("sqlite:");
    if (!url.startsWith(prefix) || url.startsWith(QLatin1String("sqlite::memory:")) ||
        url.startsWith(QLatin1String("sqlite://")))
        return url;
    const QString path = url.mid(prefix.size());
    if (QDir::isAbsolutePath(path) || path.contains(QLatin1String("${")))
        return url;
    return prefix + QDir(m_projectDir.isEmpty() ? QDir::currentPath() : m_projectDir).absoluteFilePath(path);
}

void ImportDialog::newConnection()
{
    // Kept in this dialog, not added to the open project: it becomes the imported project's profile.
    ConnectionDialog dialog(m_projectDir, this);
    dialog.setProfileName(tr("imported"));
    if (dialog.exec() != QDialog::Accepted || dialog.profileName().isEmpty())
        return;
    const Source s{dialog.profileName(), dialog.profileUrl(), dialog.sessionPassword()};
    m_added.removeIf([&](const Source &a) { return a.name == s.name; });
    m_added.append(s);
    if (m_connection->findData(s.name) < 0)
        m_connection->insertItem(m_connection->count() - 1, s.name, s.name);
    selectConnection(s.name);
    readTables();
}

void ImportDialog::readTables()
{
    if (m_busy)
        return;
    const Source source = currentSource();
    if (source.stored.isEmpty()) {
        setStatus(tr("Enter a database URL or choose a connection."), true);
        return;
    }
    m_source = source;
    m_snapshot = {};
    m_tables->clear();
    setBusy(true, tr("Reading the tables of %1...").arg(source.stored));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, url = source.connectUrl(), dir = m_projectDir] { w->readSchema(url, dir); });
}

void ImportDialog::showFailure(const QString &message)
{
    setBusy(false, QString());
    setStatus(tr("Could not read the database: %1").arg(message), true);
    Q_EMIT failed(message);
}

void ImportDialog::showSchema(const ImportSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_tables->setTables(snapshot.live->schema);
    const int n = int(snapshot.live->schema.tables.size());
    setBusy(false, n ? tr("%1 at %2: %n table(s) found.", nullptr, n).arg(snapshot.server, snapshot.location)
                     : tr("%1 at %2 has no tables to import.").arg(snapshot.server, snapshot.location));
    refreshPreview();
    Q_EMIT tablesRead(n);
}

usecase::ImportDesign ImportDialog::runImport(const QStringList &excluded, const QString &name, bool full) const
{
    usecase::ImportDesignOptions options;
    options.name = name.toStdString();
    options.dialect = m_snapshot.dialect.toStdString();
    options.layoutAndCheck = full; // the preview only needs the models
    for (const QString &t : excluded)
        options.excludeTables.push_back(t.toStdString());
    return usecase::ImportJob::design(*m_snapshot.live, options);
}

void ImportDialog::refreshPreview()
{
    m_previewTimer.stop();
    if (!m_snapshot.live)
        return;
    const QStringList excluded = m_tables->uncheckedTables();
    m_tables->showOutcome(runImport(excluded, QString(), false).project.design);
    const int total = m_tables->topLevelItemCount();
    m_summary->setText(tr("%1 of %n table(s) selected", nullptr, total).arg(total - excluded.size()));
    setBusy(m_busy, QString());
}

project::Project ImportDialog::buildProject(usecase::ImportDesign imported) const
{
    project::Project p = std::move(imported.project);
    p.connections.push_back({m_source.name.toStdString(), absoluteSqlite(m_source.stored).toStdString()});
    return p;
}

QString ImportDialog::askProjectPath()
{
    return QFileDialog::getSaveFileName(this, tr("Save Imported Project As"),
                                        QDir(m_projectDir).filePath(QStringLiteral("imported.schemaforge.json")),
                                        tr("SchemaForge projects (*.schemaforge.json)"));
}

QString ImportDialog::resolveProjectPath(QString *error)
{
    QString path = m_projectPath->text().trimmed();
    if (path.isEmpty()) {
        path = m_choosePath ? m_choosePath() : askProjectPath();
        if (path.isEmpty())
            return {};
    }
    if (!path.endsWith(QLatin1String(".schemaforge.json")))
        path = (path.endsWith(QLatin1String(".json")) ? path.chopped(5) : path) + QStringLiteral(".schemaforge.json");
    path = QFileInfo(path).absoluteFilePath();
    const QString native = QDir::toNativeSeparators(path);
    m_projectPath->setText(native);
    if (QFileInfo::exists(path))
        *error = tr("%1 already exists. Import writes a new project: choose another file name.").arg(native);
    else if (!importer::Baseline::checkTarget(project::Project(), path.toStdString()).empty())
        *error = tr("The migrations folder beside %1 already holds migrations: choose an empty folder for the "
                    "imported project.")
                     .arg(native);
    return error->isEmpty() ? path : QString();
}

void ImportDialog::startImport()
{
    if (m_busy || !m_snapshot.live)
        return;
    if (m_tables->checkedTables().isEmpty()) {
        setStatus(tr("Select at least one table to import."), true);
        return;
    }
    QString path, error;
    if (m_baseline->isChecked() && (path = resolveProjectPath(&error)).isEmpty()) {
        if (!error.isEmpty()) // else the file chooser was cancelled
            setStatus(error, true);
        return;
    }
    if (m_confirmReplace && !m_confirmReplace())
        return;
    QString name = QFileInfo(m_snapshot.location).completeBaseName();
    if (!path.isEmpty())
        name = QFileInfo(path).fileName().chopped(int(qstrlen(".schemaforge.json")));
    usecase::ImportDesign imported =
        runImport(m_tables->uncheckedTables(), name.isEmpty() ? QStringLiteral("imported") : name, true);
    m_report = imported.report;
    for (const auto &w : m_snapshot.live->warnings)
        m_report.push_back({importer::ImportNote::Severity::Info, "introspection", {}, {}, w, {}});
    // The fidelity check `schemaforge-cli import` prints: where migrations from this design differ.
    for (const auto &d : imported.differences)
        m_report.push_back({importer::ImportNote::Severity::Info, "fidelity", {}, {}, d, {}});
    m_project = buildProject(std::move(imported));
    if (path.isEmpty()) {
        accept();
        return;
    }
    m_writtenPath = path;
    setBusy(true, tr("Writing %1 and its baseline migration...").arg(QDir::toNativeSeparators(path)));
    auto project = std::make_shared<const project::Project>(m_project);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, url = m_source.connectUrl(), dir = m_projectDir, project, path] {
        w->writeBaseline(url, dir, project, path);
    });
}

void ImportDialog::finishBaseline(bool ok, const QString &error)
{
    setBusy(false, QString());
    if (ok) {
        accept();
        return;
    }
    m_writtenPath.clear();
    setStatus(tr("The import did not finish: %1").arg(error), true);
    Q_EMIT failed(error);
}

void ImportDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    const bool haveTables = m_snapshot.live && m_tables->topLevelItemCount() > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_connection, m_newConnection, m_read})
        w->setEnabled(!busy);
    m_url->setEnabled(!busy && m_connection->currentData().toString() == kUrlEntry);
    for (QWidget *w : std::initializer_list<QWidget *>{m_tables, m_selectAll, m_selectNone, m_baseline})
        w->setEnabled(!busy && haveTables);
    m_projectPath->setEnabled(!busy && haveTables && m_baseline->isChecked());
    m_browse->setEnabled(m_projectPath->isEnabled());
    m_import->setEnabled(!busy && haveTables && !m_tables->checkedTables().isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy || m_snapshot.live == nullptr);
    if (!message.isNull())
        setStatus(message, false);
}

void ImportDialog::reject()
{
    if (m_busy && m_snapshot.live)
        return; // the baseline is being written: let it finish so the outcome is known
    QDialog::reject();
}

void ImportDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace sf::ui
