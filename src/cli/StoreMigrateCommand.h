// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include "profiles/StoreMigration.h"

namespace vkauth::cli {

// "store migrate --to vault|keychain": StoreMigration (all or nothing), then the choice is saved in
// the settings.
class StoreMigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::StoreCommands)

public:
    explicit StoreMigrateCommand(Output &output);

protected:
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    bool needsVault() const override { return true; }
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;

private:
    void finished(const StoreMigration::Result &result);
    static QString movedMessage(int n, SecretBackend target);

    SecretBackend m_target = SecretBackend::Vault;
};

} // namespace vkauth::cli
