// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "auth/Prompter.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace vkauth {

// What one answer of VK's /token endpoint means (PROTOCOL.md "Direct authorization" and "Seen in real
// replies, 2023–2026"). A pure reader: no network, no QObject, no state; safe to fuzz.
struct TokenReply
{
    enum class Kind {
        Success, // a token
        Captcha, // classic image captcha, or the "not robot" check when notRobot
        TwoFactor, // need_validation with a 2fa_* validation_type
        SecurityCheck, // need_validation (or API error 17) with a redirect_uri and no validation_type
        CodeRefused, // wrong_otp / otp_format_is_incorrect: the code sent was not taken
        Error, // the sign-in ends with `error`
    };
    Kind kind = Kind::Error;

    // Success
    QString accessToken; // secret
    qint64 userId = 0;
    qint64 expiresIn = 0;
    QString email;
    QString trustedHash; // secret

    // Captcha
    QString captchaSid;
    QUrl captchaImage; // never fetched when notRobot: a placeholder then
    bool notRobot = false;

    // Captcha (not robot) and SecurityCheck
    QUrl redirectUri;

    // TwoFactor and CodeRefused
    TwoFactorChallenge::Channel channel = TwoFactorChallenge::Channel::App;
    QString validationType; // as VK wrote it, e.g. "2fa_callreset"
    QString validationSid;
    QString phoneMask;
    int codeLength = 6;
    bool smsResend = false; // validation_resend == "sms": an SMS can be asked for (auth.validatePhone)
    bool wrongCode = false; // CodeRefused: wrong_otp (else the format was wrong)

    // TwoFactor, CodeRefused and Error: VK's own words (error_description), redacted
    QString description;

    // Error
    AuthError error;

    int httpStatus = 0;
};

// Reads one /token answer. httpStatus is the HTTP status (VK answers flood control with 401).
TokenReply classifyTokenReply(int httpStatus, const QByteArray &body);

// The channel of a validation_type ("2fa_app", "2fa_sms", ...); unknown 2fa_* names count as App.
TwoFactorChallenge::Channel twoFactorChannel(const QString &validationType);
// The code length a channel expects when VK does not say (flash call: the caller's last 4 digits).
int defaultCodeLength(TwoFactorChallenge::Channel channel);

} // namespace vkauth
