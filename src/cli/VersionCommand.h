// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace vkauth::cli {

// "version": the version, as a line or as JSON.
class VersionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::Cli)

public:
    explicit VersionCommand(Output &output);

protected:
    QString description() const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;
};

} // namespace vkauth::cli
