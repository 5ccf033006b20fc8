#include "ui/mainwindow.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SchemaForge"));
    QApplication::setApplicationName(QStringLiteral("SchemaForge"));
    QApplication::setApplicationVersion(QStringLiteral(SF_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("schemaforge"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    sf::ui::MainWindow window;
    const QStringList args = QApplication::arguments();
    if (args.size() > 1) {
        QString error;
        if (!window.openProject(args.at(1), &error))
            qWarning("%s", qPrintable(error));
    }
    window.show();
    return app.exec();
}
