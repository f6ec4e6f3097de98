#include "MainWindow.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApp, "vkauth.app")

int main(int argc, char *argv[])
{
    // QtWebEngine (created only when a browser page is needed) wants this before the application.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vkauth"));
    QApplication::setApplicationDisplayName(QString::fromLatin1(vkauth::kAppName));
    QApplication::setOrganizationName(QStringLiteral("vkauth"));
    QApplication::setApplicationVersion(QString::fromLatin1(vkauth::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("vkauth"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Get, keep and hand out VK access tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    vkauth::gui::MainWindow window;
    window.show();
    QTimer::singleShot(0, &window, [] { qCInfo(lcApp) << "main window shown"; });
    return app.exec();
}
