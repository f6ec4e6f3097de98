// SPDX-License-Identifier: MIT
#include "profiles/SecretStore.h"

#include "profiles/SecretVault.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcSecrets, "vkauth.secrets")

namespace vkauth {
namespace {

SecretError fromJob(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return SecretError::make(SecretErrorCode::NotFound, job->errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError::make(SecretErrorCode::AccessDenied, job->errorString());
    default:
        return SecretError::make(SecretErrorCode::Unavailable, job->errorString());
    }
}

// libsecret keeps one connection to the Secret Service per process, with an open session. A keyring
// daemon that restarted (or died and was activated again) knows nothing of that session: every later
// call fails ("The session wrapping the secret does not exist") until the process lets go of the
// connection. QtKeychain loads libsecret at run time (libsecret-1.so.0); so do we, for this one
// call, which libsecret documents as safe at any time. Elsewhere (no libsecret): nothing to drop.
bool dropSecretServiceConnection()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    using Disconnect = void (*)();
    static const auto disconnect = reinterpret_cast<Disconnect>(
        QLibrary::resolve(QStringLiteral("secret-1"), 0, "secret_service_disconnect"));
    if (!disconnect)
        return false;
    disconnect();
    return true;
#else
    return false;
#endif
}

} // namespace

const char *const SecretError::context = "SecretStore";

const std::array<ErrorText<SecretErrorCode>, 10> SecretError::rows {{
    {SecretErrorCode::NotFound, "NOT_FOUND",
        QT_TRANSLATE_NOOP("SecretStore", "The keychain holds no secret for this profile.")},
    {SecretErrorCode::Unavailable, "KEYCHAIN_UNAVAILABLE",
        QT_TRANSLATE_NOOP("SecretStore",
            "The system keychain is not available. Make sure a Secret Service (such as GNOME "
            "Keyring or KWallet) is running and try again.")},
    {SecretErrorCode::AccessDenied, "KEYCHAIN_ACCESS_DENIED",
        QT_TRANSLATE_NOOP(
            "SecretStore", "The system keychain refused access. It may be locked: unlock it and try again.")},
    {SecretErrorCode::Timeout, "KEYCHAIN_TIMEOUT",
        QT_TRANSLATE_NOOP("SecretStore",
            "The system keychain did not answer within %1 s. It may be locked and waiting for a "
            "password prompt that cannot be shown.")},
    {SecretErrorCode::WrongPassphrase, "WRONG_PASSPHRASE",
        QT_TRANSLATE_NOOP("SecretStore",
            "The vault could not be opened: the passphrase is wrong, or the vault file was altered. "
            "Nothing was changed.")},
    {SecretErrorCode::VaultDamaged, "VAULT_DAMAGED",
        QT_TRANSLATE_NOOP("SecretStore",
            "The vault file is damaged or was altered. It was left as it is; restore it from a backup.")},
    {SecretErrorCode::VaultLocked, "VAULT_LOCKED",
        QT_TRANSLATE_NOOP("SecretStore", "The vault is locked: no passphrase was given for it.")},
    {SecretErrorCode::VaultFailed, "VAULT_IO_ERROR",
        QT_TRANSLATE_NOOP("SecretStore", "The vault file could not be read or written.")},
    {SecretErrorCode::PassphraseFileUnsafe, "PASSPHRASE_FILE_UNSAFE",
        QT_TRANSLATE_NOOP("SecretStore",
            "The passphrase file (VKAUTH_VAULT_PASSPHRASE_FILE) must be a file only its owner can read "
            "(chmod 600 or 400); it was not used.")},
    {SecretErrorCode::OtherStore, "OTHER_SECRET_STORE",
        QT_TRANSLATE_NOOP("SecretStore",
            "The secret of this profile is kept in the other secret store (see VKAUTH_SECRET_STORE and "
            "\"vkauth-cli store migrate\").")},
}};

SecretError SecretError::make(SecretErrorCode code, const QString &details, int timeoutMs)
{
    SecretError error = ErrorShape::make(code, details);
    if (code == SecretErrorCode::Timeout)
        error.message = error.message.arg(QLocale().toString(timeoutMs / 1000.0, 'g', 3));
    return error;
}

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SecretStore::jobTimedOut);
}

SecretStore::~SecretStore()
{
    // A running job is left to finish on its own (it deletes itself); deleting it mid-call could leave
    // the keychain library calling back into freed memory.
    if (m_job)
        m_job->disconnect(this);
}

namespace {
// Zeroes the bytes of a buffer this store owns, in place. Through constData() so that a buffer the
// finished keychain job still references is zeroed itself, not a fresh copy (data() would detach).
void wipeOwned(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
    bytes.clear();
}
} // namespace

void SecretStore::write(const QString &key, QByteArray data, QObject *context, Callback done)
{
    // Shared with the caller: take a private copy, so that wiping ours never clobbers theirs.
    QByteArray owned = data.isDetached() ? std::move(data) : QByteArray(data.constData(), data.size());
    enqueue(Request {Op::Write, key, std::move(owned), context, context != nullptr, std::move(done)});
}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    enqueue(Request {Op::Read, key, {}, context, context != nullptr, std::move(done)});
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    enqueue(Request {Op::Remove, key, {}, context, context != nullptr, std::move(done)});
}

void SecretStore::enqueue(Request request)
{
    m_queue.enqueue(std::move(request));
    scheduleNext();
}

void SecretStore::scheduleNext()
{
    if (m_scheduled || m_current || m_queue.isEmpty())
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &SecretStore::startNext, Qt::QueuedConnection);
}

void SecretStore::startNext()
{
    m_scheduled = false;
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    if (m_vault) {
        runOnVault();
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (m_current->op) {
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(m_current->data); // shared with the job; wiped when it has finished
        job = write;
        break;
    }
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(m_current->key);
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &SecretStore::jobFinished);
    static const char *const names[] = {"write", "read", "remove"};
    qCDebug(lcSecrets) << "keychain" << names[int(m_current->op)] << m_current->key;
    m_timer->start(m_timeoutMs);
    job->start();
}

void SecretStore::runOnVault()
{
    Request request = std::move(*m_current);
    m_current.reset();
    SecretReply reply;
    switch (request.op) {
    case Op::Write:
        reply.error = m_vault->write(request.key, request.data);
        break;
    case Op::Read:
        reply = m_vault->read(request.key);
        break;
    case Op::Remove:
        reply.error = m_vault->remove(request.key);
        break;
    }
    wipeOwned(request.data);
    deliver(request, reply);
    scheduleNext();
}

void SecretStore::jobFinished(QKeychain::Job *job)
{
    if (job != m_job || !m_current)
        return;
    m_timer->stop();
    m_job = nullptr;
    SecretReply reply;
    if (job->error() != QKeychain::NoError)
        reply.error = fromJob(job);
    if (m_current->op == Op::Read && reply.ok())
        reply.data = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
    if (m_current->op == Op::Remove && reply.error && reply.error->code == SecretErrorCode::NotFound)
        reply.error.reset();
    if (reply.error && reply.error->code != SecretErrorCode::NotFound)
        qCWarning(lcSecrets) << "keychain job failed for" << m_current->key << ":" << job->errorString();
    if (reply.error && reply.error->code == SecretErrorCode::Unavailable && !m_current->reconnected
        && dropSecretServiceConnection()) {
        // Once more on a fresh connection, first in line; the bytes to write are still ours.
        qCInfo(lcSecrets) << "reconnecting to the Secret Service";
        m_current->reconnected = true;
        m_queue.prepend(std::move(*m_current));
        m_current.reset();
        scheduleNext();
        return;
    }
    Request request = std::move(*m_current);
    m_current.reset();
    wipeOwned(request.data); // the job is done with it
    deliver(request, reply);
    scheduleNext();
}

void SecretStore::jobTimedOut()
{
    if (!m_current)
        return;
    qCWarning(lcSecrets) << "keychain did not answer within" << m_timeoutMs << "ms";
    // The hung job stays alive (it deletes itself if it ever finishes); see the destructor.
    if (m_job)
        m_job->disconnect(this);
    m_job = nullptr;
    const SecretReply reply {SecretError::make(SecretErrorCode::Timeout, {}, m_timeoutMs), {}};
    QList<Request> failed {std::move(*m_current)};
    m_current.reset();
    while (!m_queue.isEmpty())
        failed << m_queue.dequeue();
    // The hung job may still read its buffer: that one is left alone; the queued ones are ours only.
    failed.first().data = QByteArray();
    for (Request &request : failed) {
        wipeOwned(request.data);
        deliver(request, reply);
    }
    scheduleNext();
}

void SecretStore::deliver(Request &request, const SecretReply &reply)
{
    if (request.hasContext && !request.context)
        return;
    if (request.done)
        request.done(reply);
}

} // namespace vkauth
