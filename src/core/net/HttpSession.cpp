// SPDX-License-Identifier: MIT
#include "net/HttpSession.h"

#include "Version.h"
#include "net/Redact.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcHttp, "vkauth.http")

namespace vkauth {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// What came instead of JSON, short and without secrets: the status, the type and a redacted start.
QString describeBody(const HttpResponse &response)
{
    QString start = QString::fromUtf8(response.body.left(120)).simplified();
    return QStringLiteral("HTTP %1 from %2, %3, %4 bytes: %5")
        .arg(response.status)
        .arg(Redact::url(response.url),
            response.contentType.isEmpty() ? QStringLiteral("no content type")
                                           : QString::fromLatin1(response.contentType))
        .arg(response.body.size())
        .arg(Redact::text(start));
}

} // namespace

std::optional<AuthError> HttpResponse::serverError() const
{
    if (status < 500)
        return std::nullopt;
    return AuthError::make(AuthErrorCode::BadResponse, describeBody(*this));
}

std::optional<AuthError> HttpResponse::parseJsonObject(QJsonObject *object) const
{
    if (auto e = serverError())
        return e;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return AuthError::make(AuthErrorCode::BadResponse, describeBody(*this));
    *object = document.object();
    return std::nullopt;
}

HttpSession::HttpSession(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : NetworkContext::network())
{
    if (!network)
        m_network->setCookieJar(new QNetworkCookieJar(m_network));
}

HttpSession::~HttpSession()
{
    abortAll();
}

QByteArray HttpSession::defaultUserAgent()
{
    return QByteArrayLiteral("VKAuth/") + QByteArray(kVersion);
}

QByteArray HttpSession::formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

void HttpSession::get(const QUrl &url, Callback callback)
{
    Pending pending;
    pending.callback = std::move(callback);
    send(url, QByteArrayLiteral("GET"), {}, std::move(pending));
}

void HttpSession::postForm(const QUrl &url, const QByteArray &urlEncodedBody, Callback callback)
{
    Pending pending;
    pending.callback = std::move(callback);
    send(url, QByteArrayLiteral("POST"), urlEncodedBody, std::move(pending));
}

std::optional<AuthError> HttpSession::refusal(const QUrl &url, bool redirect) const
{
    QString why;
    if (m_policy.allows(url, &why))
        return std::nullopt;
    AuthError error
        = AuthError::make(redirect ? AuthErrorCode::BadResponse : AuthErrorCode::InvalidInput, why);
    error.message = why;
    return error;
}

void HttpSession::abortAll()
{
    ++m_generation;
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        QNetworkReply *reply = it.key();
        disconnect(reply, nullptr, this, nullptr);
        qCDebug(lcHttp) << "aborting" << Redact::url(reply->url());
        reply->abort();
        reply->deleteLater();
    }
}

void HttpSession::send(const QUrl &url, const QByteArray &method, const QByteArray &body, Pending pending)
{
    if (auto refused = refusal(url, !pending.visited.isEmpty())) {
        qCDebug(lcHttp).noquote() << "refused" << method << Redact::url(url) << ":" << refused->details;
        HttpResponse response;
        response.url = url;
        response.visited = pending.visited;
        response.visited.append(url);
        response.error = refused;
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation, response, callback = std::move(pending.callback)] {
                if (generation == m_generation)
                    callback(response); // may delete this session: nothing after it
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("User-Agent", defaultUserAgent());
    for (const auto &[name, value] : m_headers)
        request.setRawHeader(name, value);

    pending.visited.append(url);
    pending.body.clear();
    QNetworkReply *reply = nullptr;
    if (method == "POST") {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        qCDebug(lcHttp).noquote() << "POST" << Redact::url(url) << "body:" << Redact::form(body);
        reply = m_network->post(request, body);
    } else {
        qCDebug(lcHttp).noquote() << "GET" << Redact::url(url);
        reply = m_network->get(request);
    }
    m_pending.insert(reply, std::move(pending));

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBytes) {
            failReply(reply,
                AuthError::make(AuthErrorCode::BadResponse,
                    tr("The reply announces %1 MB, more than the %2 MB allowed.")
                        .arg(megabytes(length.toLongLong()), megabytes(m_maxBytes))));
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void HttpSession::onReadyRead(QNetworkReply *reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end() || it->error)
        return;
    it->body += reply->read(m_maxBytes + 1 - it->body.size());
    if (it->body.size() > m_maxBytes) {
        failReply(reply,
            AuthError::make(AuthErrorCode::BadResponse,
                tr("The reply is larger than the %1 MB allowed.").arg(megabytes(m_maxBytes))));
    }
}

void HttpSession::failReply(QNetworkReply *reply, const AuthError &error)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end() || it->error)
        return;
    it->error = error;
    qCDebug(lcHttp).noquote() << "giving up on" << Redact::url(reply->url()) << ":" << error.details;
    reply->abort(); // emits finished, which delivers the error
}

std::optional<AuthError> HttpSession::transportError(QNetworkReply *reply)
{
    const QNetworkReply::NetworkError code = reply->error();
    if (code == QNetworkReply::NoError)
        return std::nullopt;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // 4xx/5xx replies are answers (VK sends its JSON errors with 401); the caller reads the status.
    const bool httpAnswer = status.isValid()
        && ((code >= QNetworkReply::ContentAccessDenied && code <= QNetworkReply::UnknownContentError)
            || code == QNetworkReply::ProtocolInvalidOperationError
            || (code >= QNetworkReply::InternalServerError && code <= QNetworkReply::UnknownServerError));
    if (httpAnswer)
        return std::nullopt;

    const QString where = Redact::url(reply->url());
    switch (code) {
    case QNetworkReply::OperationCanceledError: // our own aborts never get here: this is the transfer timeout
    case QNetworkReply::TimeoutError:
        return AuthError::make(AuthErrorCode::Timeout,
            tr("No answer from %1 within %2 s.").arg(where).arg(reply->request().transferTimeout() / 1000.0));
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolFailure:
        return AuthError::make(
            AuthErrorCode::BadResponse, QStringLiteral("%1: %2").arg(where, reply->errorString()));
    default:
        return AuthError::make(
            AuthErrorCode::NetworkError, QStringLiteral("%1: %2").arg(where, reply->errorString()));
    }
}

void HttpSession::onFinished(QNetworkReply *reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    reply->deleteLater();

    HttpResponse response;
    response.url = reply->url();
    response.visited = pending.visited;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.error = pending.error ? pending.error : transportError(reply);

    if (!response.error && isRedirect(response.status)) {
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        const QUrl target = reply->url().resolved(location);
        qCDebug(lcHttp).noquote() << response.status << "redirect to" << Redact::url(target);
        if (location.isEmpty() || !target.isValid()) {
            response.error = AuthError::make(AuthErrorCode::BadResponse,
                tr("%1 redirected without a valid target.").arg(Redact::url(reply->url())));
        } else if (m_stopBefore && m_stopBefore(target)) {
            response.url = target;
            response.visited.append(target);
        } else if (pending.redirects >= m_maxRedirects) {
            response.error = AuthError::make(AuthErrorCode::BadResponse,
                tr("Too many redirects (more than %1), the last to %2.")
                    .arg(m_maxRedirects)
                    .arg(Redact::url(target)));
        } else {
            ++pending.redirects;
            send(target, QByteArrayLiteral("GET"), {}, std::move(pending));
            return;
        }
    }

    if (!response.error) {
        pending.body += reply->read(m_maxBytes + 1 - pending.body.size());
        if (pending.body.size() > m_maxBytes) {
            response.error = AuthError::make(AuthErrorCode::BadResponse,
                tr("The reply is larger than the %1 MB allowed.").arg(megabytes(m_maxBytes)));
        } else {
            response.body = std::move(pending.body);
        }
    }
    if (response.error)
        qCDebug(lcHttp).noquote() << "failed:" << response.error->codeName() << response.error->details;
    else
        qCDebug(lcHttp).noquote() << "HTTP" << response.status << Redact::url(response.url)
                                  << response.body.size() << "bytes";
    pending.callback(response); // may delete this session: nothing after it
}

} // namespace vkauth
