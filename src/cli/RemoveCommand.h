// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace vkauth::cli {

// "remove PROFILE": deletes the token from the system keychain, then the profile.
class RemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::ProfileCommands)

public:
    explicit RemoveCommand(Output &output);

protected:
    QString description() const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;
};

} // namespace vkauth::cli
