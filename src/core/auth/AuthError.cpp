#include "auth/AuthError.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace vkauth {
namespace {

constexpr std::array<std::pair<AuthErrorCode, const char *>, 15> kNames {{
    {AuthErrorCode::PageBlocked, "PAGE_BLOCKED"},
    {AuthErrorCode::InvalidPhoneNumber, "INVALID_PHONE_NUMBER"},
    {AuthErrorCode::AuthorizationFailed, "AUTHORIZATION_FAILED"},
    {AuthErrorCode::FailedPassedCaptcha, "FAILED_PASSED_CAPTCHA"},
    {AuthErrorCode::FailedPassedTwoFactor, "FAILED_PASSED_TWO_FACTOR"},
    {AuthErrorCode::UsernameOrPasswordIsIncorrect, "USERNAME_OR_PASSWORD_IS_INCORRECT"},
    {AuthErrorCode::TooMuchTries, "TOO_MUCH_TRIES"},
    {AuthErrorCode::WrongOtp, "WRONG_OTP"},
    {AuthErrorCode::OtpFormatIsIncorrect, "OTP_FORMAT_IS_INCORRECT"},
    {AuthErrorCode::NetworkError, "NETWORK_ERROR"},
    {AuthErrorCode::Timeout, "TIMEOUT"},
    {AuthErrorCode::Cancelled, "CANCELLED"},
    {AuthErrorCode::BadResponse, "BAD_RESPONSE"},
    {AuthErrorCode::InvalidInput, "INVALID_INPUT"},
    {AuthErrorCode::AccessDenied, "ACCESS_DENIED"},
}};

} // namespace

AuthError AuthError::make(AuthErrorCode code, const QString &details)
{
    return AuthError {code, describe(code), details};
}

QString AuthError::codeName(AuthErrorCode code)
{
    for (const auto &[c, name] : kNames) {
        if (c == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("AUTHORIZATION_FAILED");
}

AuthErrorCode AuthError::codeFromName(const QString &name, bool *ok)
{
    for (const auto &[c, n] : kNames) {
        if (name == QLatin1String(n)) {
            if (ok)
                *ok = true;
            return c;
        }
    }
    if (ok)
        *ok = false;
    return AuthErrorCode::AuthorizationFailed;
}

QString AuthError::describe(AuthErrorCode code)
{
    switch (code) {
    case AuthErrorCode::PageBlocked:
        return QCoreApplication::translate("AuthError", "This VK page is blocked.");
    case AuthErrorCode::InvalidPhoneNumber:
        return QCoreApplication::translate(
            "AuthError", "The phone number is missing or does not match the account.");
    case AuthErrorCode::AuthorizationFailed:
        return QCoreApplication::translate("AuthError", "VK refused the authorization.");
    case AuthErrorCode::FailedPassedCaptcha:
        return QCoreApplication::translate("AuthError", "The captcha was not solved after several attempts.");
    case AuthErrorCode::FailedPassedTwoFactor:
        return QCoreApplication::translate(
            "AuthError", "The two-factor code was not accepted after several attempts.");
    case AuthErrorCode::UsernameOrPasswordIsIncorrect:
        return QCoreApplication::translate("AuthError", "The login or password is incorrect.");
    case AuthErrorCode::TooMuchTries:
        return QCoreApplication::translate("AuthError", "Too many attempts. Try again later.");
    case AuthErrorCode::WrongOtp:
        return QCoreApplication::translate("AuthError", "The two-factor code is wrong.");
    case AuthErrorCode::OtpFormatIsIncorrect:
        return QCoreApplication::translate("AuthError", "The two-factor code has the wrong format.");
    case AuthErrorCode::NetworkError:
        return QCoreApplication::translate("AuthError", "Could not reach VK. Check the connection.");
    case AuthErrorCode::Timeout:
        return QCoreApplication::translate("AuthError", "VK did not answer in time.");
    case AuthErrorCode::Cancelled:
        return QCoreApplication::translate("AuthError", "Cancelled.");
    case AuthErrorCode::BadResponse:
        return QCoreApplication::translate("AuthError", "VK sent a reply that could not be understood.");
    case AuthErrorCode::InvalidInput:
        return QCoreApplication::translate("AuthError", "Some of the settings are not valid.");
    case AuthErrorCode::AccessDenied:
        return QCoreApplication::translate("AuthError", "Access was denied.");
    }
    return QCoreApplication::translate("AuthError", "VK refused the authorization.");
}

} // namespace vkauth
