#pragma once
// DiagramExporter renders the whole diagram (without grid or selection) to an image at a chosen
// scale, to PNG or SVG files, to PDF, or to a printer.

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QPrinter;

namespace sf::ui {

class DiagramScene;

class DiagramExporter
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)
public:
    explicit DiagramExporter(DiagramScene *scene) : m_scene(scene) {}

    QRectF exportRect() const;
    QImage renderImage(double scale) const;
    // Each export adds the format's extension when the file name has none (the path really written
    // is withSuffix(path, ...)).
    bool exportPng(const QString &path, double scale, QString *error) const;
    bool exportSvg(const QString &path, QString *error) const;
    bool exportPdf(const QString &path, QString *error) const;
    static QString withSuffix(const QString &path, const char *suffix);
    void print(QPrinter *printer) const;

private:
    DiagramScene *m_scene;
};

} // namespace sf::ui
