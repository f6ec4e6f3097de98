// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace vkauth::cli {

// "token PROFILE": prints just the token of a profile, for scripts.
class TokenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::ProfileCommands)

public:
    explicit TokenCommand(Output &output);

protected:
    QString description() const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;
};

} // namespace vkauth::cli
