// SPDX-License-Identifier: MIT
#include "crypto/EncryptedBundle.h"

#include <QLoggingCategory>
#include <QtEndian>

#include <sodium.h>

#include <mutex>

Q_LOGGING_CATEGORY(lcBundle, "vkauth.export.bundle")

namespace vkauth {
namespace {

constexpr quint8 kKdfArgon2id13 = 1;
constexpr quint8 kCipherXChaCha20Poly1305 = 1;
// The most a file may ask of the reader's machine before its passphrase is even tried: a hostile
// header could otherwise demand 16 passes over 1 GiB (issue 13 item 9).
constexpr quint64 kMaxOpsLimit = 4;
constexpr quint64 kMaxMemLimit = 256ull * 1024 * 1024;
constexpr int kSaltSize = crypto_pwhash_SALTBYTES;
constexpr int kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;

static_assert(kSaltSize == 16 && kNonceSize == 24);
static_assert(BundleKey::size == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(EncryptedBundle::tagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(EncryptedBundle::headerSize == 8 + 2 + 1 + 1 + 8 + 8 + kSaltSize + kNonceSize);

// Offsets in the header.
constexpr int kVersionAt = 8;
constexpr int kKdfAt = 10;
constexpr int kCipherAt = 11;
constexpr int kOpsAt = 12;
constexpr int kMemAt = 20;
constexpr int kSaltAt = 28;
constexpr int kNonceAt = 44;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace

KdfParams KdfParams::interactive()
{
    return KdfParams {
        crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::defaults()
{
    return interactive();
}

bool KdfParams::acceptable() const
{
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE && opsLimit <= kMaxOpsLimit
        && memLimit >= crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE && memLimit <= kMaxMemLimit
        && memLimit % 1024 == 0;
}

BundleKey::BundleKey() = default;

BundleKey::~BundleKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

BundleKey::BundleKey(BundleKey &&other) noexcept
    : m_bytes(other.m_bytes)
{
    sodium_memzero(other.m_bytes.data(), other.m_bytes.size());
}

BundleKey &BundleKey::operator=(BundleKey &&other) noexcept
{
    if (this != &other) {
        m_bytes = other.m_bytes;
        sodium_memzero(other.m_bytes.data(), other.m_bytes.size());
    }
    return *this;
}

namespace EncryptedBundle {

bool initCrypto()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        ok = sodium_init() >= 0;
        if (!ok)
            qCWarning(lcBundle) << "libsodium failed to initialise";
    });
    return ok;
}

bool looksLikeBundle(QByteArrayView data)
{
    if (data.isEmpty())
        return false;
    const qsizetype n = qMin(data.size(), magic.size());
    return data.first(n) == magic.first(n);
}

BundleHeader newHeader(const KdfParams &kdf)
{
    BundleHeader header;
    header.version = currentVersion;
    header.kdf = kdf;
    header.salt.resize(kSaltSize);
    header.nonce.resize(kNonceSize);
    if (initCrypto()) {
        randombytes_buf(header.salt.data(), kSaltSize);
        randombytes_buf(header.nonce.data(), kNonceSize);
    }
    return header;
}

QByteArray encodeHeader(const BundleHeader &header)
{
    QByteArray out(headerSize, '\0');
    std::copy(magic.begin(), magic.end(), out.begin());
    qToBigEndian<quint16>(header.version, out.data() + kVersionAt);
    out[kKdfAt] = char(kKdfArgon2id13);
    out[kCipherAt] = char(kCipherXChaCha20Poly1305);
    qToBigEndian<quint64>(header.kdf.opsLimit, out.data() + kOpsAt);
    qToBigEndian<quint64>(header.kdf.memLimit, out.data() + kMemAt);
    std::copy(header.salt.begin(), header.salt.end(), out.begin() + kSaltAt);
    std::copy(header.nonce.begin(), header.nonce.end(), out.begin() + kNonceAt);
    return out;
}

ExportResult<BundleHeader> parseHeader(QByteArrayView bundle)
{
    using R = ExportResult<BundleHeader>;
    if (bundle.isEmpty())
        return R::failure(ExportErrorCode::EmptyFile);
    if (!looksLikeBundle(bundle))
        return R::failure(ExportErrorCode::NotOurFile);
    if (bundle.size() > maxSize)
        return R::failure(ExportErrorCode::TooLarge);
    if (bundle.size() < kVersionAt + 2)
        return R::failure(ExportErrorCode::Truncated);
    BundleHeader header;
    header.version = qFromBigEndian<quint16>(bundle.data() + kVersionAt);
    if (header.version != currentVersion)
        return R::failure(
            ExportErrorCode::UnsupportedVersion, QStringLiteral("bundle version %1").arg(header.version));
    if (bundle.size() < headerSize + tagSize)
        return R::failure(ExportErrorCode::Truncated);
    if (quint8(bundle[kKdfAt]) != kKdfArgon2id13 || quint8(bundle[kCipherAt]) != kCipherXChaCha20Poly1305)
        return R::failure(ExportErrorCode::BadHeader, QStringLiteral("unknown algorithm"));
    header.kdf.opsLimit = qFromBigEndian<quint64>(bundle.data() + kOpsAt);
    header.kdf.memLimit = qFromBigEndian<quint64>(bundle.data() + kMemAt);
    if (!header.kdf.acceptable())
        return R::failure(ExportErrorCode::BadHeader, QStringLiteral("key derivation limits out of range"));
    header.salt = bundle.sliced(kSaltAt, kSaltSize).toByteArray();
    header.nonce = bundle.sliced(kNonceAt, kNonceSize).toByteArray();
    return R::success(header);
}

ExportResult<BundleKey> deriveKey(const QString &passphrase, const BundleHeader &header)
{
    using R = ExportResult<BundleKey>;
    if (passphrase.isEmpty())
        return R::failure(ExportErrorCode::EmptyPassphrase);
    if (!initCrypto())
        return R::failure(ExportErrorCode::CryptoFailed, QStringLiteral("sodium_init"));
    if (!header.kdf.acceptable() || header.salt.size() != kSaltSize)
        return R::failure(ExportErrorCode::BadHeader);
    QByteArray utf8 = passphrase.toUtf8();
    BundleKey key;
    const int rc = crypto_pwhash(key.data(), BundleKey::size, utf8.constData(), quint64(utf8.size()),
        bytes(header.salt), header.kdf.opsLimit, size_t(header.kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return R::failure(ExportErrorCode::CryptoFailed, QStringLiteral("crypto_pwhash"));
    return R::success(std::move(key));
}

QByteArray sealWithKey(QByteArrayView plaintext, const BundleKey &key, const BundleHeader &header)
{
    QByteArray out = encodeHeader(header);
    out.resize(headerSize + plaintext.size() + tagSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(out) + headerSize, &written, bytes(plaintext),
        quint64(plaintext.size()), bytes(out), headerSize, nullptr, bytes(header.nonce), key.data());
    out.resize(headerSize + qsizetype(written));
    return out;
}

ExportResult<QByteArray> openWithKey(QByteArrayView bundle, const BundleKey &key)
{
    using R = ExportResult<QByteArray>;
    const auto header = parseHeader(bundle);
    if (!header.ok())
        return R::failure(*header.error);
    const QByteArrayView sealed = bundle.sliced(headerSize);
    QByteArray plain(sealed.size() - tagSize, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plain), &length, nullptr, bytes(sealed),
            quint64(sealed.size()), bytes(bundle), headerSize, bytes(header.value.nonce), key.data())
        != 0) {
        return R::failure(ExportErrorCode::WrongPassphrase);
    }
    plain.resize(qsizetype(length));
    return R::success(plain);
}

ExportResult<QByteArray> seal(QByteArrayView plaintext, const QString &passphrase, const KdfParams &kdf)
{
    using R = ExportResult<QByteArray>;
    if (!kdf.acceptable())
        return R::failure(ExportErrorCode::BadHeader, QStringLiteral("key derivation limits out of range"));
    if (!initCrypto())
        return R::failure(ExportErrorCode::CryptoFailed, QStringLiteral("sodium_init"));
    if (plaintext.size() > maxSize - headerSize - tagSize)
        return R::failure(ExportErrorCode::TooLarge);
    const BundleHeader header = newHeader(kdf);
    const auto key = deriveKey(passphrase, header);
    if (!key.ok())
        return R::failure(*key.error);
    return R::success(sealWithKey(plaintext, key.value, header));
}

ExportResult<QByteArray> open(QByteArrayView bundle, const QString &passphrase)
{
    using R = ExportResult<QByteArray>;
    const auto header = parseHeader(bundle);
    if (!header.ok())
        return R::failure(*header.error);
    const auto key = deriveKey(passphrase, header.value);
    if (!key.ok())
        return R::failure(*key.error);
    return openWithKey(bundle, key.value);
}

} // namespace EncryptedBundle
} // namespace vkauth
