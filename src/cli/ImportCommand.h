// SPDX-License-Identifier: MIT
#pragma once

#include "TransferCommand.h"

namespace vkauth::cli {

// "import FILE": adds the profiles of an export file to the kept ones, all or nothing.
class ImportCommand : public TransferCommand
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::TransferCommands)

public:
    explicit ImportCommand(Output &output);

protected:
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;
};

} // namespace vkauth::cli
