#include "ui/preview/sqlpreviewpanel.h"

#include "core/sql/dialectid.h"
#include "ui/document/documentcontroller.h"
#include "ui/document/physicalcache.h"
#include "ui/document/projectpaths.h"
#include "ui/preview/sqlformatter.h"
#include "ui/preview/sqlhighlighter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sf::ui {

SqlPreviewPanel::SqlPreviewPanel(DocumentController *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    setObjectName(QStringLiteral("sqlPreviewPanel"));
    m_pool.setMaxThreadCount(1);

    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("previewView"));
    for (View v : {View::Pending, View::Migration, View::CreateScript})
        m_view->addItem(QString(), int(v));
    m_migration = new QComboBox(this);
    m_migration->setObjectName(QStringLiteral("previewMigration"));
    m_migration->setMinimumContentsLength(24);
    m_dialect = new QComboBox(this);
    m_dialect->setObjectName(QStringLiteral("previewDialect"));
    for (const sql::DialectId d : sql::projectDialects())
        m_dialect->addItem(QString(), QString::fromStdString(std::string(sql::dialectName(d))));
    retranslateChoices();
    m_dialect->setCurrentIndex(
        std::max(0, m_dialect->findData(QString::fromStdString(doc->project().defaultDialect()))));
    m_follow = new QCheckBox(tr("Follow connection"), this);
    m_follow->setObjectName(QStringLiteral("previewFollow"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Use the dialect of the connection chosen in the Migrations panel"));
    m_wrap = new QCheckBox(tr("Wrap lines"), this);
    m_wrap->setObjectName(QStringLiteral("previewWrap"));
    m_wrap->setChecked(true);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("previewCopy"));
    m_save = new QPushButton(tr("Save..."), this);
    m_save->setObjectName(QStringLiteral("previewSave"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));

    m_tabs = new QTabWidget(this);
    m_up = makeEditor(QStringLiteral("previewUp"));
    m_down = makeEditor(QStringLiteral("previewDown"));
    m_js = makeEditor(QStringLiteral("previewJs"));
    m_tabs->addTab(m_up, tr("Up"));
    m_tabs->addTab(m_down, tr("Down"));
    m_tabs->addTab(m_js, tr("Migration file (.js)"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_view);
    bar->addWidget(m_migration);
    bar->addWidget(new QLabel(tr("Dialect:"), this));
    bar->addWidget(m_dialect);
    bar->addWidget(m_follow);
    bar->addWidget(m_wrap);
    bar->addStretch();
    bar->addWidget(m_status);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_tabs);

    m_kick.setSingleShot(true);
    m_kick.setInterval(0);
    connect(&m_kick, &QTimer::timeout, this, &SqlPreviewPanel::startJob);

    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        updateTabs();
        startJob();
    });
    connect(m_migration, &QComboBox::currentIndexChanged, this, [this] {
        if (view() == View::Migration)
            startJob();
    });
    connect(m_dialect, &QComboBox::activated, this, [this] { m_follow->setChecked(false); });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_connectionDialect.isEmpty())
            setConnectionDialect(m_connectionDialect); // ticked again: back to the connection's dialect
    });
    connect(m_wrap, &QCheckBox::toggled, this, [this](bool on) {
        for (QPlainTextEdit *e : {m_up, m_down, m_js})
            e->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    });
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &SqlPreviewPanel::startJob);
    connect(m_copy, &QPushButton::clicked, this, &SqlPreviewPanel::copyCurrent);
    connect(m_save, &QPushButton::clicked, this, &SqlPreviewPanel::saveCurrent);

    for (auto signal : {&DocumentController::modelAdded, &DocumentController::modelRemoved,
                        &DocumentController::modelChanged, &DocumentController::associationAdded,
                        &DocumentController::associationRemoved, &DocumentController::associationChanged})
        connect(doc, signal, this, &SqlPreviewPanel::schedule);
    connect(doc, &DocumentController::projectReset, this, &SqlPreviewPanel::reloadMigrations);
    connect(doc, &DocumentController::filePathChanged, this, &SqlPreviewPanel::reloadMigrations);

    updateTabs();
    reloadMigrations();
}

SqlPreviewPanel::~SqlPreviewPanel()
{
    m_latest->fetch_add(1); // queued jobs skip their work
    m_pool.clear();
    m_pool.waitForDone();
}

void SqlPreviewPanel::retranslateChoices()
{
    m_view->setItemText(m_view->findData(int(View::Pending)), tr("Pending change"));
    m_view->setItemText(m_view->findData(int(View::Migration)), tr("Migration"));
    m_view->setItemText(m_view->findData(int(View::CreateScript)), tr("Full CREATE script"));
    for (int i = 0; i < m_dialect->count(); ++i)
        switch (sql::dialectIdFromName(m_dialect->itemData(i).toString().toStdString()).value()) {
        case sql::DialectId::Postgres:
            m_dialect->setItemText(i, tr("PostgreSQL"));
            break;
        case sql::DialectId::MySql:
        case sql::DialectId::MariaDb:
            m_dialect->setItemText(i, tr("MySQL / MariaDB"));
            break;
        case sql::DialectId::Sqlite:
            m_dialect->setItemText(i, tr("SQLite"));
            break;
        }
}

void SqlPreviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateChoices(); // combo items are not retranslated for us (they may be user data)
        updateTabs();
    }
    QWidget::changeEvent(event);
}

QPlainTextEdit *SqlPreviewPanel::makeEditor(const QString &objectName)
{
    auto *e = new QPlainTextEdit(this);
    e->setObjectName(objectName);
    e->setReadOnly(true);
    e->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    e->setFont(mono);
    (new SqlHighlighter(e->document()))->followPalette(e);
    return e;
}

SqlPreviewPanel::View SqlPreviewPanel::view() const
{
    return View(m_view->currentData().toInt());
}

void SqlPreviewPanel::setView(View v)
{
    m_view->setCurrentIndex(m_view->findData(int(v)));
}

QString SqlPreviewPanel::dialect() const
{
    return m_dialect->currentData().toString();
}

void SqlPreviewPanel::setDialect(const QString &dialect)
{
    m_follow->setChecked(false);
    if (const int i = m_dialect->findData(dialect); i >= 0)
        m_dialect->setCurrentIndex(i);
}

void SqlPreviewPanel::setConnectionDialect(const QString &dialect)
{
    m_connectionDialect = dialect;
    if (!m_follow->isChecked())
        return;
    const QString d = QString::fromStdString(sql::projectDialectOf(dialect.toStdString()));
    if (const int i = m_dialect->findData(d); i >= 0)
        m_dialect->setCurrentIndex(i);
}

void SqlPreviewPanel::showMigration(const QString &id)
{
    reloadMigrations();
    if (const int i = m_migration->findData(id); i >= 0)
        m_migration->setCurrentIndex(i);
    setView(View::Migration);
}

QString SqlPreviewPanel::upText() const
{
    return m_up->toPlainText();
}
QString SqlPreviewPanel::downText() const
{
    return m_down->toPlainText();
}
QString SqlPreviewPanel::jsText() const
{
    return m_js->toPlainText();
}
QString SqlPreviewPanel::errorText() const
{
    return m_error;
}
bool SqlPreviewPanel::isUpToDate() const
{
    return !m_kick.isActive() && !m_dirty && m_shown == m_latest->load() && m_shownSerial == m_editSerial;
}

void SqlPreviewPanel::reloadMigrations()
{
    const QString current = m_migration->currentData().toString();
    QStringList ids;
    if (const QString dir = ProjectPaths::migrationsDir(m_doc); !dir.isEmpty())
        for (const QString &f : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            ids << f.chopped(5);
    {
        const QSignalBlocker block(m_migration);
        m_migration->clear();
        for (auto it = ids.crbegin(); it != ids.crend(); ++it) // newest first
            m_migration->addItem(*it, *it);
        if (const int i = m_migration->findData(current); i >= 0)
            m_migration->setCurrentIndex(i);
    }
    updateTabs();
    startJob();
}

void SqlPreviewPanel::schedule()
{
    m_burst.start(); // latency is measured from the latest edit
    ++m_editSerial;
    if (m_running > 0)
        m_dirty = true; // coalesced: one job after the running one
    else if (!m_kick.isActive())
        m_kick.start();
}

void SqlPreviewPanel::updateTabs()
{
    const View v = view();
    m_migration->setVisible(v == View::Migration);
    m_tabs->setTabText(0, v == View::CreateScript ? tr("Script") : tr("Up"));
    m_tabs->setTabVisible(1, v != View::CreateScript);
    m_tabs->setTabVisible(2, v == View::Migration);
}

void SqlPreviewPanel::startJob()
{
    m_kick.stop();
    m_dirty = false;
    if (!m_burst.isValid())
        m_burst.start();
    const quint64 serial = m_editSerial;
    PreviewRequest request;
    request.kind = view() == View::Pending     ? PreviewRequest::Kind::Pending
                   : view() == View::Migration ? PreviewRequest::Kind::Migration
                                               : PreviewRequest::Kind::CreateScript;
    request.dialect = dialect();
    request.migrationsDir = ProjectPaths::migrationsDir(m_doc);
    request.migrationId = m_migration->currentData().toString();
    if (request.kind == PreviewRequest::Kind::Migration && request.migrationId.isEmpty()) {
        m_latest->fetch_add(1);
        PreviewResult empty;
        empty.generation = m_latest->load();
        empty.error = tr("No migration has been generated yet.");
        m_shownSerial = serial;
        applyResult(empty);
        return;
    }
    request.project = m_doc->snapshot();
    request.designRevision = m_doc->designRevision();
    if (request.kind == PreviewRequest::Kind::Pending)
        request.wanted = m_doc->physical()->cachedSnapshot();
    request.generation = m_latest->fetch_add(1) + 1;
    m_status->setText(tr("Updating..."));
    ++m_running;
    m_pool.start(new PreviewJob(std::move(request), m_latest, [this, serial](PreviewResult r) {
        // The panel waits for its pool before it is destroyed, so `this` outlives the job.
        QMetaObject::invokeMethod(
            this, [this, serial, r = std::move(r)] { jobFinished(r, serial); }, Qt::QueuedConnection);
    }));
}

void SqlPreviewPanel::jobFinished(const PreviewResult &result, quint64 editSerial)
{
    m_running = std::max(0, m_running - 1);
    if (result.lowered)
        m_doc->physical()->adopt(result.designRevision, result.lowered);
    if (!result.skipped && result.generation == m_latest->load()) {
        m_shownSerial = editSerial;
        applyResult(result);
    }
    if (m_dirty && m_running == 0)
        startJob(); // the edits made meanwhile, all in one job
}

void SqlPreviewPanel::applyResult(const PreviewResult &result)
{
    if (result.generation != m_latest->load())
        return; // stale
    m_shown = result.generation;
    m_error = result.error;
    if (!result.error.isEmpty()) {
        const QString text = QStringLiteral("-- ") + result.error;
        m_up->setPlainText(text);
        m_down->setPlainText(text);
        m_js->clear();
        m_status->setText(tr("Cannot preview"));
    } else {
        m_up->setPlainText(result.up.isEmpty() ? tr("-- No changes") : SqlFormatter::pretty(result.up));
        m_down->setPlainText(result.down.isEmpty() ? tr("-- No changes") : SqlFormatter::pretty(result.down));
        m_js->setPlainText(result.js);
        m_status->setText(tr("Computed in %1 ms").arg(result.computeMs));
    }
    m_lastComputeMs = result.computeMs;
    if (result.pending) {
        const bool changed = !(result.findings.empty() && m_findings.empty());
        m_findings = result.findings;
        if (changed)
            Q_EMIT findingsChanged();
    }
    if (m_burst.isValid() && m_shownSerial == m_editSerial) { // shows the latest edit
        m_lastLatencyMs = m_burst.elapsed();
        m_burst.invalidate();
    }
    Q_EMIT previewUpdated();
}

void SqlPreviewPanel::copyCurrent()
{
    if (auto *e = qobject_cast<QPlainTextEdit *>(m_tabs->currentWidget()))
        QApplication::clipboard()->setText(e->toPlainText());
}

void SqlPreviewPanel::saveCurrent()
{
    auto *e = qobject_cast<QPlainTextEdit *>(m_tabs->currentWidget());
    if (!e)
        return;
    const bool js = e == m_js;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save SQL"), QString(),
                                                      js ? tr("JavaScript files (*.js)") : tr("SQL files (*.sql)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(e->toPlainText().toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save SQL"),
                             tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace sf::ui
