#pragma once
// ProblemsPanel lists the design's validation problems (sf::design::validate), recomputed on the
// GUI thread 150 ms after the last DocumentController change, plus the drift found by the last
// "Check drift", the lint findings of the pending change (from the SQL preview) and the report of
// the last import from a database (until another project replaces it); activating a row emits objectActivated so the
// window can select and focus it. Owned by its parent; GUI thread only.

#include "ui/migrations/migrationworker.h"

#include "core/importer/importer.h"
#include "core/lint/finding.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sf::ui {

class DocumentController;

class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(DocumentController *doc, QWidget *parent = nullptr);

    int problemCount() const; // validation rows
    int driftCount() const { return int(m_drift.size()); }
    int importNoteCount() const { return int(m_import.size()); }
    int lintCount() const { return int(m_lint.size()); }
    QTreeWidget *list() const { return m_list; }
    // The model whose table is `table` (as the design lowers it), or "".
    QString modelForTable(const QString &table) const;
    // Model ids whose tables appear in the drift list.
    QStringList driftModelIds() const;

public Q_SLOTS:
    void recompute();
    void setDrift(const QList<sf::ui::DriftRow> &items);
    // Info rows for import decisions, warning rows for objects kept only as raw-SQL notes.
    void setImportReport(const std::vector<sf::importer::ImportNote> &notes);
    // Rows for the pending change's lint findings (errors and warnings counted, lock notes as info).
    void setLintFindings(const std::vector<sf::lint::Finding> &findings);

Q_SIGNALS:
    // ownerId: the model or association to select; focusId: the attribute (or the same id).
    void objectActivated(const QString &ownerId, const QString &focusId);
    void problemsChanged(int errors, int warnings);

private:
    void rebuild();
    void activate(QTreeWidgetItem *item);

    DocumentController *m_doc;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QTimer m_debounce;
    QList<DriftRow> m_drift;
    std::vector<importer::ImportNote> m_import;
    std::vector<lint::Finding> m_lint;
    int m_problems = 0;
};

} // namespace sf::ui
