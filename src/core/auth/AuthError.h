#pragma once

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

struct AuthError
{
    AuthErrorCode code = AuthErrorCode::AuthorizationFailed;
    QString message; // translated, for people
    QString details; // the server's own words or the transport's, never a secret

    static AuthError make(AuthErrorCode code, const QString &details = {});

    // "WRONG_OTP", "NETWORK_ERROR", ...: stable names for scripts and logs.
    static QString codeName(AuthErrorCode code);
    static AuthErrorCode codeFromName(const QString &name, bool *ok = nullptr);
    static QString describe(AuthErrorCode code);
    QString codeName() const { return codeName(code); }
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::AuthError)
