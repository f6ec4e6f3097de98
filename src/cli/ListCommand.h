// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace vkauth::cli {

// "list": the kept profiles, the same as the app's (same index, same keychain entries).
class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::ProfileCommands)

public:
    explicit ListCommand(Output &output);

protected:
    QString description() const override;
    bool needsSecrets(const CommandParser &) const override { return false; }
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;

private:
    // The JSON object of a profile in "list --json".
    static QJsonObject toJson(const Profile &profile);
};

} // namespace vkauth::cli
