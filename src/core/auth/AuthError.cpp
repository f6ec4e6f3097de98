// SPDX-License-Identifier: MIT
#include "auth/AuthError.h"

#include <QCoreApplication>

namespace vkauth {

const char *const AuthError::context = "AuthError";

// The first nine names are the seed's; the messages are translated in the "AuthError" context.
const std::array<ErrorText<AuthErrorCode>, 15> AuthError::rows {{
    {AuthErrorCode::PageBlocked, "PAGE_BLOCKED", QT_TRANSLATE_NOOP("AuthError", "This VK page is blocked.")},
    {AuthErrorCode::InvalidPhoneNumber, "INVALID_PHONE_NUMBER",
        QT_TRANSLATE_NOOP("AuthError", "The phone number is missing or does not match the account.")},
    {AuthErrorCode::AuthorizationFailed, "AUTHORIZATION_FAILED",
        QT_TRANSLATE_NOOP("AuthError", "VK refused the authorization.")},
    {AuthErrorCode::FailedPassedCaptcha, "FAILED_PASSED_CAPTCHA",
        QT_TRANSLATE_NOOP("AuthError", "The captcha was not solved after several attempts.")},
    {AuthErrorCode::FailedPassedTwoFactor, "FAILED_PASSED_TWO_FACTOR",
        QT_TRANSLATE_NOOP("AuthError", "The two-factor code was not accepted after several attempts.")},
    {AuthErrorCode::UsernameOrPasswordIsIncorrect, "USERNAME_OR_PASSWORD_IS_INCORRECT",
        QT_TRANSLATE_NOOP("AuthError", "The login or password is incorrect.")},
    {AuthErrorCode::TooMuchTries, "TOO_MUCH_TRIES",
        QT_TRANSLATE_NOOP("AuthError", "Too many attempts. Try again later.")},
    {AuthErrorCode::WrongOtp, "WRONG_OTP", QT_TRANSLATE_NOOP("AuthError", "The two-factor code is wrong.")},
    {AuthErrorCode::OtpFormatIsIncorrect, "OTP_FORMAT_IS_INCORRECT",
        QT_TRANSLATE_NOOP("AuthError", "The two-factor code has the wrong format.")},
    {AuthErrorCode::NetworkError, "NETWORK_ERROR",
        QT_TRANSLATE_NOOP("AuthError", "Could not reach VK. Check the connection.")},
    {AuthErrorCode::Timeout, "TIMEOUT", QT_TRANSLATE_NOOP("AuthError", "VK did not answer in time.")},
    {AuthErrorCode::Cancelled, "CANCELLED", QT_TRANSLATE_NOOP("AuthError", "Cancelled.")},
    {AuthErrorCode::BadResponse, "BAD_RESPONSE",
        QT_TRANSLATE_NOOP("AuthError", "VK sent a reply that could not be understood.")},
    {AuthErrorCode::InvalidInput, "INVALID_INPUT",
        QT_TRANSLATE_NOOP("AuthError", "Some of the settings are not valid.")},
    {AuthErrorCode::AccessDenied, "ACCESS_DENIED", QT_TRANSLATE_NOOP("AuthError", "Access was denied.")},
}};

} // namespace vkauth
