// SPDX-License-Identifier: MIT
#pragma once

#include "FakeVk.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace testsupport {

// What the fake's own tests (tst_fakevk*) share: a fresh fake per test and a bare
// QNetworkAccessManager (manual redirects, a cookie jar) that speaks to it like a client or a browser.

inline const QString kAndroidId = QStringLiteral("2274003");
inline const QString kAndroidSecret = QStringLiteral("hHbZxrka2uZ6jB1inYsH");
inline const QString kPassword = QStringLiteral("pa ss+&=word");

struct Http
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QUrl url; // the last URL (after following redirects)
    QHash<QByteArray, QByteArray> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString text() const { return QString::fromUtf8(body); }
    QUrl location() const { return url.resolved(QUrl::fromEncoded(headers.value("location"))); }
};

inline fakevk::Account account(qint64 id, const QString &login)
{
    fakevk::Account a;
    a.userId = id;
    a.login = login;
    a.phone = QStringLiteral("79991234567");
    a.password = kPassword;
    a.email = login;
    return a;
}

inline QString unescape(QString html)
{
    return html.replace(QLatin1String("&amp;"), QLatin1String("&"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""));
}

// Mixed into a test class (next to QObject): call startFake() from init(), stopFake() from cleanup().
class FakeVkHttp
{
protected:
    bool startFake()
    {
        m_fake = std::make_unique<fakevk::FakeVk>();
        if (!m_fake->start())
            return false;
        m_net = std::make_unique<QNetworkAccessManager>();
        m_net->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_net->setCookieJar(new QNetworkCookieJar(m_net.get()));
        return true;
    }
    void stopFake()
    {
        m_net.reset();
        m_fake.reset();
    }

    Http request(const QByteArray &verb, const QUrl &url, const QByteArray &form = {}, int timeoutMs = 0);
    Http get(const QUrl &url) { return request("GET", url); }
    Http post(const QUrl &url, const QUrlQuery &form)
    {
        return request("POST", url, form.toString(QUrl::FullyEncoded).toUtf8());
    }
    Http follow(Http http); // follows 3xx with GET, like a browser
    Http submit(const Http &page, const QList<QPair<QString, QString>> &fields); // posts the page's form
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_fake->baseUrl().toString() + pathAndQuery); }
    QUrlQuery tokenQuery(const QString &login, const QString &password = kPassword,
        const QString &scope = QStringLiteral("65536")) const;
    Http token(const QUrlQuery &query)
    {
        return get(QUrl(url(QStringLiteral("/token?")).toString() + query.toString(QUrl::FullyEncoded)));
    }

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_net;
};

inline Http FakeVkHttp::request(
    const QByteArray &verb, const QUrl &target, const QByteArray &form, int timeoutMs)
{
    QNetworkRequest req(target);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("tst_fakevk/1"));
    if (timeoutMs > 0)
        req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nullptr;
    if (verb == "POST") {
        req.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_net->post(req, form);
    } else {
        reply = m_net->get(req);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Http http;
    http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    http.error = reply->error();
    if (reply->isOpen())
        http.body = reply->readAll();
    http.url = target;
    for (const auto &header : reply->rawHeaderPairs())
        http.headers.insert(header.first.toLower(), header.second);
    reply->deleteLater();
    return http;
}

inline Http FakeVkHttp::follow(Http http)
{
    for (int hops = 0; hops < 10 && http.status >= 301 && http.status <= 303; ++hops) {
        const QUrl next = http.location();
        http = get(next);
        http.url = next;
    }
    return http;
}

inline Http FakeVkHttp::submit(const Http &page, const QList<QPair<QString, QString>> &fields)
{
    const auto form
        = QRegularExpression(QStringLiteral("<form method=\"post\" action=\"([^\"]+)\"")).match(page.text());
    if (!form.hasMatch())
        return {};
    QUrlQuery body;
    auto hidden
        = QRegularExpression(QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"))
              .globalMatch(page.text());
    while (hidden.hasNext()) {
        const auto m = hidden.next();
        body.addQueryItem(
            m.captured(1), QString::fromLatin1(QUrl::toPercentEncoding(unescape(m.captured(2)))));
    }
    for (const auto &field : fields)
        body.addQueryItem(field.first, QString::fromLatin1(QUrl::toPercentEncoding(field.second)));
    const QUrl action = page.url.resolved(QUrl(unescape(form.captured(1))));
    Http http = post(action, body);
    http.url = action;
    return follow(http);
}

inline QUrlQuery FakeVkHttp::tokenQuery(
    const QString &login, const QString &password, const QString &scope) const
{
    QUrlQuery q;
    for (const auto &[k, v] :
        QList<QPair<QString, QString>> {{QStringLiteral("grant_type"), QStringLiteral("password")},
            {QStringLiteral("client_id"), kAndroidId}, {QStringLiteral("client_secret"), kAndroidSecret},
            {QStringLiteral("username"), login}, {QStringLiteral("password"), password},
            {QStringLiteral("scope"), scope}, {QStringLiteral("v"), QStringLiteral("5.199")},
            {QStringLiteral("2fa_supported"), QStringLiteral("1")}})
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return q;
}

// ---- /token ----

} // namespace testsupport
