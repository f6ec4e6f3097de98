// SPDX-License-Identifier: MIT
#include "net/SystemBrowser.h"

#include <QProcess>

namespace vkauth::SystemBrowser {

namespace {

bool start(const QString &program, const QUrl &url)
{
    return QProcess::startDetached(program, {url.toString(QUrl::FullyEncoded)});
}

} // namespace

std::optional<bool> openFromEnvironment(const QUrl &url)
{
    const QString program = qEnvironmentVariable("BROWSER").section(u':', 0, 0).trimmed();
    if (program.isEmpty())
        return std::nullopt;
    return start(program, url);
}

bool open(const QUrl &url)
{
    if (const auto opened = openFromEnvironment(url))
        return *opened;
    return start(QStringLiteral("xdg-open"), url);
}

} // namespace vkauth::SystemBrowser
