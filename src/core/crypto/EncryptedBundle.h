// SPDX-License-Identifier: MIT
#pragma once

#include "transfer/ExportError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

namespace vkauth {

// Argon2id cost, stored in every bundle's header so later versions can raise it.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    static KdfParams interactive(); // libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE: the minimum accepted
    static KdfParams defaults(); // what export writes
    // Whether a reader of format version 1 accepts these limits (see docs/export-format.md):
    // from INTERACTIVE up to 4 passes and 256 MiB, memory a multiple of 1 KiB.
    bool acceptable() const;
    bool operator==(const KdfParams &) const = default;
};

// A 256-bit key, wiped when destroyed. Move-only.
class BundleKey
{
public:
    static constexpr int size = 32;
    BundleKey();
    ~BundleKey();
    BundleKey(BundleKey &&other) noexcept;
    BundleKey &operator=(BundleKey &&other) noexcept;
    BundleKey(const BundleKey &) = delete;
    BundleKey &operator=(const BundleKey &) = delete;

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }

private:
    std::array<unsigned char, size> m_bytes {};
};

// The parsed fixed-size header of an encrypted bundle.
struct BundleHeader
{
    quint16 version = 0;
    KdfParams kdf;
    QByteArray salt; // 16 bytes
    QByteArray nonce; // 24 bytes
};

// The encrypted container of docs/export-format.md: a 68-byte header (magic, version, algorithms,
// Argon2id limits, salt, nonce), then XChaCha20-Poly1305 ciphertext and tag, the whole header
// authenticated as associated data. Everything here is synchronous and thread-safe; the KDF takes
// about a tenth of a second and 64 MiB at the default cost, so call seal()/open() off the GUI thread
// if that matters.
namespace EncryptedBundle {

inline constexpr QByteArrayView magic {"VKAUTHEX", 8};
inline constexpr quint16 currentVersion = 1;
inline constexpr int headerSize = 68;
inline constexpr int tagSize = 16;
inline constexpr qsizetype maxSize = 64 * 1024 * 1024; // no export of ours comes close

// Calls sodium_init() once per process; false if libsodium cannot start.
bool initCrypto();

// Whether data starts like a bundle (the magic, or a non-empty prefix of it).
bool looksLikeBundle(QByteArrayView data);

// Encrypts plaintext under a key derived from the passphrase with a fresh random salt and nonce.
ExportResult<QByteArray> seal(
    QByteArrayView plaintext, const QString &passphrase, const KdfParams &kdf = KdfParams::defaults());
// Checks the header, derives the key, decrypts and authenticates. Fails with EmptyFile, NotOurFile,
// Truncated, UnsupportedVersion, BadHeader, TooLarge, WrongPassphrase or CryptoFailed.
ExportResult<QByteArray> open(QByteArrayView bundle, const QString &passphrase);

// The two layers open() is made of, for callers that derive a key once and use it many times.
ExportResult<BundleHeader> parseHeader(QByteArrayView bundle);
ExportResult<BundleKey> deriveKey(const QString &passphrase, const BundleHeader &header);
QByteArray sealWithKey(QByteArrayView plaintext, const BundleKey &key, const BundleHeader &header);
ExportResult<QByteArray> openWithKey(QByteArrayView bundle, const BundleKey &key);

// A header with a fresh random salt and nonce.
BundleHeader newHeader(const KdfParams &kdf = KdfParams::defaults());
QByteArray encodeHeader(const BundleHeader &header);

} // namespace EncryptedBundle
} // namespace vkauth
