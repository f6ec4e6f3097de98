// SPDX-License-Identifier: MIT
#include "Cli.h"
#include "Settings.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {
// A closed stdin/stdout/stderr would be reused by the next file Qt opens (a socket, an event fd), and
// the CLI would then wait for answers on it for ever. /dev/null in its place reads as end of input.
void fillClosedStandardFds()
{
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (fcntl(fd, F_GETFD) != -1)
            continue;
        const int null = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
        if (null >= 0 && null != fd) {
            dup2(null, fd);
            close(null);
        }
    }
}
} // namespace

int main(int argc, char *argv[])
{
    fillClosedStandardFds();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vkauth"));
    QCoreApplication::setOrganizationName(QStringLiteral("vkauth"));
    // Read once: the language here, domain, proxy, timeout and default app for the commands.
    const vkauth::Settings settings = vkauth::Settings::load();
    vkauth::Translations::install(settings.language);
    // Messages are the CLI's own; the core's step-by-step log only when asked (QT_LOGGING_RULES wins).
    QLoggingCategory::setFilterRules(QStringLiteral("vkauth.*.debug=false\nvkauth.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    vkauth::cli::Cli cli(out, err, settings);
    const int exitCode = cli.run(QCoreApplication::arguments());
    // Freed before the process ends, as there is no event loop after the command's own: the process's
    // network manager (a child of the application; Qt's network thread is quit and waited for), then
    // what was left for deleteLater (a reply aborted at a timeout; deleting it posts more).
    qDeleteAll(app.findChildren<QNetworkAccessManager *>(Qt::FindDirectChildrenOnly));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return exitCode;
}
