// SPDX-License-Identifier: MIT
#include "transfer/ExportError.h"

#include <QCoreApplication>

namespace vkauth {

const char *const ExportError::context = "ExportError";

const std::array<ErrorText<ExportErrorCode>, 17> ExportError::rows {{
    {ExportErrorCode::EmptyFile, "EMPTY_FILE", QT_TRANSLATE_NOOP("ExportError", "The file is empty.")},
    {ExportErrorCode::NotOurFile, "NOT_OUR_FILE",
        QT_TRANSLATE_NOOP("ExportError", "This is not a VK Auth export file.")},
    {ExportErrorCode::UnsupportedVersion, "UNSUPPORTED_VERSION",
        QT_TRANSLATE_NOOP(
            "ExportError", "This export was made by a newer version of VK Auth, or its header is damaged.")},
    {ExportErrorCode::Truncated, "TRUNCATED",
        QT_TRANSLATE_NOOP("ExportError", "The file is incomplete: it was cut short.")},
    {ExportErrorCode::BadHeader, "BAD_HEADER",
        QT_TRANSLATE_NOOP("ExportError",
            "The file's encryption settings are not valid; it is damaged or not from VK Auth.")},
    {ExportErrorCode::WrongPassphrase, "WRONG_PASSPHRASE",
        QT_TRANSLATE_NOOP(
            "ExportError", "Wrong passphrase, or the file was changed or damaged after export.")},
    {ExportErrorCode::Corrupt, "CORRUPT",
        QT_TRANSLATE_NOOP(
            "ExportError", "The file's content is damaged: it is not a valid list of profiles.")},
    {ExportErrorCode::TooLarge, "TOO_LARGE",
        QT_TRANSLATE_NOOP("ExportError", "The file is too large to be a VK Auth export.")},
    {ExportErrorCode::NoTokens, "NO_TOKENS",
        QT_TRANSLATE_NOOP(
            "ExportError", "This file lists profiles without their tokens; there is nothing to import.")},
    {ExportErrorCode::EmptyPassphrase, "EMPTY_PASSPHRASE",
        QT_TRANSLATE_NOOP("ExportError", "Enter a passphrase.")},
    {ExportErrorCode::NothingSelected, "NOTHING_SELECTED",
        QT_TRANSLATE_NOOP("ExportError", "No profiles to export.")},
    {ExportErrorCode::EnvNotSupported, "ENV_NOT_SUPPORTED",
        QT_TRANSLATE_NOOP("ExportError", "A profile without a token cannot be written as .env lines.")},
    {ExportErrorCode::CryptoFailed, "CRYPTO_FAILED",
        QT_TRANSLATE_NOOP("ExportError",
            "Encryption could not run (not enough memory, or the crypto library failed to start).")},
    {ExportErrorCode::ReadFailed, "READ_FAILED",
        QT_TRANSLATE_NOOP("ExportError", "The file could not be read.")},
    {ExportErrorCode::WriteFailed, "WRITE_FAILED",
        QT_TRANSLATE_NOOP("ExportError", "The file could not be written.")},
    {ExportErrorCode::KeychainFailed, "KEYCHAIN_FAILED",
        QT_TRANSLATE_NOOP(
            "ExportError", "The system keychain refused or is unavailable. Nothing was changed.")},
    {ExportErrorCode::Cancelled, "CANCELLED",
        QT_TRANSLATE_NOOP("ExportError", "Cancelled. Nothing was changed.")},
}};

} // namespace vkauth
