// SPDX-License-Identifier: MIT
#include "MainWindow.h"
#include "Screenshot.h"
#include "Startup.h"
#include "VaultPassphraseDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApp, "vkauth.app")

int main(int argc, char *argv[])
{
    // No QtWebEngine here and no shared GL contexts: every web page is shown by vkauth-webview.
    QApplication app(argc, argv);
    // The step-by-step log only when asked for (QT_LOGGING_RULES wins), as in vkauth-cli.
    QLoggingCategory::setFilterRules(QStringLiteral("vkauth.*.debug=false\nvkauth.*.info=false"));
    vkauth::gui::setApplicationIdentity();
    const vkauth::Settings settings
        = vkauth::gui::applySettings(); // translators before any widget and --help

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Get, keep and hand out VK access tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp); // for the package test
    parser.addOption(screenshot);
    parser.process(app);

    // The vault's passphrase, once per run, before the window (the keychain needs nothing here).
    std::shared_ptr<vkauth::SecretVault> vault;
    if (!vkauth::gui::VaultPassphraseDialog::openForApp(settings, &vault))
        return 1;
    vkauth::gui::MainWindow window(vault);
    window.show();
    if (parser.isSet(screenshot))
        vkauth::gui::saveScreenshotAfterFirstPaint(&window, parser.value(screenshot));
    QTimer::singleShot(0, &window, [] { qCInfo(lcApp) << "main window shown"; });
    return app.exec();
}
