// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"
#include "profiles/SecretBackend.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace vkauth {

class ProfileStore;
class SecretStore;
class SecretVault;

// Moves every profile's secret into the other store (keychain ↔ vault), all or nothing like import:
// each secret is read from the source, then written to the target; only when every write succeeded
// are the profiles marked as kept there (one index write) and the store switched to the target; the
// source copies are removed last. On any failure before that, what was written to the target is taken
// back and the source stays as it was. Used by "vkauth-cli store migrate" and the app's Settings.
// The caller keeps the choice in the Settings when it succeeds.
class StoreMigration : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        int moved = 0;
        QString errorCode; // a SecretError code name ("WRONG_PASSPHRASE", ...); empty: not the store's fault
        QString message; // translated: why nothing was moved
        QStringList leftovers; // ids whose old copy could not be removed (source; on failure, target)
    };

    // vault: the unlocked (or new, with its passphrase set) vault; store: the profiles to move.
    StoreMigration(ProfileStore *store, std::shared_ptr<SecretVault> vault, SecretBackend target,
        QObject *parent = nullptr);
    ~StoreMigration() override;

    int total() const { return int(m_moves.size()); } // profiles to move (known after start())
    void start(); // answers with finished(), never synchronously

Q_SIGNALS:
    void progress(int done, int total); // reads and writes: done of 2 × total steps
    void finished(const vkauth::StoreMigration::Result &result);

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
    void finish(const Result &result);

    ProfileStore *m_store;
    std::shared_ptr<SecretVault> m_vault;
    SecretBackend m_target;
    SecretStore *m_from = nullptr;
    SecretStore *m_to = nullptr;
    QList<Move> m_moves;
    qsizetype m_at = 0;
    int m_steps = 0;
    QString m_failureCode;
    QString m_failure;
    QStringList m_leftovers;
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::StoreMigration::Result)
