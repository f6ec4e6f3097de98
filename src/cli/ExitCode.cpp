// SPDX-License-Identifier: MIT
#include "ExitCode.h"

#include <QCoreApplication>

#include <utility>

namespace vkauth::cli {

namespace {
// One line per code of the enum, in the README's words ("Exit codes of vkauth-cli"), shortened.
const std::pair<ExitCode, const char *> kExitCodes[] = {
    {Ok, QT_TRANSLATE_NOOP("vkauth::cli::ExitCode", "success")},
    {Failure, QT_TRANSLATE_NOOP("vkauth::cli::ExitCode", "other failure")},
    {Usage, QT_TRANSLATE_NOOP("vkauth::cli::ExitCode", "bad usage: unknown command, flag or value")},
    {AuthRefused,
        QT_TRANSLATE_NOOP("vkauth::cli::ExitCode", "VK refused the sign-in (or, for check, the token)")},
    {Network,
        QT_TRANSLATE_NOOP("vkauth::cli::ExitCode", "network: VK unreachable, timeout, reply not understood")},
    {Keychain, QT_TRANSLATE_NOOP("vkauth::cli::ExitCode", "the keychain or the vault failed")},
    {NotFound, QT_TRANSLATE_NOOP("vkauth::cli::ExitCode", "no such profile")},
    {Cancelled, QT_TRANSLATE_NOOP("vkauth::cli::ExitCode", "cancelled, or no answer could be read")},
    {NeedsBrowser,
        QT_TRANSLATE_NOOP("vkauth::cli::ExitCode", "VK asks for a step only a web browser can pass")},
    {Ambiguous,
        QT_TRANSLATE_NOOP("vkauth::cli::ExitCode", "PROFILE matches several profiles (they are listed)")},
    {NotAllValid, QT_TRANSLATE_NOOP("vkauth::cli::ExitCode", "check --all: not every profile's token works")},
};
} // namespace

QString exitCodeTable()
{
    QString text = QCoreApplication::translate("vkauth::cli::ExitCode", "Exit codes:") + u'\n';
    for (const auto &[code, meaning] : kExitCodes)
        text += QStringLiteral("  %1  %2\n")
                    .arg(int(code), 2)
                    .arg(QCoreApplication::translate("vkauth::cli::ExitCode", meaning));
    return text;
}

ExitCode exitCodeFor(AuthErrorCode code)
{
    switch (code) {
    case AuthErrorCode::PageBlocked:
    case AuthErrorCode::InvalidPhoneNumber:
    case AuthErrorCode::AuthorizationFailed:
    case AuthErrorCode::FailedPassedCaptcha:
    case AuthErrorCode::FailedPassedTwoFactor:
    case AuthErrorCode::UsernameOrPasswordIsIncorrect:
    case AuthErrorCode::TooMuchTries:
    case AuthErrorCode::WrongOtp:
    case AuthErrorCode::OtpFormatIsIncorrect:
    case AuthErrorCode::AccessDenied:
        return AuthRefused;
    case AuthErrorCode::NetworkError:
    case AuthErrorCode::Timeout:
    case AuthErrorCode::BadResponse:
        return Network;
    case AuthErrorCode::Cancelled:
        return Cancelled;
    case AuthErrorCode::InvalidInput:
        return Usage;
    }
    return Failure;
}

} // namespace vkauth::cli
