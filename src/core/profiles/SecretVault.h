// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/EncryptedBundle.h"
#include "profiles/SecretStore.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace vkauth {

// The encrypted vault file: key → bytes (what a keychain entry holds), sealed in the format of the
// encrypted export (Argon2id + XChaCha20-Poly1305, header authenticated; docs/vault.md). For machines
// without a keychain (servers) and by choice. Synchronous; SecretStore::useVault() puts it behind
// the keychain's asynchronous API.
//
// Every change takes the lock file shared with the profile index, re-reads the file (another process
// may have written since), applies the change and writes the file atomically (0600, folder 0700),
// with the same salt and a fresh nonce. The derived key is kept for the life of this object: a file
// rewritten by another process with the same salt opens without deriving again; only a new salt (a
// passphrase change) costs a derivation (about 0.2 s and 64 MiB).
class SecretVault
{
    Q_DISABLE_COPY_MOVE(SecretVault)

public:
    static constexpr qsizetype kMaxFileBytes = 16 * 1024 * 1024;

    // path: the vault file; lockPath: the lock file it shares with the profile index.
    SecretVault(const QString &path, const QString &lockPath, const KdfParams &kdf = KdfParams::defaults());
    ~SecretVault();

    QString path() const { return m_path; }
    bool exists() const;
    // The passphrase to open (or create) the vault with; forgets a key derived from another one.
    void setPassphrase(const QString &passphrase);
    bool hasPassphrase() const { return !m_passphrase.isEmpty(); }
    // Opens the vault now when it exists (derives the key once): the passphrase is checked before
    // anything is asked of the user or the network. A missing vault is no error.
    std::optional<SecretError> unlock();

    SecretReply read(const QString &key); // NotFound when the vault or the key is missing
    std::optional<SecretError> write(const QString &key, const QByteArray &data);
    std::optional<SecretError> remove(const QString &key); // a missing key is no error
    // Re-seals the vault under a new passphrase (new salt). The old passphrase must be set.
    std::optional<SecretError> changePassphrase(const QString &newPassphrase);

    int derivations() const { return m_derivations; } // Argon2id runs by this object (for tests)

    // Zeroes the bytes in place (shared copies included) and empties the array.
    static void wipe(QByteArray &bytes);

private:
    using Entries = QMap<QString, QByteArray>;
    struct Opened
    {
        Entries entries;
        std::optional<BundleHeader> header; // nullopt: no vault file yet
    };

    std::optional<SecretError> load(Opened &opened);
    std::optional<SecretError> keyFor(const BundleHeader &header, bool *derived);
    // Takes the lock, loads, lets `change` edit the entries, writes back when it returns true.
    std::optional<SecretError> modify(const std::function<bool(Entries &)> &change);
    std::optional<SecretError> save(const Entries &entries, BundleHeader header, const BundleKey &key);

    QString m_path;
    QString m_lockPath;
    KdfParams m_kdf;
    QByteArray m_passphrase; // UTF-8, wiped when replaced or destroyed
    std::optional<BundleKey> m_key;
    QByteArray m_salt; // of m_key
    KdfParams m_keyKdf; // of m_key
    int m_derivations = 0;
};

// The vault's plaintext (inside the sealed bundle): "VKVAULT1", then per entry a 4-byte big-endian
// key length, the key (UTF-8), a 4-byte big-endian value length and the value.
namespace VaultPayload {
QByteArray encode(const QMap<QString, QByteArray> &entries);
std::optional<QMap<QString, QByteArray>> decode(QByteArrayView plain);
void wipe(QMap<QString, QByteArray> &entries);
} // namespace VaultPayload

} // namespace vkauth
