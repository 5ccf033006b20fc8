#include "ui/preferences/languageloader.h"
#include "ui/preferences/themeloader.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SchemaForge"));
    QApplication::setApplicationName(QStringLiteral("SchemaForge"));
    QApplication::setApplicationVersion(QStringLiteral(SF_VERSION));

    // The language chosen in Preferences, else the system locale's (embedded :/i18n/schemaforge_<lang>.qm).
    sf::ui::LanguageLoader::applyPreferred();
    sf::ui::ThemeLoader::applyPreferred(); // System, Light or Dark (Preferences)

    sf::ui::MainWindow window;
    window.show();
    const QStringList args = QApplication::arguments();
    if (args.size() > 1) {
        QString error;
        if (!window.openProject(args.at(1), &error)) {
            qWarning("%s", qPrintable(error));
            QTimer::singleShot(0, &window, [&window, path = args.at(1), error] {
                QMessageBox::critical(
                    &window, QApplication::translate("main", "Open Project"),
                    QApplication::translate("main", "%1 could not be opened. Nothing was changed.\n\n%2")
                        .arg(path, error));
            });
        }
    }
    return app.exec();
}
