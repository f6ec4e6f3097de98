// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/EncryptedBundle.h"
#include "profiles/Profile.h"
#include "transfer/ExportError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vkauth {

// The four ways profiles leave the app (docs/export-format.md).
enum class ExportFormat {
    Encrypted, // default: the JSON list with tokens, in an EncryptedBundle under a passphrase
    Json, // the JSON list with tokens, readable by anyone who can read the file
    Env, // VK_TOKEN=... / VK_GROUP_<id>_TOKEN=... lines for scripts
    Metadata, // the JSON list without tokens, for sharing a list
};

// One profile as it travels: the non-secret half and its secrets (empty in a metadata-only list).
struct TransferEntry
{
    Profile profile;
    ProfileSecrets secrets;
};

// Pure, synchronous conversions between profiles and file content. No keychain, no files: see
// ProfileExporter / ProfileImporter for those, and ExportFile for writing and reading.
namespace ExportFormats {

inline constexpr int documentVersion = 1; // of the JSON list (inside the bundle too)
inline constexpr int envVersion = 1;

QString name(ExportFormat format); // "encrypted", "json", "env", "meta"
std::optional<ExportFormat> fromName(const QString &name); // the same names, case-insensitive
QString describe(ExportFormat format); // translated, for people
QString fileSuffix(ExportFormat format); // "vkauth", "json", "env", "json"
inline bool needsPassphrase(ExportFormat format)
{
    return format == ExportFormat::Encrypted;
}
inline bool carriesTokens(ExportFormat format)
{
    return format != ExportFormat::Metadata;
}

// File content for the entries. Encrypted needs a non-empty passphrase; Env needs a token in every
// entry. Fails with NothingSelected, EmptyPassphrase, EnvNotSupported, BadHeader or CryptoFailed.
ExportResult<QByteArray> serialize(const QList<TransferEntry> &entries, ExportFormat format,
    const QString &passphrase = {}, const KdfParams &kdf = KdfParams::defaults());

// Which of the four formats the content is, without a passphrase. Fails with EmptyFile, NotOurFile,
// UnsupportedVersion, TooLarge (or Truncated for the start of a bundle).
ExportResult<ExportFormat> detect(QByteArrayView content);

// The entries in any of the four formats (detected). The passphrase is used only for Encrypted.
// Secrets are empty for Metadata. Every failure of EncryptedBundle::open, plus Corrupt.
ExportResult<QList<TransferEntry>> parse(QByteArrayView content, const QString &passphrase = {});

// The .env variable names serialize() gives the entries, in order.
QStringList envNames(const QList<TransferEntry> &entries);

} // namespace ExportFormats
} // namespace vkauth
