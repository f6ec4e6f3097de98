#include "net/AccountInfo.h"

#include "net/Redact.h"
#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcAccountInfo, "vkauth.core.accountinfo")

namespace vkauth {

namespace {
constexpr qint64 kMaxReplyBytes = 1024 * 1024;

QJsonObject firstEntry(const QJsonValue &response)
{
    // groups.getById answers {"groups": [...]} since API 5.194, a bare array before.
    const QJsonArray list
        = response.isArray() ? response.toArray() : response.toObject().value(u"groups").toArray();
    return list.isEmpty() ? QJsonObject() : list.first().toObject();
}
} // namespace

class AccountInfo::Private
{
public:
    AccountInfo *q;
    Endpoints endpoints;
    QString apiVersion;
    int timeoutMs;
    QNetworkAccessManager *network;
    QList<AccountName> names;
    QList<QPointer<QNetworkReply>> replies;
    QStringList problems;
    int pending = 0;
    bool done = false;

    void request(int index, const ObtainedToken &token);
    void read(int index, QNetworkReply *reply);
    void finishOne();
};

AccountInfo::AccountInfo(const Endpoints &endpoints, const QString &apiVersion, int timeoutMs,
    QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->endpoints = endpoints;
    d->apiVersion = apiVersion;
    d->timeoutMs = timeoutMs;
    d->network = network ? network : new QNetworkAccessManager(this);
}

AccountInfo::~AccountInfo()
{
    d->done = true;
    for (const auto &reply : std::as_const(d->replies)) {
        if (reply)
            reply->abort();
    }
}

void AccountInfo::fetch(const QList<ObtainedToken> &tokens)
{
    d->names.clear();
    for (const ObtainedToken &t : tokens)
        d->names << AccountName {t.kind, t.vkId, {}, {}};
    if (tokens.isEmpty()) {
        d->pending = 1;
        QMetaObject::invokeMethod(
            this, [this] { d->finishOne(); }, Qt::QueuedConnection);
        return;
    }
    d->pending = int(tokens.size());
    for (int i = 0; i < tokens.size(); ++i)
        d->request(i, tokens[i]);
}

void AccountInfo::cancel()
{
    for (const auto &reply : std::as_const(d->replies)) {
        if (reply)
            reply->abort();
    }
}

void AccountInfo::Private::request(int index, const ObtainedToken &token)
{
    const bool user = token.kind == TokenKind::User;
    const QUrl url
        = endpoints.apiMethod(user ? QStringLiteral("users.get") : QStringLiteral("groups.getById"));
    if (QString why; !UrlPolicy::fromEndpoints(endpoints).allows(url, &why)) {
        // The token is never sent to a host the policy refuses; the name stays empty, and says why.
        QMetaObject::invokeMethod(
            q,
            [this, index, why] {
                if (done)
                    return;
                qCInfo(lcAccountInfo).noquote() << "no name for" << names[index].vkId << "-" << why;
                problems
                    << QCoreApplication::translate("AccountInfo", "%1: %2").arg(names[index].vkId).arg(why);
                finishOne();
            },
            Qt::QueuedConnection);
        return;
    }
    // The token goes in the POST body: never in a URL (proxies, server logs, Referer).
    QList<QPair<QString, QString>> fields;
    if (!user)
        fields.append({QStringLiteral("group_id"), QString::number(token.vkId)});
    fields.append({QStringLiteral("fields"), QStringLiteral("screen_name")});
    fields.append({QStringLiteral("access_token"), token.token});
    fields.append({QStringLiteral("v"), apiVersion});
    QByteArray body;
    for (const auto &[key, value] : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '='
            + QUrl::toPercentEncoding(value);

    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network->post(request, body);
    replies << reply;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxReplyBytes)
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, index, reply] { read(index, reply); });
}

void AccountInfo::Private::read(int index, QNetworkReply *reply)
{
    reply->deleteLater();
    if (done)
        return;
    const QByteArray body
        = reply->error() == QNetworkReply::NoError ? reply->read(kMaxReplyBytes) : QByteArray();
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject entry = firstEntry(root.value(u"response"));
    AccountName &name = names[index];
    if (name.kind == TokenKind::User) {
        name.name = QStringLiteral("%1 %2")
                        .arg(entry.value(u"first_name").toString(), entry.value(u"last_name").toString())
                        .trimmed();
    } else {
        name.name = entry.value(u"name").toString();
    }
    name.screenName = entry.value(u"screen_name").toString();
    if (name.name.isEmpty()) {
        QString why = root.value(u"error").toObject().value(u"error_msg").toString();
        if (why.isEmpty())
            why = reply->error() != QNetworkReply::NoError
                ? reply->errorString()
                : QCoreApplication::translate("AccountInfo", "no name in the reply");
        why = Redact::text(why);
        qCInfo(lcAccountInfo) << "no name for" << name.vkId << "-" << why;
        problems << QCoreApplication::translate("AccountInfo", "%1: %2").arg(name.vkId).arg(why);
    }
    finishOne();
}

void AccountInfo::Private::finishOne()
{
    if (--pending > 0 || done)
        return;
    done = true;
    Q_EMIT q->finished(names, problems.join(u'\n'));
}

} // namespace vkauth
