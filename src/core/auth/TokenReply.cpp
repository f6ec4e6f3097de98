// SPDX-License-Identifier: MIT
#include "auth/TokenReply.h"

#include "auth/AppRefusal.h"
#include "net/Redact.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace vkauth {

namespace {

qint64 toInt64(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toLongLong();
    return value.toInteger();
}

QString toText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QString field(const QJsonObject &reply, const char *key)
{
    return toText(reply.value(QLatin1String(key)));
}

// VK's own words: error, error_type and error_description joined, redacted.
QString serverWords(const QJsonObject &reply)
{
    QStringList parts;
    for (const char *key : {"error", "error_type", "error_description"}) {
        const QString value = field(reply, key);
        if (!value.isEmpty() && !parts.contains(value))
            parts.append(value);
    }
    return Redact::text(parts.join(QStringLiteral(": ")));
}

TokenReply failed(TokenReply reply, AuthErrorCode code, const QString &details, const QString &message = {})
{
    reply.kind = TokenReply::Kind::Error;
    reply.error = AuthError::make(code, details);
    if (!message.isEmpty())
        reply.error.message = message;
    return reply;
}

QString floodMessage()
{
    return QCoreApplication::translate("TokenReply",
        "VK has blocked sign-in with a password for a while (flood control). Wait a few "
        "hours before you try again, and do not retry now: every attempt extends the block.");
}

bool isTooMuchTries(const QString &error, const QString &type, const QString &description)
{
    if (error.contains(QLatin1String("flood control"), Qt::CaseInsensitive))
        return true;
    if (type == u"password_bruteforce_attempt" || type == u"too_much_tries")
        return true;
    return error == u"invalid_request" && type.isEmpty()
        && description.contains(QLatin1String("too much tries"), Qt::CaseInsensitive);
}

// An API-style error object ({"error":{"error_code":14,...}}): VK sends these too (captcha as error
// 14, validation as error 17, flood control as error 9).
TokenReply fromApiError(TokenReply reply, const QJsonObject &error)
{
    const qint64 code = toInt64(error.value(QLatin1String("error_code")));
    const QString message = Redact::text(field(error, "error_msg"));
    const QUrl redirect(field(error, "redirect_uri"));
    reply.description = message;
    if (code == 14) {
        reply.kind = TokenReply::Kind::Captcha;
        reply.captchaSid = field(error, "captcha_sid");
        reply.captchaImage = QUrl(field(error, "captcha_img"));
        reply.redirectUri = redirect;
        reply.notRobot = redirect.isValid() && !redirect.isEmpty();
        return reply;
    }
    if (code == 17 && redirect.isValid() && !redirect.isEmpty()) {
        reply.kind = TokenReply::Kind::SecurityCheck;
        reply.redirectUri = redirect;
        return reply;
    }
    if (code == 9)
        return failed(reply, AuthErrorCode::TooMuchTries, message, floodMessage());
    return failed(reply, AuthErrorCode::AuthorizationFailed,
        message.isEmpty() ? QStringLiteral("API error %1").arg(code) : message);
}

TokenReply fromValidation(TokenReply reply, const QJsonObject &json)
{
    if (json.contains(QLatin1String("ban_info"))) {
        const QJsonObject ban = json.value(QLatin1String("ban_info")).toObject();
        return failed(reply, AuthErrorCode::PageBlocked, Redact::text(field(ban, "message")));
    }
    const QString type = field(json, "validation_type");
    const QUrl redirect(field(json, "redirect_uri"));
    reply.redirectUri = redirect;
    if (type.startsWith(QLatin1String("2fa"))) {
        reply.kind = TokenReply::Kind::TwoFactor;
        reply.validationType = type;
        reply.channel = twoFactorChannel(type);
        reply.validationSid = field(json, "validation_sid");
        reply.phoneMask = field(json, "phone_mask");
        const qint64 length = toInt64(json.value(QLatin1String("code_length")));
        reply.codeLength = length > 0 && length <= 12 ? int(length) : defaultCodeLength(reply.channel);
        reply.smsResend = field(json, "validation_resend") == u"sms";
        reply.description = Redact::text(field(json, "error_description"));
        return reply;
    }
    if (type.isEmpty() && redirect.isValid() && !redirect.isEmpty()) {
        reply.kind = TokenReply::Kind::SecurityCheck;
        return reply;
    }
    return failed(reply, AuthErrorCode::AuthorizationFailed,
        QStringLiteral("need_validation (%1)").arg(type.isEmpty() ? QStringLiteral("none") : type));
}

} // namespace

TwoFactorChallenge::Channel twoFactorChannel(const QString &validationType)
{
    using Channel = TwoFactorChallenge::Channel;
    if (validationType == u"2fa_sms")
        return Channel::Sms;
    if (validationType == u"2fa_libverify")
        return Channel::LibVerify;
    if (validationType == u"2fa_callreset")
        return Channel::FlashCall;
    if (validationType == u"2fa_push")
        return Channel::Push;
    if (validationType == u"2fa_email")
        return Channel::Email;
    return Channel::App;
}

int defaultCodeLength(TwoFactorChallenge::Channel channel)
{
    return channel == TwoFactorChallenge::Channel::FlashCall ? 4 : 6;
}

TokenReply classifyTokenReply(int httpStatus, const QByteArray &body)
{
    TokenReply reply;
    reply.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString what = body.trimmed().isEmpty()
            ? QStringLiteral("HTTP %1, empty answer").arg(httpStatus)
            : QStringLiteral("HTTP %1, not JSON").arg(httpStatus);
        return failed(reply, AuthErrorCode::AuthorizationFailed, what);
    }
    const QJsonObject json = document.object();
    if (json.contains(QLatin1String("access_token"))) {
        reply.kind = TokenReply::Kind::Success;
        reply.accessToken = field(json, "access_token");
        reply.userId = toInt64(json.value(QLatin1String("user_id")));
        reply.expiresIn = toInt64(json.value(QLatin1String("expires_in")));
        reply.email = field(json, "email");
        reply.trustedHash = field(json, "trusted_hash");
        if (reply.accessToken.isEmpty() || reply.userId <= 0)
            return failed(reply, AuthErrorCode::BadResponse,
                QCoreApplication::translate("TokenReply", "VK's answer lacks the token or the user id."));
        return reply;
    }
    if (json.value(QLatin1String("error")).isObject())
        return fromApiError(reply, json.value(QLatin1String("error")).toObject());

    const QString error = field(json, "error");
    const QString type = field(json, "error_type");
    const QString description = field(json, "error_description");
    reply.description = Redact::text(description);
    const QString words = serverWords(json);
    if (error == u"need_captcha") {
        reply.kind = TokenReply::Kind::Captcha;
        reply.captchaSid = field(json, "captcha_sid");
        reply.captchaImage = QUrl(field(json, "captcha_img"));
        reply.redirectUri = QUrl(field(json, "redirect_uri"));
        reply.notRobot = reply.redirectUri.isValid() && !reply.redirectUri.isEmpty();
        return reply;
    }
    if (error == u"need_validation")
        return fromValidation(reply, json);
    if (isTooMuchTries(error, type, description))
        return failed(reply, AuthErrorCode::TooMuchTries, words, floodMessage());
    if (error == u"invalid_client" && type == u"username_or_password_is_incorrect")
        return failed(reply, AuthErrorCode::UsernameOrPasswordIsIncorrect, words);
    if (error == u"invalid_request" && (type == u"wrong_otp" || type == u"otp_format_is_incorrect")) {
        reply.kind = TokenReply::Kind::CodeRefused;
        reply.wrongCode = type == u"wrong_otp";
        reply.error = AuthError::make(
            reply.wrongCode ? AuthErrorCode::WrongOtp : AuthErrorCode::OtpFormatIsIncorrect, words);
        return reply;
    }
    if (const QString refusal = AppRefusal::reason(error, description); !refusal.isEmpty()) {
        // VK refuses the app, not the account: SignIn names the app and what works instead.
        reply = failed(reply, AuthErrorCode::AuthorizationFailed, words);
        reply.error.reason = refusal;
        return reply;
    }
    if (error == u"invalid_access")
        return failed(reply, AuthErrorCode::AuthorizationFailed, words,
            QCoreApplication::translate("TokenReply",
                "VK does not allow this app to sign in with a password (\"%1\"). Use the browser "
                "sign-in instead.")
                .arg(reply.description.isEmpty() ? error : reply.description));
    if (!error.isEmpty())
        return failed(reply, AuthErrorCode::AuthorizationFailed, words);
    return failed(reply, AuthErrorCode::AuthorizationFailed,
        QCoreApplication::translate("TokenReply", "VK answered with neither a token nor an error."));
}

} // namespace vkauth
