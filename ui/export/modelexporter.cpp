#include "ui/export/modelexporter.h"

#include "ui/document/documentcontroller.h"
#include "ui/document/projectpaths.h"

#include "core/codegen/modelwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

namespace sf::ui {

QString ModelExporter::writeTo(const design::Design &design, const QString &dir, int *count)
{
    *count = 0;
    std::vector<codegen::GeneratedFile> files;
    try {
        files = codegen::writeModelFiles(design);
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
    const QDir root(dir);
    for (const auto &f : files) {
        const QString path = root.filePath(QString::fromStdString(f.relativePath));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return tr("cannot create the folder %1").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(QByteArray::fromStdString(f.content)) < 0 || !out.commit())
            return tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        ++*count;
    }
    return {};
}

void ModelExporter::exportInteractive(const DocumentController *doc, QWidget *parent)
{
    QString start = ProjectPaths::projectDir(doc);
    if (!start.isEmpty())
        start = QDir(start).filePath(QString::fromStdString(doc->project().modelsDir()));
    const QString dir = QFileDialog::getExistingDirectory(parent, tr("Export Sequelize Models"), start);
    if (dir.isEmpty())
        return;
    const QDir d(dir);
    if (!d.entryList({QStringLiteral("*.js")}, QDir::Files).isEmpty() &&
        QMessageBox::question(
            parent, tr("Export Sequelize Models"),
            tr("%1 already holds .js files. Model files with the same names will be replaced. Continue?")
                .arg(QDir::toNativeSeparators(dir))) != QMessageBox::Yes)
        return;
    int count = 0;
    const QString error = writeTo(doc->design(), dir, &count);
    if (error.isEmpty())
        QMessageBox::information(parent, tr("Export Sequelize Models"),
                                 tr("Wrote %1 file(s) to %2.").arg(count).arg(QDir::toNativeSeparators(dir)));
    else
        QMessageBox::warning(parent, tr("Export Sequelize Models"), tr("Export failed: %1").arg(error));
}

} // namespace sf::ui
