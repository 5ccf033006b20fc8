#include "ui/shell/fileactions.h"

#include "core/project/projectfile.h"
#include "core/sequelize/adopter.h"
#include "ui/adopt/adoptdialog.h"
#include "ui/document/documentcontroller.h"
#include "ui/export/diagramexporter.h"
#include "ui/shell/icons.h"
#include "ui/shell/recentfiles.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>

// The resources live in the static sf_ui library: make sure its initializer is linked and run.
static void initSchemaForgeResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace sf::ui {

FileActions::FileActions(DocumentController *doc, DiagramScene *scene, QWidget *window, QMenu *fileMenu)
    : QObject(window), m_doc(doc), m_scene(scene), m_window(window)
{
    createMenu(fileMenu);
}

void FileActions::createMenu(QMenu *file)
{
    const auto add = [file](const QString &text, const char *name, const QString &icon = {}) {
        QAction *a = icon.isEmpty() ? file->addAction(text) : file->addAction(Icons::get(icon), text);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    QAction *newAct = add(tr("&New"), "actionNew", QStringLiteral("document-new"));
    newAct->setShortcut(QKeySequence::New);
    QAction *openAct = add(tr("&Open..."), "actionOpen", QStringLiteral("document-open"));
    openAct->setShortcut(QKeySequence::Open);
    QAction *adoptAct = add(tr("Open Se&quelize Project..."), "actionOpenSequelizeProject");
    adoptAct->setToolTip(tr("Adopt an existing sequelize-cli project folder: its models, migrations and database"));
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    QMenu *examples = file->addMenu(tr("Open E&xample"));
    examples->setObjectName(QStringLiteral("examplesMenu"));
    file->addSeparator();
    QAction *saveAct = add(tr("&Save"), "actionSave", QStringLiteral("document-save"));
    saveAct->setShortcut(QKeySequence::Save);
    QAction *saveAsAct = add(tr("Save &As..."), "actionSaveAs");
    saveAsAct->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export Diagram"));
    exportMenu->setObjectName(QStringLiteral("exportDiagramMenu"));
    QAction *png = exportMenu->addAction(tr("As &PNG Image..."));
    png->setObjectName(QStringLiteral("actionExportPng"));
    QAction *svg = exportMenu->addAction(tr("As &SVG Image..."));
    svg->setObjectName(QStringLiteral("actionExportSvg"));
    QAction *pdf = exportMenu->addAction(tr("As P&DF..."));
    pdf->setObjectName(QStringLiteral("actionExportPdf"));
    QAction *printAct = add(tr("&Print..."), "actionPrint");
    printAct->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *closeAct = add(tr("&Close"), "actionClose");
    closeAct->setShortcut(QKeySequence::Close);
    QAction *quitAct = add(tr("&Quit"), "actionQuit");
    quitAct->setShortcut(QKeySequence::Quit);
    quitAct->setMenuRole(QAction::QuitRole);
    m_toolBarActions = {newAct, openAct, saveAct};

    connect(newAct, &QAction::triggered, this, &FileActions::newProject);
    connect(openAct, &QAction::triggered, this, &FileActions::open);
    connect(adoptAct, &QAction::triggered, this, &FileActions::openSequelizeProject);
    connect(saveAct, &QAction::triggered, this, &FileActions::save);
    connect(saveAsAct, &QAction::triggered, this, &FileActions::saveAs);
    connect(png, &QAction::triggered, this, &FileActions::exportPng);
    connect(svg, &QAction::triggered, this, &FileActions::exportSvg);
    connect(pdf, &QAction::triggered, this, &FileActions::exportPdf);
    connect(printAct, &QAction::triggered, this, &FileActions::print);
    connect(closeAct, &QAction::triggered, m_window, &QWidget::close);
    connect(quitAct, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_recent = new RecentFiles(recent, this);
    connect(m_recent, &RecentFiles::fileChosen, this, [this](const QString &path) {
        if (maybeSave())
            openInteractive(path);
    });
    for (const QString &res : bundledExamples()) {
        const QString name = QFileInfo(res).dir().dirName();
        QAction *a = examples->addAction(name);
        a->setObjectName(QStringLiteral("actionExample_") + name);
        connect(a, &QAction::triggered, this, [this, res] {
            if (!maybeSave())
                return;
            QString error;
            if (!openExample(res, &error))
                QMessageBox::critical(m_window, tr("Open Example"), error);
        });
    }
    if (examples->isEmpty()) {
        QAction *none = examples->addAction(tr("No examples bundled"));
        none->setObjectName(QStringLiteral("actionNoExamples"));
        none->setEnabled(false);
    }
}

QStringList FileActions::bundledExamples()
{
    initSchemaForgeResources();
    QStringList out;
    QDirIterator it(QStringLiteral(":/examples"), {QStringLiteral("*.schemaforge.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

bool FileActions::openPath(const QString &path, QString *error)
{
    if (!m_doc->load(path, error))
        return false;
    m_recent->add(path);
    Q_EMIT projectOpened(m_doc->filePath());
    return true;
}

bool FileActions::savePath(const QString &path, QString *error)
{
    if (!m_doc->save(path, error))
        return false;
    m_recent->add(path);
    return true;
}

bool FileActions::openExample(const QString &resourcePath, QString *error)
{
    QFile f(resourcePath);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The example %1 is missing from this build.").arg(resourcePath);
        return false;
    }
    project::LoadResult r = project::ProjectFile::loadFromString(f.readAll().toStdString());
    if (!r) {
        if (error)
            *error = tr("The example %1 does not load: %2").arg(resourcePath, QString::fromStdString(r.error));
        return false;
    }
    m_doc->resetProject(std::move(r.project), QString());
    Q_EMIT projectOpened(QString());
    return true;
}

QString FileActions::dialogDirectory() const
{
    if (!m_doc->filePath().isEmpty())
        return QFileInfo(m_doc->filePath()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileActions::newProject()
{
    if (maybeSave())
        m_doc->newProject();
}

void FileActions::openInteractive(const QString &path)
{
    QString error;
    if (!openPath(path, &error)) {
        QMessageBox::critical(
            m_window, tr("Open Project"),
            tr("%1 could not be opened. Nothing was changed.\n\n%2").arg(QDir::toNativeSeparators(path), error));
    }
}

void FileActions::open()
{
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Project"), dialogDirectory(),
                                     tr("SchemaForge projects (*.schemaforge.json);;JSON files (*.json)"));
    if (!path.isEmpty())
        openInteractive(path);
}

void FileActions::openSequelizeProject()
{
    if (!maybeSave())
        return;
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Open Sequelize Project"), dialogDirectory());
    if (!folder.isEmpty())
        adoptFolder(folder);
}

void FileActions::adoptFolder(const QString &folder)
{
    const QString existing = QString::fromStdString(sequelize::Adopter::defaultProjectFile(folder.toStdString()));
    bool replace = false;
    if (QFileInfo::exists(existing)) {
        // Adopting again would overwrite the design and its layout: never without asking.
        QMessageBox box(QMessageBox::Question, tr("Open Sequelize Project"),
                        tr("%1 has already been adopted: %2 exists.")
                            .arg(QDir::toNativeSeparators(folder), QFileInfo(existing).fileName()),
                        QMessageBox::Cancel, m_window);
        box.setInformativeText(tr("Open that project, or adopt the folder again and replace the file?"));
        QPushButton *openIt = box.addButton(tr("Open It"), QMessageBox::AcceptRole);
        openIt->setObjectName(QStringLiteral("openExistingButton"));
        QPushButton *again = box.addButton(tr("Adopt Again"), QMessageBox::DestructiveRole);
        again->setObjectName(QStringLiteral("adoptAgainButton"));
        box.setDefaultButton(openIt);
        box.exec();
        if (box.clickedButton() == openIt) {
            openInteractive(existing);
            return;
        }
        if (box.clickedButton() != again)
            return;
        replace = true;
    }
    auto *dialog = new AdoptDialog(folder, replace, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openInteractive(dialog->projectFile()); });
    dialog->open();
}

bool FileActions::save()
{
    if (m_doc->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!savePath(m_doc->filePath(), &error)) {
        QMessageBox::critical(m_window, tr("Save Project"), error);
        return false;
    }
    return true;
}

bool FileActions::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Project As"), QDir(dialogDirectory()).filePath(QStringLiteral("project.schemaforge.json")),
        tr("SchemaForge projects (*.schemaforge.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".schemaforge.json");
    QString error;
    if (!savePath(path, &error)) {
        QMessageBox::critical(m_window, tr("Save Project"), error);
        return false;
    }
    return true;
}

void FileActions::exportPng()
{
    bool ok = false;
    const double scale = QInputDialog::getDouble(m_window, tr("Export Diagram as PNG"), tr("Scale (1 = 100 %):"), 2.0,
                                                 0.25, 8.0, 2, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Diagram as PNG"), dialogDirectory(),
                                                      tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !DiagramExporter(m_scene).exportPng(path, scale, &error))
        QMessageBox::critical(m_window, tr("Export Diagram"), error);
}

void FileActions::exportSvg()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Diagram as SVG"), dialogDirectory(),
                                                      tr("SVG images (*.svg)"));
    QString error;
    if (!path.isEmpty() && !DiagramExporter(m_scene).exportSvg(path, &error))
        QMessageBox::critical(m_window, tr("Export Diagram"), error);
}

void FileActions::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Diagram as PDF"), dialogDirectory(),
                                                      tr("PDF documents (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !DiagramExporter(m_scene).exportPdf(path, &error))
        QMessageBox::critical(m_window, tr("Export Diagram"), error);
}

void FileActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        DiagramExporter(m_scene).print(&printer);
}

bool FileActions::maybeSave()
{
    if (!m_doc->isDirty())
        return true;
    const auto answer =
        QMessageBox::warning(m_window, tr("Unsaved Changes"),
                             tr("%1 has unsaved changes. Save them before continuing?").arg(m_doc->displayName()),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

} // namespace sf::ui
