// SPDX-License-Identifier: MIT
#pragma once

#include "TransferCommand.h"

namespace vkauth::cli {

// "export [PROFILE...]": profiles (all, or the ones named) to a file: encrypted, json, env or meta.
class ExportCommand : public TransferCommand
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::TransferCommands)

public:
    explicit ExportCommand(Output &output);

protected:
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;
};

} // namespace vkauth::cli
