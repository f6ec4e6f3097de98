// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "net/NetworkContext.h"
#include "net/UrlPolicy.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>
#include <optional>

class QJsonObject;
class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace vkauth {

// What one request ended with: the server's reply (any HTTP status), or a transport error.
struct HttpResponse
{
    QUrl url; // the last URL fetched, or the redirect target where following stopped
    QList<QUrl> visited; // every URL of the redirect chain, in order (the first is the request's)
    int status = 0; // HTTP status; 0 when there was no reply
    QByteArray contentType;
    QByteArray body;
    std::optional<AuthError> error; // transport errors only: Timeout, NetworkError, BadResponse

    bool ok() const { return !error.has_value(); }
    // A clear error for a 5xx reply, or std::nullopt.
    std::optional<AuthError> serverError() const;
    // The body as a JSON object, or BadResponse saying what came instead (never the body's secrets).
    std::optional<AuthError> parseJsonObject(QJsonObject *object) const;
};

// The one place the core makes HTTP requests. Every request has a transfer timeout and a size cap on
// what is read; redirects are followed by hand (301/302/303/307/308, always with GET) with a limit,
// through the manager's one cookie jar. abortAll() and the destructor abort what is in flight, and
// the callbacks of aborted requests are never called. Every URL and body that reaches the log goes
// through Redact. Every URL fetched — the request's and each redirect target — must pass the
// UrlPolicy (by default UrlPolicy::fromEnvironment()); a refused one ends the request with an error
// naming the host, delivered later like any other (never a silent follow).
class HttpSession : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse &)>;
    using UrlPredicate = std::function<bool(const QUrl &)>;

    static constexpr qint64 kDefaultMaxBytes = 4 * 1024 * 1024;

    // A null manager: the process's one (NetworkContext::network()), given a fresh cookie jar, so a
    // sign-in starts as a new browser would (one sign-in at a time per process; API calls, which
    // carry their token, need no cookies). A manager given: its jar, shared with its other users.
    explicit HttpSession(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~HttpSession() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setMaxRedirects(int count) { m_maxRedirects = count; }
    // Sent with every request; a User-Agent among them replaces the default one.
    void setHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) { m_headers = headers; }
    // Redirects to a URL for which this returns true are not fetched: the response ends there with
    // url = that target (used for blank.html, whose page must never load).
    void setStopBefore(UrlPredicate predicate) { m_stopBefore = std::move(predicate); }

    void setPolicy(const UrlPolicy &policy) { m_policy = policy; }
    const UrlPolicy &policy() const { return m_policy; }
    // The policy's refusal as an error (BadResponse for a redirect, InvalidInput otherwise), or nullopt.
    std::optional<AuthError> refusal(const QUrl &url, bool redirect = false) const;

    QNetworkAccessManager *network() const { return m_network; }

    void get(const QUrl &url, Callback callback);
    void postForm(const QUrl &url, const QByteArray &urlEncodedBody, Callback callback);
    void abortAll();
    bool isBusy() const { return !m_pending.isEmpty(); }

    static QByteArray defaultUserAgent();
    // application/x-www-form-urlencoded, every name and value percent-encoded: the one form encoder.
    static QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

private:
    struct Pending
    {
        Callback callback;
        QList<QUrl> visited;
        QByteArray body;
        int redirects = 0;
        std::optional<AuthError> error; // set when we gave up on the reply ourselves
    };

    void send(const QUrl &url, const QByteArray &method, const QByteArray &body, Pending pending);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void failReply(QNetworkReply *reply, const AuthError &error);
    static std::optional<AuthError> transportError(QNetworkReply *reply);

    QNetworkAccessManager *m_network = nullptr;
    int m_timeoutMs = NetworkContext::kDefaultTimeoutMs;
    qint64 m_maxBytes = kDefaultMaxBytes;
    int m_maxRedirects = 10;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    UrlPredicate m_stopBefore;
    UrlPolicy m_policy = UrlPolicy::fromEnvironment();
    quint64 m_generation = 0; // bumped by abortAll(): refusals queued before it are dropped
    QHash<QNetworkReply *, Pending> m_pending;
};

} // namespace vkauth
