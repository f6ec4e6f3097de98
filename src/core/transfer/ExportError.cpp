#include "transfer/ExportError.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace vkauth {
namespace {

constexpr std::array<std::pair<ExportErrorCode, const char *>, 17> kNames {{
    {ExportErrorCode::EmptyFile, "EMPTY_FILE"},
    {ExportErrorCode::NotOurFile, "NOT_OUR_FILE"},
    {ExportErrorCode::UnsupportedVersion, "UNSUPPORTED_VERSION"},
    {ExportErrorCode::Truncated, "TRUNCATED"},
    {ExportErrorCode::BadHeader, "BAD_HEADER"},
    {ExportErrorCode::WrongPassphrase, "WRONG_PASSPHRASE"},
    {ExportErrorCode::Corrupt, "CORRUPT"},
    {ExportErrorCode::TooLarge, "TOO_LARGE"},
    {ExportErrorCode::NoTokens, "NO_TOKENS"},
    {ExportErrorCode::EmptyPassphrase, "EMPTY_PASSPHRASE"},
    {ExportErrorCode::NothingSelected, "NOTHING_SELECTED"},
    {ExportErrorCode::EnvNotSupported, "ENV_NOT_SUPPORTED"},
    {ExportErrorCode::CryptoFailed, "CRYPTO_FAILED"},
    {ExportErrorCode::ReadFailed, "READ_FAILED"},
    {ExportErrorCode::WriteFailed, "WRITE_FAILED"},
    {ExportErrorCode::KeychainFailed, "KEYCHAIN_FAILED"},
    {ExportErrorCode::Cancelled, "CANCELLED"},
}};

} // namespace

ExportError ExportError::make(ExportErrorCode code, const QString &details)
{
    return ExportError {code, describe(code), details};
}

QString ExportError::codeName(ExportErrorCode code)
{
    for (const auto &[c, name] : kNames) {
        if (c == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("NOT_OUR_FILE");
}

QString ExportError::describe(ExportErrorCode code)
{
    switch (code) {
    case ExportErrorCode::EmptyFile:
        return QCoreApplication::translate("ExportError", "The file is empty.");
    case ExportErrorCode::NotOurFile:
        return QCoreApplication::translate("ExportError", "This is not a VK Auth export file.");
    case ExportErrorCode::UnsupportedVersion:
        return QCoreApplication::translate(
            "ExportError", "This export was made by a newer version of VK Auth, or its header is damaged.");
    case ExportErrorCode::Truncated:
        return QCoreApplication::translate("ExportError", "The file is incomplete: it was cut short.");
    case ExportErrorCode::BadHeader:
        return QCoreApplication::translate("ExportError",
            "The file's encryption settings are not valid; it is damaged or not from VK Auth.");
    case ExportErrorCode::WrongPassphrase:
        return QCoreApplication::translate(
            "ExportError", "Wrong passphrase, or the file was changed or damaged after export.");
    case ExportErrorCode::Corrupt:
        return QCoreApplication::translate(
            "ExportError", "The file's content is damaged: it is not a valid list of profiles.");
    case ExportErrorCode::TooLarge:
        return QCoreApplication::translate("ExportError", "The file is too large to be a VK Auth export.");
    case ExportErrorCode::NoTokens:
        return QCoreApplication::translate(
            "ExportError", "This file lists profiles without their tokens; there is nothing to import.");
    case ExportErrorCode::EmptyPassphrase:
        return QCoreApplication::translate("ExportError", "Enter a passphrase.");
    case ExportErrorCode::NothingSelected:
        return QCoreApplication::translate("ExportError", "No profiles to export.");
    case ExportErrorCode::EnvNotSupported:
        return QCoreApplication::translate(
            "ExportError", "A profile without a token cannot be written as .env lines.");
    case ExportErrorCode::CryptoFailed:
        return QCoreApplication::translate("ExportError",
            "Encryption could not run (not enough memory, or the crypto library failed to start).");
    case ExportErrorCode::ReadFailed:
        return QCoreApplication::translate("ExportError", "The file could not be read.");
    case ExportErrorCode::WriteFailed:
        return QCoreApplication::translate("ExportError", "The file could not be written.");
    case ExportErrorCode::KeychainFailed:
        return QCoreApplication::translate(
            "ExportError", "The system keychain refused or is unavailable. Nothing was changed.");
    case ExportErrorCode::Cancelled:
        return QCoreApplication::translate("ExportError", "Cancelled. Nothing was changed.");
    }
    return QCoreApplication::translate("ExportError", "This is not a VK Auth export file.");
}

} // namespace vkauth
