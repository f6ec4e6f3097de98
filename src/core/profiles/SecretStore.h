// SPDX-License-Identifier: MIT
#pragma once

#include "ErrorShape.h"
#include "profiles/SecretBackend.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace QKeychain {
class Job;
}

namespace vkauth {

class SecretVault;

enum class SecretErrorCode {
    NotFound, // no entry under that key: a normal case, not a failure of the keychain
    Unavailable, // no Secret Service / keychain backend, no session bus, or it failed
    AccessDenied, // locked and no prompt possible, or the user refused
    Timeout, // the keychain did not answer in time (e.g. waiting for an unlock prompt)
    // The vault (SecretVault):
    WrongPassphrase, // it does not open: the passphrase is wrong, or the file was altered
    VaultDamaged, // not a vault, cut short, or altered since this process opened it
    VaultLocked, // no passphrase was given
    VaultFailed, // the file or its lock could not be read or written (details: the OS's words)
    PassphraseFileUnsafe, // VKAUTH_VAULT_PASSPHRASE_FILE is readable by others, or not a plain file
    OtherStore, // the profile's secret is kept in the other store (index field secret_store)
};

// ErrorShape: code, codeName() ("NOT_FOUND", "KEYCHAIN_UNAVAILABLE", ...), message, details (the
// keychain's own words, never a secret).
struct SecretError : ErrorShape<SecretError, SecretErrorCode, SecretErrorCode::Unavailable>
{
    static const char *const context; // "SecretStore"
    static const std::array<ErrorText<SecretErrorCode>, 10> rows;

    // timeoutMs: the wait a Timeout message names.
    static SecretError make(SecretErrorCode code, const QString &details = {}, int timeoutMs = 0);
};

struct SecretReply
{
    std::optional<SecretError> error;
    QByteArray data; // read: the stored bytes
    bool ok() const { return !error.has_value(); }
};

// The OS keychain (QtKeychain) under one service name. Jobs run one at a time: requests are queued
// and the next is started with a queued call. Every job gets a timeout; when one expires, it and every
// request queued behind it fail with Timeout (QtKeychain's own queue would hold them behind the hung
// job anyway). There is no plain-text fallback, ever. A job that fails because the keychain went away
// is tried once more on a fresh connection (a restarted keyring daemon needs one).
// With useVault() the same requests go to the encrypted vault file instead, in the same order and
// with the same callbacks (each runs synchronously on the file when its turn comes).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretReply &reply)>;

    static constexpr int kDefaultTimeoutMs = 10000;

    explicit SecretStore(const QString &service = QStringLiteral("vkauth"), QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // From now on secrets go to this vault, not the keychain.
    void useVault(std::shared_ptr<SecretVault> vault) { m_vault = std::move(vault); }
    SecretBackend backend() const { return m_vault ? SecretBackend::Vault : SecretBackend::Keychain; }
    SecretVault *vault() const { return m_vault.get(); }
    std::shared_ptr<SecretVault> sharedVault() const { return m_vault; }

    // The callback runs later (never inside the call), on this thread, unless context is destroyed
    // first. Without a context it always runs.
    // The bytes written are held in a buffer the store owns (data itself when nothing else shares it,
    // as with a temporary; else a private copy) and wiped once the keychain job is done with them.
    void write(const QString &key, QByteArray data, QObject *context, Callback done);
    void read(const QString &key, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done); // NotFound counts as success

private:
    enum class Op { Write, Read, Remove };
    struct Request
    {
        Op op;
        QString key;
        QByteArray data;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        bool reconnected = false; // already retried once on a fresh Secret Service connection
    };

    void enqueue(Request request);
    void scheduleNext();
    void startNext();
    void runOnVault();
    void jobFinished(QKeychain::Job *job);
    void jobTimedOut();
    void deliver(Request &request, const SecretReply &reply);

    QString m_service;
    int m_timeoutMs = kDefaultTimeoutMs;
    QQueue<Request> m_queue;
    std::optional<Request> m_current;
    QPointer<QKeychain::Job> m_job;
    QTimer *m_timer = nullptr;
    bool m_scheduled = false;
    std::shared_ptr<SecretVault> m_vault;
};

} // namespace vkauth
