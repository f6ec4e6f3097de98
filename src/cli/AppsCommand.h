// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace vkauth::cli {

// "apps": the official apps usable for direct login (--app), and the browser apps.
class AppsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::Cli)

public:
    explicit AppsCommand(Output &output);

protected:
    QString description() const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;
};

} // namespace vkauth::cli
