#include "MainWindow.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vkauth"));
    QApplication::setApplicationDisplayName(QString::fromLatin1(vkauth::kAppName));
    QApplication::setOrganizationName(QStringLiteral("vkauth"));
    QApplication::setApplicationVersion(QString::fromLatin1(vkauth::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("vkauth"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Get, keep and hand out VK access tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    vkauth::gui::MainWindow window;
    window.show();
    return app.exec();
}
