// SPDX-License-Identifier: MIT
#include "TokenCommand.h"

#include "CommandParser.h"
#include "profiles/ProfileStore.h"

#include <QJsonObject>

namespace vkauth::cli {

TokenCommand::TokenCommand(Output &output)
    : Command(output, QStringLiteral("token"), QStringLiteral("PROFILE"), Needs::Profile)
{
}

QString TokenCommand::description() const
{
    return tr("Prints just the token of a profile, for scripts:\n"
              "  VK_TOKEN=$(vkauth-cli token mybot)\n"
              "PROFILE is a profile id, a VK id, a label or a name (as \"list\" shows them).");
}

int TokenCommand::execute(const CommandParser &, const std::optional<Profile> &profile)
{
    if (profile->isExpired() && !profile->isVkId()) // a VK ID token is refreshed instead
        m_output.message(tr("Warning: the token of \"%1\" has expired.").arg(printable(profile->title())));
    withToken(*profile, [this, id = profile->id](const QString &token) {
        if (m_output.json())
            m_output.document(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("token"), token}});
        else
            m_output.line(token);
        m_loop.finish(Ok);
    });
    return m_loop.exec();
}

} // namespace vkauth::cli
