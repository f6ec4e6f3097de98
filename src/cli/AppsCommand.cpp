// SPDX-License-Identifier: MIT
#include "AppsCommand.h"

#include "CommandParser.h"
#include "auth/OfficialApps.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vkauth::cli {

AppsCommand::AppsCommand(Output &output)
    : Command(output, QStringLiteral("apps"), QString(), Needs::Nothing)
{
}

QString AppsCommand::description() const
{
    return tr("Lists the official apps usable for direct login (--app), and the browser apps.");
}

int AppsCommand::execute(const CommandParser &parser, const std::optional<Profile> &)
{
    if (!parser.positional().isEmpty())
        return m_output.fail(Usage, tr("apps takes no arguments"));
    QJsonArray array;
    for (const auto *list : {&AppCredentials::official(), &AppCredentials::browserApps()}) {
        for (const auto &app : *list) {
            if (m_output.json()) {
                array.append(QJsonObject {{QStringLiteral("key"), app.key},
                    {QStringLiteral("client_id"), app.clientId}, {QStringLiteral("name"), app.displayName},
                    {QStringLiteral("direct_login"), app.directLogin},
                    {QStringLiteral("status"), AppCredentials::statusName(app.status)},
                    {QStringLiteral("since"), app.since}, {QStringLiteral("note"), app.note}});
                continue;
            }
            const QString status = app.since.isEmpty() || app.works()
                ? AppCredentials::statusText(app.status)
                : tr("%1 since %2").arg(AppCredentials::statusText(app.status), app.since);
            m_output.line(app.key.leftJustified(14) + app.clientId.leftJustified(10)
                + status.leftJustified(22) + app.displayName
                + (app.directLogin ? QString() : tr("  (browser only)")));
            if (!app.works() && !app.note.isEmpty())
                m_output.line(QString(24, QLatin1Char(' ')) + app.note);
        }
    }
    if (m_output.json())
        m_output.document(array);
    return Ok;
}

} // namespace vkauth::cli
