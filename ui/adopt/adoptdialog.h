#pragma once
// AdoptDialog is File > Open Sequelize Project...: it surveys a sequelize-cli project folder in the
// background (core's Adopter: models, links, migrations applied/pending on the project's database,
// problems), shows what it found, and writes the project only when the user presses Adopt; Cancel
// writes nothing. Accepted means the project file exists and projectFile() names it.

#include "ui/adopt/adoptworker.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QThread;
class QTreeWidget;

namespace sf::ui {

class AdoptDialog : public QDialog
{
    Q_OBJECT
public:
    // Starts the survey at once. replaceExisting: the user agreed to overwrite the project file.
    AdoptDialog(const QString &projectDir, bool replaceExisting, QWidget *parent = nullptr);
    ~AdoptDialog() override;

    QString projectFile() const { return m_projectFile; }
    bool isBusy() const { return m_busy; }

private:
    void startSurvey();
    void showPlan(const AdoptPlanPtr &plan);
    void startWrite();
    void finishWrite(bool ok, const QString &error);
    void setBusy(bool busy, const QString &status);

    QString m_projectDir;
    bool m_replaceExisting;
    QString m_projectFile;
    AdoptPlanPtr m_plan;
    bool m_busy = false;
    QComboBox *m_from;
    QLabel *m_status;
    QLabel *m_header;
    QTreeWidget *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_adopt;
    QThread *m_thread;
    AdoptWorker *m_worker;
};

} // namespace sf::ui
