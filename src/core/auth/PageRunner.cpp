// SPDX-License-Identifier: MIT
#include "auth/PageRunner.h"

#include "net/UrlPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vkauth {

namespace {
const QStringList &vkDomains()
{
    static const QStringList domains {QStringLiteral("vk.ru"), QStringLiteral("vk.com"),
        QStringLiteral("vk.me"), QStringLiteral("userapi.com"), QStringLiteral("vkuser.net")};
    return domains;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}
} // namespace

PageJob PageJob::forEndpoints(const Endpoints &endpoints)
{
    // One rule with every other request (net/UrlPolicy); VK's own pages may also move between its
    // sister domains, so when nothing is overridden the view allows VK's domains and their subdomains.
    const UrlPolicy policy = UrlPolicy::fromEndpoints(endpoints);
    PageJob job;
    job.allowedHosts = policy.allowedHosts() == UrlPolicy::vkHosts() ? vkDomains() : policy.allowedHosts();
    job.allowHttpLoopback = policy.allowsLoopbackHttp();
    return job;
}

QList<QUrl> PageJob::blankPages(const Endpoints &endpoints)
{
    return {endpoints.blankPage(), QUrl(QStringLiteral("https://oauth.vk.ru/blank.html")),
        QUrl(QStringLiteral("https://oauth.vk.com/blank.html"))};
}

QJsonObject PageJob::toJson() const
{
    QJsonArray catches;
    for (const QUrl &u : catchUrls)
        catches << u.toString(QUrl::FullyEncoded);
    QJsonArray cookieList;
    for (const QNetworkCookie &c : cookies)
        cookieList << QString::fromUtf8(c.toRawForm(QNetworkCookie::Full));
    return QJsonObject {
        {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("catchUrls"), catches},
        {QStringLiteral("catchSuccessToken"), catchSuccessToken},
        {QStringLiteral("allowedHosts"), toArray(allowedHosts)},
        {QStringLiteral("allowHttpLoopback"), allowHttpLoopback},
        {QStringLiteral("cookies"), cookieList},
        {QStringLiteral("login"), login},
        {QStringLiteral("title"), title},
        {QStringLiteral("hint"), hint},
        {QStringLiteral("language"), language},
        {QStringLiteral("proxy"), proxy},
        {QStringLiteral("parentWindow"), QString::number(parentWindow)},
    };
}

std::optional<PageJob> PageJob::fromJson(const QJsonObject &json)
{
    PageJob job;
    job.url = QUrl(json.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    if (!job.url.isValid() || job.url.isRelative())
        return std::nullopt;
    for (const QString &u : toStrings(json.value(QStringLiteral("catchUrls"))))
        job.catchUrls << QUrl(u);
    job.catchSuccessToken = json.value(QStringLiteral("catchSuccessToken")).toBool();
    job.allowedHosts = toStrings(json.value(QStringLiteral("allowedHosts")));
    job.allowHttpLoopback = json.value(QStringLiteral("allowHttpLoopback")).toBool();
    for (const QString &raw : toStrings(json.value(QStringLiteral("cookies"))))
        job.cookies << QNetworkCookie::parseCookies(raw.toUtf8());
    job.login = json.value(QStringLiteral("login")).toString();
    job.title = json.value(QStringLiteral("title")).toString();
    job.hint = json.value(QStringLiteral("hint")).toString();
    job.language = json.value(QStringLiteral("language")).toString();
    job.proxy = json.value(QStringLiteral("proxy")).toString();
    job.parentWindow = json.value(QStringLiteral("parentWindow")).toString().toULongLong();
    return job;
}

QByteArray PageResult::toJsonLine() const
{
    QJsonObject o;
    switch (kind) {
    case Kind::Caught:
        o = {{QStringLiteral("result"), QStringLiteral("caught")},
            {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)}};
        break;
    case Kind::Token:
        o = {{QStringLiteral("result"), QStringLiteral("token")},
            {QStringLiteral("success_token"), successToken}};
        break;
    case Kind::Closed:
        o = {{QStringLiteral("result"), QStringLiteral("closed")}};
        break;
    case Kind::Error:
        o = {{QStringLiteral("result"), QStringLiteral("error")}, {QStringLiteral("message"), message}};
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

PageResult PageResult::fromJsonLine(const QByteArray &line)
{
    PageResult r;
    const QJsonObject o = QJsonDocument::fromJson(line.trimmed()).object();
    const QString result = o.value(QStringLiteral("result")).toString();
    if (result == u"caught") {
        r.kind = Kind::Caught;
        r.url = QUrl(o.value(QStringLiteral("url")).toString());
    } else if (result == u"token") {
        r.kind = Kind::Token;
        r.successToken = o.value(QStringLiteral("success_token")).toString();
    } else if (result == u"closed") {
        r.kind = Kind::Closed;
    } else {
        r.kind = Kind::Error;
        r.message = o.value(QStringLiteral("message")).toString();
    }
    if ((r.kind == Kind::Caught && !r.url.isValid()) || (r.kind == Kind::Token && r.successToken.isEmpty())) {
        r.kind = Kind::Error;
        r.message.clear();
    }
    return r;
}

} // namespace vkauth
