// SPDX-License-Identifier: MIT
#include "profiles/SecretVault.h"

#include "profiles/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QtEndian>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcVault, "vkauth.vault")

namespace vkauth {
namespace {

// The same lock as the profile index (ProfileStore): held for one read-change-write, milliseconds.
constexpr int kLockTimeoutMs = 10000;
constexpr int kLockStaleMs = 3000;
constexpr QByteArrayView kPayloadMagic {"VKVAULT1", 8};

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
    bytes.clear();
}

SecretError vaultError(SecretErrorCode code, const QString &details = {})
{
    return SecretError::make(code, details);
}

// The index's lock for one read-change-write; an error when another process holds it too long.
std::optional<SecretError> takeLock(QLockFile &lock, const QString &path)
{
    lock.setStaleLockTime(kLockStaleMs);
    if (lock.tryLock(kLockTimeoutMs))
        return std::nullopt;
    return vaultError(SecretErrorCode::VaultFailed,
        QStringLiteral("another process holds the lock %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace

namespace VaultPayload {

QByteArray encode(const QMap<QString, QByteArray> &entries)
{
    QByteArray out(kPayloadMagic.data(), kPayloadMagic.size());
    const auto appendSized = [&out](QByteArrayView bytes) {
        char size[4];
        qToBigEndian<quint32>(quint32(bytes.size()), size);
        out.append(size, 4);
        out.append(bytes.data(), bytes.size());
    };
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        appendSized(it.key().toUtf8());
        appendSized(it.value());
    }
    return out;
}

std::optional<QMap<QString, QByteArray>> decode(QByteArrayView plain)
{
    if (!plain.startsWith(kPayloadMagic))
        return std::nullopt;
    QMap<QString, QByteArray> entries;
    qsizetype at = kPayloadMagic.size();
    const auto takeSized = [&plain, &at](QByteArrayView &bytes) {
        if (plain.size() - at < 4)
            return false;
        const quint32 size = qFromBigEndian<quint32>(plain.data() + at);
        at += 4;
        if (quint64(plain.size() - at) < size)
            return false;
        bytes = plain.sliced(at, qsizetype(size));
        at += qsizetype(size);
        return true;
    };
    while (at < plain.size()) {
        QByteArrayView key;
        QByteArrayView value;
        if (!takeSized(key) || !takeSized(value) || key.isEmpty()) {
            wipe(entries);
            return std::nullopt;
        }
        entries.insert(QString::fromUtf8(key), value.toByteArray());
    }
    return entries;
}

void wipe(QMap<QString, QByteArray> &entries)
{
    for (QByteArray &value : entries)
        wipeBytes(value);
    entries.clear();
}

} // namespace VaultPayload

SecretVault::SecretVault(const QString &path, const QString &lockPath, const KdfParams &kdf)
    : m_path(path)
    , m_lockPath(lockPath)
    , m_kdf(kdf)
{
}

SecretVault::~SecretVault()
{
    wipeBytes(m_passphrase);
}

void SecretVault::wipe(QByteArray &bytes)
{
    wipeBytes(bytes);
}

bool SecretVault::exists() const
{
    return QFileInfo::exists(m_path);
}

void SecretVault::setPassphrase(const QString &passphrase)
{
    wipeBytes(m_passphrase);
    m_passphrase = passphrase.toUtf8();
    m_key.reset();
    m_salt.clear();
}

std::optional<SecretError> SecretVault::unlock()
{
    Opened opened;
    auto error = load(opened);
    VaultPayload::wipe(opened.entries);
    return error;
}

SecretReply SecretVault::read(const QString &key)
{
    Opened opened;
    SecretReply reply;
    reply.error = load(opened);
    if (!reply.error) {
        if (const auto it = opened.entries.constFind(key); it != opened.entries.cend())
            reply.data = QByteArray(it->constData(), it->size());
        else
            reply.error = vaultError(SecretErrorCode::NotFound);
    }
    VaultPayload::wipe(opened.entries);
    return reply;
}

std::optional<SecretError> SecretVault::write(const QString &key, const QByteArray &data)
{
    return modify([&key, &data](Entries &entries) {
        wipeBytes(entries[key]);
        entries[key] = QByteArray(data.constData(), data.size());
        return true;
    });
}

std::optional<SecretError> SecretVault::remove(const QString &key)
{
    return modify([&key](Entries &entries) {
        const auto it = entries.find(key);
        if (it == entries.end())
            return false;
        wipeBytes(*it);
        entries.erase(it);
        return true;
    });
}

std::optional<SecretError> SecretVault::load(Opened &opened)
{
    opened.header.reset();
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        return vaultError(SecretErrorCode::VaultFailed, file.errorString());
    if (file.size() > kMaxFileBytes)
        return vaultError(SecretErrorCode::VaultDamaged, QStringLiteral("the file is too large"));
    const QByteArray sealed = file.read(kMaxFileBytes);
    const auto header = EncryptedBundle::parseHeader(sealed);
    if (!header.ok())
        return vaultError(SecretErrorCode::VaultDamaged, header.error->codeName());
    bool derived = false;
    if (auto error = keyFor(header.value, &derived))
        return error;
    auto plain = EncryptedBundle::openWithKey(sealed, *m_key);
    if (!plain.ok()) {
        if (!derived)
            return vaultError(SecretErrorCode::VaultDamaged, QStringLiteral("authentication failed"));
        m_key.reset(); // never keep a key that opens nothing
        m_salt.clear();
        return vaultError(SecretErrorCode::WrongPassphrase);
    }
    auto entries = VaultPayload::decode(plain.value);
    wipeBytes(plain.value);
    if (!entries)
        return vaultError(SecretErrorCode::VaultDamaged, QStringLiteral("the content is not a vault"));
    opened.entries = std::move(*entries);
    opened.header = header.value;
    return std::nullopt;
}

std::optional<SecretError> SecretVault::keyFor(const BundleHeader &header, bool *derived)
{
    *derived = false;
    if (m_key && header.salt == m_salt && header.kdf == m_keyKdf)
        return std::nullopt;
    if (m_passphrase.isEmpty())
        return vaultError(SecretErrorCode::VaultLocked);
    auto key = EncryptedBundle::deriveKey(QString::fromUtf8(m_passphrase), header);
    ++m_derivations;
    if (!key.ok())
        return vaultError(SecretErrorCode::VaultDamaged, key.error->codeName());
    qCDebug(lcVault) << "vault key derived";
    m_key = std::move(key.value);
    m_salt = header.salt;
    m_keyKdf = header.kdf;
    *derived = true;
    return std::nullopt;
}

std::optional<SecretError> SecretVault::modify(const std::function<bool(Entries &)> &change)
{
    QString problem;
    if (!PrivateFile::makeFolder(QFileInfo(m_path).absolutePath(), &problem))
        return vaultError(SecretErrorCode::VaultFailed, problem);
    QLockFile lock(m_lockPath);
    if (auto error = takeLock(lock, m_lockPath))
        return error;
    Opened opened;
    if (auto error = load(opened))
        return error;
    if (!change(opened.entries)) {
        VaultPayload::wipe(opened.entries);
        return std::nullopt;
    }
    BundleHeader header;
    if (opened.header) {
        header = *opened.header;
    } else if (m_key) { // the file went away: keep the salt of the key we have
        header = EncryptedBundle::newHeader(m_keyKdf);
        header.salt = m_salt;
    } else {
        header = EncryptedBundle::newHeader(m_kdf);
        bool derived = false;
        if (auto error = keyFor(header, &derived)) {
            VaultPayload::wipe(opened.entries);
            return error;
        }
    }
    auto error = save(opened.entries, header, *m_key);
    VaultPayload::wipe(opened.entries);
    return error;
}

std::optional<SecretError> SecretVault::save(
    const Entries &entries, BundleHeader header, const BundleKey &key)
{
    header.nonce = EncryptedBundle::newHeader(header.kdf).nonce; // never a nonce twice under one key
    QByteArray plain = VaultPayload::encode(entries);
    const QByteArray sealed = EncryptedBundle::sealWithKey(plain, key, header);
    wipeBytes(plain);
    QString problem;
    if (!PrivateFile::write(m_path, sealed, &problem))
        return vaultError(SecretErrorCode::VaultFailed, problem);
    return std::nullopt;
}

std::optional<SecretError> SecretVault::changePassphrase(const QString &newPassphrase)
{
    if (newPassphrase.isEmpty())
        return vaultError(SecretErrorCode::VaultLocked, QStringLiteral("the new passphrase is empty"));
    QLockFile lock(m_lockPath);
    if (auto error = takeLock(lock, m_lockPath))
        return error;
    Opened opened;
    if (auto error = load(opened))
        return error;
    if (!opened.header)
        return vaultError(SecretErrorCode::NotFound, QStringLiteral("there is no vault file yet"));
    QByteArray oldPassphrase = m_passphrase;
    std::optional<BundleKey> oldKey = std::move(m_key);
    const QByteArray oldSalt = m_salt;
    const KdfParams oldKdf = m_keyKdf;
    m_passphrase = newPassphrase.toUtf8();
    m_key.reset();
    const BundleHeader header = EncryptedBundle::newHeader(m_kdf);
    bool derived = false;
    auto error = keyFor(header, &derived);
    if (!error)
        error = save(opened.entries, header, *m_key);
    VaultPayload::wipe(opened.entries);
    if (error) { // the file is as it was: so is this object
        wipeBytes(m_passphrase);
        m_passphrase = oldPassphrase;
        m_key = std::move(oldKey);
        m_salt = oldSalt;
        m_keyKdf = oldKdf;
        return error;
    }
    wipeBytes(oldPassphrase);
    return std::nullopt;
}

} // namespace vkauth
