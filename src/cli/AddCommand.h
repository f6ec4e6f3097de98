// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "Settings.h"
#include "auth/TokenSources.h"

#include <QJsonArray>

namespace vkauth::cli {

// "add [FILE]": keeps a token someone already has as a profile (issue 14): from FILE (python vk_api's
// vk_config.v2.json, a .env file, or text with VK's blank.html address or the token) or stdin; on a
// terminal without FILE it asks for one line (not echoed). VK is asked whose token it is; a token VK
// refuses is not kept. Never from argv: a token given as the argument is refused, not used.
class AddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::AddCommand)

public:
    AddCommand(Output &output, const Settings &settings);

protected:
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;

private:
    void addAll(const QByteArray &input);
    void addNext();

    Settings m_settings;
    QList<FoundToken> m_found;
    QJsonArray m_added;
    int m_failures = 0;
    int m_lastFailure = Ok;
    QString m_label;
};

} // namespace vkauth::cli
