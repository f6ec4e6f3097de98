// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace vkauth::cli {

// "store passphrase": re-seals the vault under a new passphrase (the current one is asked for as
// for any command; the new one is typed twice on a terminal or read with --new-passphrase-stdin).
class StorePassphraseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::StoreCommands)

public:
    explicit StorePassphraseCommand(Output &output);

protected:
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    bool needsVault() const override { return true; }
    bool createsVault() const override { return false; }
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;
};

} // namespace vkauth::cli
