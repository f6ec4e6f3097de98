// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "net/Endpoints.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkCookie>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace vkauth {

// One page to show to a person: where to start, what ends it, where it may go. It travels to the
// web-view helper as JSON on stdin (never in argv): cookies and the login are secrets.
struct PageJob
{
    QUrl url;
    QList<QUrl> catchUrls; // reaching one of these (same scheme, host, port, path) ends the page
    bool catchSuccessToken = false; // the not-robot check: a success_token in a URL, answer or message
    QStringList allowedHosts; // main-frame navigation only to these hosts (and their subdomains)
    bool allowHttpLoopback = false; // http:// allowed, but only to loopback hosts
    QList<QNetworkCookie> cookies; // preloaded (a verification page continued in the browser)
    QString login; // pre-filled in VK's login form when empty
    QString title; // the window title
    QString hint; // one line above the page
    QString language; // "ru", "en"; empty: the system's
    QString proxy; // "http://host:port" or "socks5://host:port"; empty: the system's
    quintptr parentWindow = 0; // the app's window: the helper's window is transient for it

    // Allowed hosts and http for these endpoints: VK's domains, or (when any endpoint is overridden)
    // exactly the endpoints' hosts plus VKAUTH_EXTRA_HOSTS; http only when every endpoint is loopback.
    static PageJob forEndpoints(const Endpoints &endpoints);
    // Where VK ends a browser step: blank.html on the configured OAuth host and on both VK domains.
    static QList<QUrl> blankPages(const Endpoints &endpoints);

    QJsonObject toJson() const;
    static std::optional<PageJob> fromJson(const QJsonObject &json);
};

// What the page ended with.
struct PageResult
{
    enum class Kind { Caught, Token, Closed, Error };
    Kind kind = Kind::Closed;
    QUrl url; // Caught: the URL that ended the page (never loaded)
    QString successToken; // Token
    QString message; // Error: for people

    QByteArray toJsonLine() const;
    static PageResult fromJsonLine(const QByteArray &line);
};

// "Show VK's page and tell me where it ended": the web view lives in another process. finished()
// comes exactly once per start(); cancel() ends the page (finished with Closed).
class PageRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(const PageJob &job) = 0;
    virtual void cancel() = 0;
    virtual bool isAvailable() const = 0; // false: start() will only answer an error

Q_SIGNALS:
    void finished(const vkauth::PageResult &result);
    void started(); // the page's window is up
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::PageResult)
