// SPDX-License-Identifier: MIT
#include "FakeVkPrivate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

// /token (the password grant) and /method/* (the API), answered the way VK answers them.

namespace fakevk {

namespace {

struct ValidationKind
{
    QString type;
    QString description;
};

// validation_type and VK's error_description per channel (as seen in real replies, 2016–2026).
ValidationKind validationKind(Account::TwoFactor twoFactor)
{
    switch (twoFactor) {
    case Account::TwoFactor::Sms:
        return {QStringLiteral("2fa_sms"), QStringLiteral("sms sent, use code param")};
    case Account::TwoFactor::LibVerify:
        return {QStringLiteral("2fa_libverify"), QStringLiteral("sms sent, use code param")};
    case Account::TwoFactor::FlashCall:
        return {QStringLiteral("2fa_callreset"), QStringLiteral("use last 4 digits from incoming call")};
    case Account::TwoFactor::Push:
        return {QStringLiteral("2fa_push"), QStringLiteral("push sent, use code param")};
    case Account::TwoFactor::Email:
        return {QStringLiteral("2fa_email"), QStringLiteral("email sent, use code param")};
    case Account::TwoFactor::App:
    case Account::TwoFactor::None:
        break;
    }
    return {QStringLiteral("2fa_app"), QStringLiteral("use app code")};
}

Reply oauthError(const QString &error, const QString &description, const QString &type = {}, int status = 401)
{
    QJsonObject o {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
    if (!type.isEmpty())
        o.insert(QStringLiteral("error_type"), type);
    return Reply::json(o, status);
}

Reply apiError(int code, const QString &message, const Request &request, const QString &method,
    const QJsonObject &extra = {})
{
    QJsonArray params {
        QJsonObject {{QStringLiteral("key"), QStringLiteral("method")}, {QStringLiteral("value"), method}},
        QJsonObject {
            {QStringLiteral("key"), QStringLiteral("oauth")}, {QStringLiteral("value"), QStringLiteral("1")}},
    };
    if (request.params.contains(QStringLiteral("v")))
        params.append(QJsonObject {{QStringLiteral("key"), QStringLiteral("v")},
            {QStringLiteral("value"), request.param(QStringLiteral("v"))}});
    QJsonObject error {{QStringLiteral("error_code"), code}, {QStringLiteral("error_msg"), message},
        {QStringLiteral("request_params"), params}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        error.insert(it.key(), it.value());
    return Reply::json({{QStringLiteral("error"), error}});
}

Reply apiResponse(const QJsonValue &value)
{
    return Reply::json({{QStringLiteral("response"), value}});
}

bool isDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QList<qint64> idList(const QString &text)
{
    QList<qint64> ids;
    for (QString part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.startsWith(QLatin1String("id")) || part.startsWith(QLatin1String("club")))
            part = part.mid(part.startsWith(QLatin1String("id")) ? 2 : 4);
        if (part.startsWith(QLatin1Char('-')))
            part.remove(0, 1);
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

const QList<QPair<quint32, QString>> &groupScopeNames()
{
    static const QList<QPair<quint32, QString>> names {
        {1, QStringLiteral("stories")},
        {4, QStringLiteral("photos")},
        {64, QStringLiteral("app_widget")},
        {4096, QStringLiteral("messages")},
        {131072, QStringLiteral("docs")},
        {262144, QStringLiteral("manage")},
    };
    return names;
}

} // namespace

std::optional<Reply> FakeVk::Private::clientRefusal(const Request &request) const
{
    switch (clientStatus.value(request.param(QStringLiteral("client_id")), ClientStatus::Works)) {
    case ClientStatus::Blocked:
        return oauthError(
            QStringLiteral("invalid_request"), QStringLiteral("application is blocked"), {}, 400);
    case ClientStatus::Disabled:
        return oauthError(
            QStringLiteral("invalid_request"), QStringLiteral("application is disabled"), {}, 400);
    case ClientStatus::SecurityError:
        return oauthError(QStringLiteral("invalid_request"), QStringLiteral("Security Error"), {}, 400);
    case ClientStatus::Works:
        break;
    }
    return std::nullopt;
}

Reply FakeVk::Private::token(const Request &request)
{
    if (request.param(QStringLiteral("grant_type")) != QLatin1String("password"))
        return oauthError(
            QStringLiteral("unsupported_grant_type"), QStringLiteral("grant_type is invalid"), {}, 400);
    if (auto refusal = clientRefusal(request))
        return *refusal;

    bool idKnown = false;
    if (!clientKnown(request.param(QStringLiteral("client_id")),
            request.param(QStringLiteral("client_secret")), clients, &idKnown)) {
        return oauthError(QStringLiteral("invalid_client"),
            idKnown ? QStringLiteral("client_secret is incorrect")
                    : QStringLiteral("client_id is incorrect"));
    }

    Account *account = findByLogin(request.param(QStringLiteral("username")));
    if (account && account->floodControl) {
        // As VK since 2025 (several clients): HTTP 401, an error name with a number in it, no retry helps.
        return Reply::json({{QStringLiteral("error"), QStringLiteral("9;Flood control")},
                               {QStringLiteral("error_description"), QStringLiteral("too many attempts")},
                               {QStringLiteral("error_type"), QStringLiteral("password_bruteforce_attempt")},
                               {QStringLiteral("view"), QStringLiteral("alert")}},
            401);
    }
    if (account && account->tooMuchTries) {
        return oauthError(QStringLiteral("invalid_request"),
            QStringLiteral("Too much tries. Try again later."), QStringLiteral("too_much_tries"), 400);
    }

    // Captchas come before the password is even looked at.
    if (account) {
        if (captchaDue(*account)) {
            const QString sid = request.param(QStringLiteral("captcha_sid"));
            bool solved = false;
            if (account->notRobotCaptcha) {
                solved = request.param(QStringLiteral("success_token")) == notRobotToken;
                captchaSids.remove(sid);
            } else {
                solved = takeCaptcha(sid, request.param(QStringLiteral("captcha_key")));
            }
            if (solved)
                ++state(account->userId).captchasPassed;
            if (captchaDue(*account)) {
                const QString newSid = newCaptchaSid(account->userId);
                QJsonObject o {
                    {QStringLiteral("error"), QStringLiteral("need_captcha")},
                    {QStringLiteral("captcha_sid"), newSid},
                    {QStringLiteral("captcha_img"),
                        join(publicBase("api"), QStringLiteral("/captcha.php?sid=%1&s=1").arg(newSid))
                            .toString()},
                    {QStringLiteral("captcha_ts"), QJsonValue(qint64(QDateTime::currentSecsSinceEpoch()))},
                    {QStringLiteral("captcha_attempt"), 1},
                    {QStringLiteral("captcha_ratio"), 2.6},
                    {QStringLiteral("is_refresh_enabled"), true},
                };
                if (account->notRobotCaptcha) {
                    o.insert(QStringLiteral("redirect_uri"),
                        join(publicBase("id"),
                            QStringLiteral(
                                "/not_robot_captcha?domain=vk.com&session_token=%1&variant=popup&blank=1")
                                .arg(newSid))
                            .toString());
                }
                return Reply::json(o, 401);
            }
        }
    }

    if (!account || account->password != request.param(QStringLiteral("password"))) {
        return oauthError(QStringLiteral("invalid_client"),
            QStringLiteral("Username or password is incorrect"),
            QStringLiteral("username_or_password_is_incorrect"));
    }

    AccountState &st = state(account->userId);
    const quint32 scope = parseScope(request.param(QStringLiteral("scope")));
    if (account->blocked) {
        return Reply::json(
            {{QStringLiteral("error"), QStringLiteral("need_validation")},
                {QStringLiteral("error_description"), QStringLiteral("user has been banned")},
                {QStringLiteral("ban_info"),
                    QJsonObject {{QStringLiteral("member_name"),
                                     account->firstName + QLatin1Char(' ') + account->lastName},
                        {QStringLiteral("message"), QStringLiteral("This page has been blocked.")},
                        {QStringLiteral("restore_url"),
                            join(publicBase("m"), QStringLiteral("/restore")).toString()}}}},
            401);
    }

    const bool wantsVerification = account->securityCheck || account->authcheckOnVerification
        || account->captchaOnVerification || account->validateOnVerification
        || account->challengeOnVerification;
    if (wantsVerification && !st.verified) {
        return Reply::json(
            {{QStringLiteral("error"), QStringLiteral("need_validation")},
                {QStringLiteral("error_description"), QStringLiteral("please open redirect_uri in browser")},
                {QStringLiteral("redirect_uri"), createVerification(account->userId, scope).toString()}},
            401);
    }

    QString trustedHash;
    const bool trusted
        = !st.trustedHash.isEmpty() && request.param(QStringLiteral("trusted_hash")) == st.trustedHash;
    if (!account->otpErrorWithoutCode.isEmpty() && request.param(QStringLiteral("code")).isEmpty()) {
        return oauthError(QStringLiteral("invalid_request"), QStringLiteral("code is invalid"),
            account->otpErrorWithoutCode, 400);
    }
    if (account->twoFactor != Account::TwoFactor::None && !trusted) {
        const QString code = request.param(QStringLiteral("code"));
        const bool sms = account->twoFactor == Account::TwoFactor::Sms
            || request.param(QStringLiteral("force_sms")) == QLatin1String("1");
        if (code.isEmpty() || request.param(QStringLiteral("force_sms")) == QLatin1String("1")) {
            const QString sid = randomHex(16);
            validationSids.insert(sid, account->userId);
            const QUrl redirect = createSession(account->userId, scope, {Step::Authcheck});
            const ValidationKind kind = validationKind(sms ? Account::TwoFactor::Sms : account->twoFactor);
            QJsonObject o {
                {QStringLiteral("error"), QStringLiteral("need_validation")},
                {QStringLiteral("error_description"), kind.description},
                {QStringLiteral("validation_type"), kind.type},
                {QStringLiteral("validation_sid"), sid},
                {QStringLiteral("phone_mask"), phoneMask(account->phone)},
                {QStringLiteral("redirect_uri"), redirect.toString()},
            };
            if ((sms && account->smsNeedsResend) || account->twoFactor == Account::TwoFactor::FlashCall)
                o.insert(QStringLiteral("validation_resend"), QStringLiteral("sms"));
            return Reply::json(o, 401);
        }
        if (!isDigits(code) || code.size() != account->otp.size()) {
            return oauthError(QStringLiteral("invalid_request"), QStringLiteral("code format is invalid"),
                QStringLiteral("otp_format_is_incorrect"), 400);
        }
        const bool smsPending
            = account->twoFactor == Account::TwoFactor::Sms && account->smsNeedsResend && !st.smsSent;
        if (code != account->otp || smsPending) {
            return oauthError(QStringLiteral("invalid_request"), QStringLiteral("wrong code"),
                QStringLiteral("wrong_otp"), 400);
        }
        if (st.trustedHash.isEmpty())
            st.trustedHash = randomHex(16);
        trustedHash = st.trustedHash;
    }

    const qint64 expiresIn = expiresInFor(scope);
    QJsonObject o {
        {QStringLiteral("access_token"), q->issueUserToken(account->userId, scope, expiresIn)},
        {QStringLiteral("expires_in"), QJsonValue(qint64(expiresIn))},
        {QStringLiteral("user_id"), QJsonValue(qint64(account->userId))},
    };
    if ((scope & 4194304u) && !account->email.isEmpty())
        o.insert(QStringLiteral("email"), account->email);
    if (!trustedHash.isEmpty())
        o.insert(QStringLiteral("trusted_hash"), trustedHash);
    st.captchasPassed = 0; // the next sign-in asks again
    st.smsSent = false;
    return Reply::json(o);
}

// The API errors VK questions a kept token with (as seen 2023–2026), with their extra fields.
Reply FakeVk::Private::tokenError(
    const Request &request, const QString &method, const TokenInfo &info, int code)
{
    switch (code) {
    case 17:
        return apiError(17, QStringLiteral("Validation required: please open redirect_uri in browser"),
            request, method,
            {{QStringLiteral("redirect_uri"),
                createVerification(info.ownerId, info.scope, false).toString()}});
    case 14: {
        const QString sid = newCaptchaSid(info.ownerId);
        return apiError(14, QStringLiteral("Captcha needed"), request, method,
            {{QStringLiteral("captcha_sid"), sid},
                {QStringLiteral("captcha_img"),
                    join(publicBase("api"),
                        QStringLiteral("/captcha.php?sid=%1&s=1&source=api-oauth").arg(sid))
                        .toString()},
                {QStringLiteral("redirect_uri"),
                    join(publicBase("id"),
                        QStringLiteral(
                            "/not_robot_captcha?domain=vk.com&session_token=%1&variant=popup&blank=1")
                            .arg(sid))
                        .toString()}});
    }
    case 25:
        return apiError(25, QStringLiteral("Token confirmation required"), request, method);
    default:
        return apiError(code, QStringLiteral("User authorization failed: invalid session."), request, method);
    }
}

Reply FakeVk::Private::apiMethod(const Request &request, const QString &method)
{
    if (method == QLatin1String("auth.validatePhone")) {
        const QString sid = request.param(QStringLiteral("sid"));
        const auto it = validationSids.constFind(sid);
        if (sid.isEmpty() || it == validationSids.constEnd())
            return apiError(100,
                QStringLiteral("One of the parameters specified was missing or invalid: sid is invalid"),
                request, method);
        const Account *account = q->account(*it);
        state(*it).smsSent = true;
        return apiResponse(QJsonObject {{QStringLiteral("type"), QStringLiteral("general")},
            {QStringLiteral("sid"), sid}, {QStringLiteral("delay"), account ? account->smsDelaySeconds : 60},
            {QStringLiteral("validation_type"), QStringLiteral("sms")},
            {QStringLiteral("code_length"), account ? int(account->otp.size()) : 6}});
    }

    QString token = request.param(QStringLiteral("access_token"));
    const QByteArray authorization = request.headers.value("authorization");
    if (token.isEmpty() && authorization.startsWith("Bearer "))
        token = QString::fromLatin1(authorization.mid(7));
    if (token.isEmpty())
        return apiError(
            5, QStringLiteral("User authorization failed: no access_token passed."), request, method);
    const auto it = tokens.constFind(token);
    if (it == tokens.constEnd())
        return apiError(
            5, QStringLiteral("User authorization failed: invalid access_token (4)."), request, method);
    if (it->expiresAt != 0 && it->expiresAt <= QDateTime::currentMSecsSinceEpoch())
        return apiError(
            5, QStringLiteral("User authorization failed: access_token has expired."), request, method);
    const TokenInfo info = *it;
    if (const int code = tokenErrors.value(token); code != 0)
        return tokenError(request, method, info, code);

    auto userJson = [](const Account &a) {
        return QJsonObject {{QStringLiteral("id"), QJsonValue(qint64(a.userId))},
            {QStringLiteral("first_name"), a.firstName}, {QStringLiteral("last_name"), a.lastName},
            {QStringLiteral("can_access_closed"), true}, {QStringLiteral("is_closed"), false}};
    };
    auto findGroup = [this](qint64 id, qint64 *admin) -> std::optional<Group> {
        for (const auto &entry : accounts) {
            for (const Group &g : entry.second.groups) {
                if (g.id == id) {
                    *admin = entry.first;
                    return g;
                }
            }
        }
        return std::nullopt;
    };

    if (method == QLatin1String("users.get")) {
        QList<qint64> ids = idList(request.param(QStringLiteral("user_ids")));
        if (request.param(QStringLiteral("user_ids")).isEmpty() && !info.group)
            ids = {info.ownerId};
        // fields=photo_50: the picture's address, served by the fake (/images/user_<id>_50.png).
        const bool photo = request.param(QStringLiteral("fields")).split(u',').contains(u"photo_50");
        QJsonArray users;
        for (const qint64 id : ids) {
            if (const Account *a = q->account(id)) {
                QJsonObject user = userJson(*a);
                if (photo)
                    user.insert(QStringLiteral("photo_50"),
                        publicBase("api").toString(QUrl::StripTrailingSlash)
                            + QStringLiteral("/images/user_%1_50.png").arg(a->userId));
                users.append(user);
            }
        }
        if (users.isEmpty() && !ids.isEmpty())
            return apiError(113, QStringLiteral("Invalid user id"), request, method);
        return apiResponse(users);
    }

    if (method == QLatin1String("groups.getById")) {
        QString idsText = request.param(QStringLiteral("group_ids"));
        if (idsText.isEmpty())
            idsText = request.param(QStringLiteral("group_id"));
        QList<qint64> ids = idList(idsText);
        if (idsText.isEmpty() && info.group)
            ids = {info.ownerId};
        if (ids.isEmpty())
            return apiError(100,
                QStringLiteral(
                    "One of the parameters specified was missing or invalid: group_ids is undefined"),
                request, method);
        QJsonArray groups;
        for (const qint64 id : ids) {
            qint64 admin = 0;
            const auto group = findGroup(id, &admin);
            if (!group)
                continue;
            const bool isAdmin = info.group ? info.ownerId == id : admin == info.ownerId;
            const QString photo = publicBase("api").toString(QUrl::StripTrailingSlash)
                + QStringLiteral("/images/community_%1.png");
            QJsonObject g {{QStringLiteral("id"), QJsonValue(qint64(group->id))},
                {QStringLiteral("name"), group->name}, {QStringLiteral("screen_name"), group->screenName},
                {QStringLiteral("is_closed"), 0}, {QStringLiteral("type"), QStringLiteral("group")},
                {QStringLiteral("photo_50"), photo.arg(50)}, {QStringLiteral("photo_100"), photo.arg(100)},
                {QStringLiteral("photo_200"), photo.arg(200)}};
            if (!info.group) {
                g.insert(QStringLiteral("is_admin"), isAdmin ? 1 : 0);
                if (isAdmin)
                    g.insert(QStringLiteral("admin_level"), 3);
                g.insert(QStringLiteral("is_member"), isAdmin ? 1 : 0);
            }
            groups.append(g);
        }
        if (groups.isEmpty())
            return apiError(100,
                QStringLiteral(
                    "One of the parameters specified was missing or invalid: group_ids is invalid"),
                request, method);
        // Since API 5.194 the answer is an object; older versions get the bare array.
        const double version = request.param(QStringLiteral("v")).toDouble();
        if (version > 0 && version < 5.194)
            return apiResponse(groups);
        return apiResponse(
            QJsonObject {{QStringLiteral("groups"), groups}, {QStringLiteral("profiles"), QJsonArray {}}});
    }

    // The communities a user administers (filter=admin), as VK answers with extended=1: the groups
    // permission is needed (error 15 otherwise), community tokens cannot ask (error 27).
    if (method == QLatin1String("groups.get")) {
        if (info.group)
            return apiError(27,
                QStringLiteral("Group authorization failed: method is unavailable with group auth."), request,
                method);
        if (!(info.scope & 262144u))
            return apiError(
                15, QStringLiteral("Access denied: no access to call this method"), request, method);
        const Account *a = q->account(info.ownerId);
        const bool extended = request.param(QStringLiteral("extended")) == u"1";
        QJsonArray items;
        for (const Group &g : a ? a->groups : QList<Group> {}) {
            if (!extended) {
                items.append(QJsonValue(qint64(g.id)));
                continue;
            }
            items.append(QJsonObject {{QStringLiteral("id"), QJsonValue(qint64(g.id))},
                {QStringLiteral("name"), g.name}, {QStringLiteral("screen_name"), g.screenName},
                {QStringLiteral("is_closed"), 0}, {QStringLiteral("type"), QStringLiteral("group")},
                {QStringLiteral("is_admin"), 1}, {QStringLiteral("admin_level"), 3}});
        }
        return apiResponse(QJsonObject {
            {QStringLiteral("count"), QJsonValue(qint64(items.size()))}, {QStringLiteral("items"), items}});
    }

    if (method == QLatin1String("groups.getTokenPermissions")) {
        if (!info.group)
            return apiError(
                15, QStringLiteral("Access denied: available only for community tokens"), request, method);
        QJsonArray permissions;
        for (const auto &entry : groupScopeNames()) {
            if (info.scope & entry.first)
                permissions.append(QJsonObject {{QStringLiteral("setting"), QJsonValue(qint64(entry.first))},
                    {QStringLiteral("name"), entry.second}});
        }
        return apiResponse(QJsonObject {{QStringLiteral("mask"), QJsonValue(qint64(info.scope))},
            {QStringLiteral("permissions"), permissions}, {QStringLiteral("settings"), permissions}});
    }

    if (method == QLatin1String("account.getAppPermissions")) {
        if (info.group)
            return apiError(27,
                QStringLiteral("Group authorization failed: method is unavailable with group auth."), request,
                method);
        const QString userId = request.param(QStringLiteral("user_id"));
        if (!userId.isEmpty() && userId.toLongLong() != info.ownerId)
            return apiError(
                15, QStringLiteral("Access denied: no access to call this method"), request, method);
        return apiResponse(QJsonValue(qint64(info.scope)));
    }

    return apiError(3, QStringLiteral("Unknown method passed"), request, method);
}

} // namespace fakevk
