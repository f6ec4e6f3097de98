// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace vkauth {
class SecretStore;
}

namespace vkauth::cli {

// "store migrate --to vault|keychain": moves every profile's secret into the other store, all or
// nothing like import: each secret is read from the source, then written to the target; only when
// every write succeeded are the profiles marked as kept there (one index write) and the choice saved
// in the settings; the source copies are removed last. On any failure before that, what was written
// to the target is taken back and the source stays as it was.
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
    struct Move
    {
        Profile profile;
        QByteArray secret; // wiped when done
        bool written = false; // in the target (a timed-out write counts: it may still land)
    };

    void readNext();
    void writeNext();
    void commit();
    void removeNext();
    void fail(const QString &codeName, const QString &why);
    void undoNext();
    void wipeSecrets();
    QString movedMessage() const;

    SecretStore *m_from = nullptr;
    SecretStore *m_to = nullptr;
    SecretBackend m_target = SecretBackend::Vault;
    QList<Move> m_moves;
    qsizetype m_at = 0;
    QString m_failureCode;
    QString m_failure;
    QStringList
        m_leftovers; // ids whose copy could not be removed (from the target on failure, else the source)
};

} // namespace vkauth::cli
