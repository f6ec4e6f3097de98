// SPDX-License-Identifier: MIT
#include "VersionCommand.h"

#include "CommandParser.h"
#include "Version.h"

#include <QJsonObject>

namespace vkauth::cli {

VersionCommand::VersionCommand(Output &output)
    : Command(output, QStringLiteral("version"), QString(), Needs::Nothing)
{
}

QString VersionCommand::description() const
{
    return tr("Shows the version.");
}

int VersionCommand::execute(const CommandParser &, const std::optional<Profile> &)
{
    if (m_output.json())
        m_output.document(QJsonObject {{QStringLiteral("version"), QString::fromLatin1(kVersion)}});
    else
        m_output.line(QStringLiteral("vkauth-cli ") + QString::fromLatin1(kVersion));
    return Ok;
}

} // namespace vkauth::cli
