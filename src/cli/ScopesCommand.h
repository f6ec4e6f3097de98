// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace vkauth::cli {

// "scopes [user|community]": permission names and their bits, for --scope.
class ScopesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::Cli)

public:
    explicit ScopesCommand(Output &output);

protected:
    QString description() const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;
};

} // namespace vkauth::cli
