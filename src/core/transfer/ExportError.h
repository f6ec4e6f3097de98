// SPDX-License-Identifier: MIT
#pragma once

#include "ErrorShape.h"

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

namespace vkauth {

// Every way an export or an import can fail. Import failures leave the profile store unchanged.
enum class ExportErrorCode {
    EmptyFile, // the file has no bytes
    NotOurFile, // not a VK Auth export of any known format
    UnsupportedVersion, // ours, but written by a newer VK Auth (or damaged in the version field)
    Truncated, // ours, but cut short
    BadHeader, // encrypted bundle with unknown algorithms or KDF limits out of range
    WrongPassphrase, // authentication failed: wrong passphrase, or the file was changed
    Corrupt, // decrypted (or plain) content is not a valid profile list
    TooLarge, // larger than any export we would write
    NoTokens, // a metadata-only list: nothing that could be imported
    EmptyPassphrase,
    NothingSelected, // no profile to export
    EnvNotSupported, // a profile cannot be written as .env (no token)
    CryptoFailed, // libsodium could not start, or the KDF ran out of memory
    ReadFailed,
    WriteFailed,
    KeychainFailed, // the OS keychain refused or is unavailable; store unchanged
    Cancelled,
};

// ErrorShape: code, codeName() ("WRONG_PASSPHRASE", "TRUNCATED", ...: stable names for scripts and
// logs), message, details (file name, OS or keychain wording; never a secret), describe(), text().
struct ExportError : ErrorShape<ExportError, ExportErrorCode, ExportErrorCode::NotOurFile>
{
    static const char *const context; // "ExportError"
    static const std::array<ErrorText<ExportErrorCode>, 17> rows;
};

// A value or the reason there is none. Exactly one of the two is meaningful.
template <typename T> struct ExportResult
{
    std::optional<ExportError> error;
    T value {};

    bool ok() const { return !error.has_value(); }
    static ExportResult success(T v) { return ExportResult {std::nullopt, std::move(v)}; }
    static ExportResult failure(const ExportError &e) { return ExportResult {e, T {}}; }
    static ExportResult failure(ExportErrorCode code, const QString &details = {})
    {
        return failure(ExportError::make(code, details));
    }
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::ExportError)
