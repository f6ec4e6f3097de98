#include "profiles/TokenChecker.h"

#include "net/Redact.h"
#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcCheck, "vkauth.check")

namespace vkauth {
namespace {

CheckResult networkFailure(const QString &details)
{
    return CheckResult {CheckStatus::NetworkError,
        TokenChecker::tr("VK could not be reached or gave an answer that could not be "
                         "read, so the token was not checked."),
        Redact::text(details), {}, {}, std::nullopt};
}

CheckResult refused(const QString &why)
{
    return CheckResult {CheckStatus::NetworkError, why, {}, {}, {}, std::nullopt};
}

} // namespace

void CheckResult::applyTo(Profile &profile) const
{
    profile.lastCheck = status;
    profile.lastCheckAt = checkedAt;
    profile.lastCheckMessage = message;
    if (!name.isEmpty())
        profile.name = name;
    if (scope)
        profile.scope = *scope;
}

TokenChecker::TokenChecker(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

TokenChecker::~TokenChecker()
{
    cancel();
}

void TokenChecker::check(const Profile &profile, const QString &token)
{
    if (m_checks.contains(profile.id)) {
        if (QNetworkReply *old = m_checks.value(profile.id).reply) {
            old->disconnect(this);
            old->abort();
            old->deleteLater();
        }
    }
    m_checks.insert(profile.id, Check {profile, token, {}, false, nullptr});
    if (profile.kind == TokenKind::User)
        call(profile.id, QStringLiteral("users.get"), {});
    else
        call(profile.id, QStringLiteral("groups.getById"), {});
}

void TokenChecker::cancel()
{
    for (Check &check : m_checks) {
        if (check.reply) {
            check.reply->disconnect(this);
            check.reply->abort();
            check.reply->deleteLater();
        }
    }
    m_checks.clear();
}

bool TokenChecker::isChecking(const QString &profileId) const
{
    return m_checks.contains(profileId);
}

void TokenChecker::call(
    const QString &profileId, const QString &method, const QList<QPair<QString, QString>> &params)
{
    Check &check = m_checks[profileId];
    const QUrl url = m_endpoints.apiMethod(method);
    if (QString why; !UrlPolicy::fromEndpoints(m_endpoints).allows(url, &why)) {
        // Kept tokens never go to a host the policy refuses (VKAUTH_API_URL=http://remote).
        qCInfo(lcCheck).noquote() << "refused:" << why;
        QMetaObject::invokeMethod(
            this,
            [this, profileId, why] {
                const auto it = m_checks.constFind(profileId);
                if (it != m_checks.cend() && !it->reply)
                    finish(profileId, refused(why));
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QByteArray body;
    auto fields = params;
    fields << qMakePair(QStringLiteral("access_token"), check.token)
           << qMakePair(QStringLiteral("v"), m_apiVersion);
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    qCDebug(lcCheck) << "POST" << Redact::url(request.url()) << "for" << profileId;
    QNetworkReply *reply = m_network->post(request, body);
    check.reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > kMaxReplyBytes)
            reply->abort();
    });
    connect(
        reply, &QNetworkReply::finished, this, [this, profileId, reply] { replyFinished(profileId, reply); });
}

void TokenChecker::replyFinished(const QString &profileId, QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_checks.find(profileId);
    if (it == m_checks.end() || it->reply != reply)
        return;
    Check &check = *it;
    check.reply = nullptr;
    const QByteArray body = reply->isOpen() ? reply->read(kMaxReplyBytes + 1) : QByteArray();
    if (reply->error() != QNetworkReply::NoError && body.isEmpty()) {
        finish(profileId, networkFailure(reply->errorString()));
        return;
    }
    if (body.size() > kMaxReplyBytes) {
        finish(profileId, networkFailure(TokenChecker::tr("the answer is too large")));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject root = doc.object();
    if (root.contains(QStringLiteral("error"))) {
        const QJsonObject error = root.value(QStringLiteral("error")).toObject();
        const int code = error.value(QStringLiteral("error_code")).toInt();
        const QString text = Redact::text(error.value(QStringLiteral("error_msg")).toString());
        if (code != 5 && check.identityDone) {
            // The token works; VK just would not tell its permissions.
            check.result.status = CheckStatus::Valid;
            finish(profileId, check.result);
            return;
        }
        const bool expired = code == 5
            && (text.contains(QLatin1String("expired"), Qt::CaseInsensitive) || check.profile.isExpired());
        CheckResult result;
        result.status
            = code == 5 ? (expired ? CheckStatus::Expired : CheckStatus::Invalid) : CheckStatus::Invalid;
        result.message = expired
            ? TokenChecker::tr("The token has expired. Sign in again to get a new one.")
            : TokenChecker::tr("VK does not accept this token: it was revoked, or the password was changed.");
        result.details = QStringLiteral("%1: %2").arg(code).arg(text);
        finish(profileId, result);
        return;
    }
    if (!root.contains(QStringLiteral("response"))) {
        finish(profileId,
            networkFailure(reply->error() != QNetworkReply::NoError
                    ? reply->errorString()
                    : TokenChecker::tr("no response in the answer")));
        return;
    }
    if (!check.identityDone)
        identityAnswered(check, root.value(QStringLiteral("response")));
    else
        permissionsAnswered(check, root.value(QStringLiteral("response")));
}

void TokenChecker::identityAnswered(Check &check, const QJsonValue &response)
{
    const QString profileId = check.profile.id;
    QJsonArray items = response.toArray();
    if (response.isObject()) // groups.getById since 5.194: {"groups": [...]}
        items = response.toObject().value(QStringLiteral("groups")).toArray();
    const QJsonObject owner = items.isEmpty() ? QJsonObject() : items.first().toObject();
    const qint64 id = owner.value(QStringLiteral("id")).toInteger();
    if (id == 0) {
        finish(profileId, networkFailure(TokenChecker::tr("the answer names no account")));
        return;
    }
    if (id != check.profile.vkId) {
        finish(profileId,
            CheckResult {CheckStatus::Invalid,
                TokenChecker::tr("This token belongs to another account (id %1).").arg(id), {}, {}, {},
                std::nullopt});
        return;
    }
    check.identityDone = true;
    check.result.status = CheckStatus::Valid;
    check.result.message = TokenChecker::tr("The token works.");
    if (check.profile.kind == TokenKind::User) {
        check.result.name = QStringLiteral("%1 %2")
                                .arg(owner.value(QStringLiteral("first_name")).toString(),
                                    owner.value(QStringLiteral("last_name")).toString())
                                .trimmed();
        call(profileId, QStringLiteral("account.getAppPermissions"),
            {{QStringLiteral("user_id"), QString::number(id)}});
    } else {
        check.result.name = owner.value(QStringLiteral("name")).toString();
        call(profileId, QStringLiteral("groups.getTokenPermissions"), {});
    }
}

void TokenChecker::permissionsAnswered(Check &check, const QJsonValue &response)
{
    if (response.isDouble())
        check.result.scope = quint32(response.toInteger());
    else if (response.isObject() && response.toObject().contains(QStringLiteral("mask")))
        check.result.scope = quint32(response.toObject().value(QStringLiteral("mask")).toInteger());
    finish(check.profile.id, check.result);
}

void TokenChecker::finish(const QString &profileId, CheckResult result)
{
    m_checks.remove(profileId);
    result.checkedAt = QDateTime::currentDateTimeUtc();
    qCDebug(lcCheck) << "check of" << profileId << "ended:" << Profile::statusName(result.status);
    Q_EMIT finished(profileId, result);
}

} // namespace vkauth
