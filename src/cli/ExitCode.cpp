#include "ExitCode.h"

namespace vkauth::cli {

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
