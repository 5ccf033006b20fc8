#include "ui/export/diagramexporter.h"

#include "ui/canvas/canvasstyle.h"
#include "ui/canvas/diagramscene.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QPainter>
#include <QPrinter>
#include <QSvgGenerator>

namespace sf::ui {

namespace {

// Clears the selection and hides the grid while rendering, restoring both afterwards.
class ExportScope
{
public:
    explicit ExportScope(DiagramScene *scene) : m_scene(scene)
    {
        m_selected = scene->selectedItems();
        for (QGraphicsItem *i : m_selected)
            i->setSelected(false);
        scene->setPlainBackground(true);
    }
    ~ExportScope()
    {
        m_scene->setPlainBackground(false);
        for (QGraphicsItem *i : m_selected)
            i->setSelected(true);
    }

private:
    DiagramScene *m_scene;
    QList<QGraphicsItem *> m_selected;
};

} // namespace

QRectF DiagramExporter::exportRect() const
{
    QRectF r = m_scene->contentRect();
    if (r.isEmpty())
        r = QRectF(0, 0, 400, 300);
    return r.adjusted(-24, -24, 24, 24);
}

QImage DiagramExporter::renderImage(double scale) const
{
    const QRectF source = exportRect();
    const QSize size = (source.size() * scale).toSize().expandedTo(QSize(1, 1));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(CanvasStyle::canvasBackground());
    ExportScope scope(m_scene);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&p, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::IgnoreAspectRatio);
    return image;
}

QString DiagramExporter::withSuffix(const QString &path, const char *suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + QLatin1String(suffix) : path;
}

bool DiagramExporter::exportPng(const QString &given, double scale, QString *error) const
{
    const QString path = withSuffix(given, "png");
    const QImage image = renderImage(scale);
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1: check that the folder exists and is writable.").arg(path);
        return false;
    }
    return true;
}

bool DiagramExporter::exportSvg(const QString &given, QString *error) const
{
    const QString path = withSuffix(given, "svg");
    const QRectF source = exportRect();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(QFileInfo(path).completeBaseName());
    QPainter p;
    if (!p.begin(&svg)) {
        if (error)
            *error = tr("Could not write %1: check that the folder exists and is writable.").arg(path);
        return false;
    }
    ExportScope scope(m_scene);
    m_scene->render(&p, QRectF(QPointF(0, 0), source.size()), source);
    p.end();
    return true;
}

bool DiagramExporter::exportPdf(const QString &given, QString *error) const
{
    const QString path = withSuffix(given, "pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    const QRectF source = exportRect();
    printer.setPageOrientation(source.width() > source.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPainter p;
    if (!p.begin(&printer)) {
        if (error)
            *error = tr("Could not write %1: check that the folder exists and is writable.").arg(path);
        return false;
    }
    ExportScope scope(m_scene);
    m_scene->render(&p, QRectF(), source);
    p.end();
    return true;
}

void DiagramExporter::print(QPrinter *printer) const
{
    QPainter p(printer);
    ExportScope scope(m_scene);
    m_scene->render(&p, QRectF(), exportRect());
}

} // namespace sf::ui
