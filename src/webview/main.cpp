// SPDX-License-Identifier: MIT
#include "HelperWindow.h"
#include "TestDriver.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSocketNotifier>

#include <cstdio>

#include <unistd.h>

// vkauth-webview: shows one of VK's pages for the app or the CLI (README "The web-view helper").
// The job comes as one JSON document on stdin, never in argv; the answer goes out as one JSON line
// on stdout; then the helper exits. Nothing else is written to stdout. When its stdin ends it closes
// the window and answers "closed".
namespace {

void reply(const vkauth::PageResult &result)
{
    const QByteArray line = result.toJsonLine();
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void applyProxy(const QString &proxy)
{
    const QUrl url(proxy);
    if (proxy.isEmpty() || !url.isValid() || url.host().isEmpty())
        return;
    const bool socks = url.scheme().startsWith(QLatin1String("socks"));
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
            quint16(url.port(socks ? 1080 : 8080)), url.userName(), url.password()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vkauth-webview"));
    QApplication::setQuitOnLastWindowClosed(false);

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        reply({vkauth::PageResult::Kind::Error, {}, {}, QStringLiteral("no job on stdin")});
        return 2;
    }
    QByteArray input = in.readLine(4 * 1024 * 1024); // one line of JSON
    const std::optional<vkauth::PageJob> job
        = vkauth::PageJob::fromJson(QJsonDocument::fromJson(input).object());
    input.fill('\0');
    if (!job) {
        reply({vkauth::PageResult::Kind::Error, {}, {}, QStringLiteral("the job is not valid")});
        return 2;
    }
    applyProxy(job->proxy);

    auto *window = new vkauth::webview::HelperWindow(*job);
    int exitCode = 0;
    QObject::connect(window, &vkauth::webview::HelperWindow::answered, &app,
        [&exitCode](const vkauth::PageResult &result) {
            reply(result);
            exitCode = result.kind == vkauth::PageResult::Kind::Error ? 1 : 0;
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        });
    if (vkauth::webview::TestDriver::enabled())
        new vkauth::webview::TestDriver(window);
    // The end of stdin (the app cancelled, or went away) closes the window: QtWebEngine then shuts its
    // processes down cleanly.
    QSocketNotifier stdinWatch(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinWatch, &QSocketNotifier::activated, window, [window, &stdinWatch] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            stdinWatch.setEnabled(false);
            window->close();
        }
    });
    window->start();
    const int code = app.exec();
    delete window; // the page before its profile, both before the application
    return code != 0 ? code : exitCode;
}
