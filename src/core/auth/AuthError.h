// SPDX-License-Identifier: MIT
#pragma once

#include "ErrorShape.h"

#include <QMetaType>
#include <QString>

namespace vkauth {

// Every way a flow can end without a token. The first nine are the seed's AuthErrorCode values
// (same names on the wire of the CLI's --json output); the rest are what a desktop app adds.
enum class AuthErrorCode {
    PageBlocked,
    InvalidPhoneNumber,
    AuthorizationFailed,
    FailedPassedCaptcha,
    FailedPassedTwoFactor,
    UsernameOrPasswordIsIncorrect,
    TooMuchTries,
    WrongOtp,
    OtpFormatIsIncorrect,
    NetworkError,
    Timeout,
    Cancelled,
    BadResponse,
    InvalidInput,
    AccessDenied,
};

// ErrorShape: code, codeName() ("WRONG_OTP", "NETWORK_ERROR", ...: stable names for scripts and logs),
// message, details (the server's own words or the transport's), describe(), codeFromName(), text().
struct AuthError : ErrorShape<AuthError, AuthErrorCode, AuthErrorCode::AuthorizationFailed>
{
    static const char *const context; // "AuthError"
    static const std::array<ErrorText<AuthErrorCode>, 15> rows;
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::AuthError)
