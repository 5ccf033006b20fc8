#pragma once
// SqlPreviewPanel shows SQL without touching a database: the pending design change (up and down),
// a chosen migration (up, down and its sequelize-cli .js) or the design's full CREATE script, for
// a chosen dialect (following the active connection's by default), with Copy and Save.
// Threading: an edit on an idle panel starts a PreviewJob at the next event-loop turn (after the
// edit's command has finished); edits made while a job runs are coalesced into one job started when
// it ends. Jobs run on the panel's own QThreadPool (one worker) on the document's shared immutable
// snapshot (no copy) and reuse the lowered design of the PhysicalCache when it is fresh; every
// request bumps a generation counter and results of older generations are dropped, so typing never
// waits for SQL. Owned by its parent; GUI thread.

#include "ui/preview/previewjob.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace sf::ui {

class DocumentController;

class SqlPreviewPanel : public QWidget
{
    Q_OBJECT
public:
    enum class View { Pending, Migration, CreateScript };

    explicit SqlPreviewPanel(DocumentController *doc, QWidget *parent = nullptr);
    ~SqlPreviewPanel() override;

    void setView(View view);
    View view() const;
    void setDialect(const QString &dialect); // a project dialect name; stops following the connection
    QString dialect() const;
    // Shows one migration (switches to the Migration view).
    void showMigration(const QString &id);

    QString upText() const;
    QString downText() const;
    QString jsText() const;
    QString errorText() const;
    QPlainTextEdit *upEditor() const { return m_up; }
    // Milliseconds from the latest edit to the preview showing it; -1 before the first preview.
    qint64 lastLatencyMs() const { return m_lastLatencyMs; }
    qint64 lastComputeMs() const { return m_lastComputeMs; }
    // Lint findings of the pending change shown last (the Pending view; kept while another view shows).
    const std::vector<lint::Finding> &findings() const { return m_findings; }
    bool isUpToDate() const;

public Q_SLOTS:
    // The active connection's dialect; applied while "Follow connection" is checked.
    void setConnectionDialect(const QString &dialect);
    // Re-reads the migrations folder (after a migration was generated) and recomputes.
    void reloadMigrations();
    void schedule();

Q_SIGNALS:
    void previewUpdated();
    // The pending change's lint findings changed (see findings()).
    void findingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateChoices();
    void startJob();
    void jobFinished(const PreviewResult &result, quint64 editSerial);
    void applyResult(const PreviewResult &result);
    void updateTabs();
    void copyCurrent();
    void saveCurrent();
    QPlainTextEdit *makeEditor(const QString &objectName);

    DocumentController *m_doc;
    QComboBox *m_view;
    QComboBox *m_migration;
    QComboBox *m_dialect;
    QCheckBox *m_follow;
    QCheckBox *m_wrap;
    QString m_connectionDialect; // the latest one the Migrations panel reported
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_up;
    QPlainTextEdit *m_down;
    QPlainTextEdit *m_js;
    QString m_error;

    QTimer m_kick; // 0 ms: starts the job once the edit's command has returned
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_shown = 0;
    int m_running = 0;         // jobs started and not finished
    bool m_dirty = false;      // an edit arrived while a job was running
    quint64 m_editSerial = 0;  // counts edits
    quint64 m_shownSerial = 0; // the edit the shown preview includes
    QElapsedTimer m_burst;     // restarted at every edit, invalid once shown
    qint64 m_lastLatencyMs = -1;
    qint64 m_lastComputeMs = -1;
    std::vector<lint::Finding> m_findings;
};

} // namespace sf::ui
