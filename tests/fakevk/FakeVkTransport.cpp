// SPDX-License-Identifier: MIT
// The fake's transport: requests parsed from the socket, replies written back (with faults),
// and the dispatch to the API, the pages and the control endpoints.

#include "FakeVk.h"
#include "FakeVkPrivate.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTimer>
#include <QUrlQuery>

namespace fakevk {

namespace {

// Form and query strings as servers read them: '+' is a space.
Params parseUrlEncoded(const QByteArray &encoded)
{
    Params out;
    QByteArray plus = encoded;
    plus.replace('+', "%20");
    const QUrlQuery query(QString::fromLatin1(plus));
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        out.insert(item.first, item.second);
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArray("UNKNOWN");
}

} // namespace

// ---- Reply ----

Reply Reply::json(const QJsonObject &object, int status)
{
    return {
        status, "application/json; charset=utf-8", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

Reply Reply::html(const QString &page, int status)
{
    return {status, "text/html; charset=utf-8", page.toUtf8(), {}};
}

Reply Reply::redirect(const QUrl &to)
{
    Reply r {302, "text/html; charset=utf-8", {}, {}};
    r.headers.append({"Location", to.toEncoded()});
    return r;
}

Reply &Reply::cookie(const QByteArray &name, const QByteArray &value, const QString &domain)
{
    QByteArray line = name + '=' + value + "; Path=/; HttpOnly";
    if (!domain.isEmpty())
        line += "; Domain=" + domain.toLatin1();
    headers.append({"Set-Cookie", line});
    return *this;
}

// ---- Private: transport ----

FakeVk::Private::Private(FakeVk *owner)
    : q(owner)
    , server([this](const QHttpServerRequest &request, QTcpSocket *socket) { onRequest(request, socket); })
    , vkid(owner)
{
    notRobotToken = QStringLiteral("nrt.") + randomHex(16);
}

void FakeVk::Private::onRequest(const QHttpServerRequest &raw, QTcpSocket *socket)
{
    Request request;
    request.method = methodName(raw.method());
    request.url = raw.url();
    request.path = request.url.path();
    request.query = parseUrlEncoded(request.url.query(QUrl::FullyEncoded).toLatin1());
    for (const auto &header : raw.headers()) {
        const QByteArray name = header.first.toLower();
        request.headers.insert(name, header.second);
        if (name == "cookie") {
            for (const QByteArray &part : header.second.split(';')) {
                const int eq = part.indexOf('=');
                if (eq > 0)
                    request.cookies.insert(QString::fromLatin1(part.left(eq).trimmed()),
                        QString::fromLatin1(part.mid(eq + 1).trimmed()));
            }
        }
    }
    request.body = raw.body();
    if (request.headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
        request.form = parseUrlEncoded(request.body);
    request.params = request.query;
    request.params.insert(request.form);

    records.append(RecordedRequest {request.method, request.url, request.headers, request.body});
    Q_EMIT q->requestReceived(request.path);

    const Fault fault = faults.value(request.path, Fault::None);
    const Reply reply = fault == Fault::None || fault == Fault::Slow ? dispatch(request) : Reply {};
    sendWithFault(socket, request, fault, reply);
}

void FakeVk::Private::send(QTcpSocket *socket, const Reply &reply)
{
    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &header : reply.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n\r\n";
    socket->write(out);
    socket->write(reply.body);
}

void FakeVk::Private::sendWithFault(
    QTcpSocket *socket, const Request &request, Fault fault, const Reply &reply)
{
    switch (fault) {
    case Fault::None:
        send(socket, reply);
        return;
    case Fault::Slow: {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(faultDelayMs, q, [guarded, reply] {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                send(guarded, reply);
        });
        return;
    }
    case Fault::DropConnection:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: appl");
        socket->disconnectFromHost();
        return;
    case Fault::NonJson:
        send(socket,
            Reply::html(QStringLiteral("<html><head><title>502 Bad Gateway</title></head><body>"
                                       "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>"
                                       "</body></html>")));
        return;
    case Fault::Http500:
        send(socket, Reply {500, "text/plain; charset=utf-8", "Internal Server Error", {}});
        return;
    case Fault::HugeBody: {
        const qint64 padding = qMax<qint64>(0, hugeBodyBytes - 14);
        QByteArray body = "{\"padding\":\"" + QByteArray(padding, 'a') + "\"}";
        send(socket, Reply {200, "application/json; charset=utf-8", body, {}});
        return;
    }
    case Fault::RedirectLoop: {
        QUrl self = join(publicBase("oauth"), request.path);
        self.setQuery(request.url.query());
        send(socket, Reply::redirect(self));
        return;
    }
    }
}

Reply FakeVk::Private::dispatch(const Request &request)
{
    const QString &path = request.path;
    if (vkid.handles(request))
        return vkid.dispatch(request);
    if (path == QLatin1String("/token"))
        return token(request);
    if (path.startsWith(QLatin1String("/method/")))
        return apiMethod(request, path.mid(8));
    if (path == QLatin1String("/authorize"))
        return authorize(request);
    if (path == QLatin1String("/login") || path == QLatin1String("/login.php"))
        return loginPath(request);
    if (path == QLatin1String("/") || path.isEmpty())
        return rootPath(request);
    if (path == QLatin1String("/blank.html"))
        return blankPage();
    if (path == QLatin1String("/captcha.php"))
        return captchaImage(request);
    if (path.startsWith(QLatin1String("/images/")) && path.endsWith(QLatin1String(".png"))) {
        QByteArray png = renderAvatarPng(path.mid(8));
        png.append(QByteArray(qMax<qint64>(0, imageBytes - png.size()), '\0'));
        return Reply {200, "image/png", png, {}};
    }
    if (path == QLatin1String("/not_robot_captcha"))
        return notRobot(request);
    if (controlEnabled && path.startsWith(QLatin1String("/_fakevk/")))
        return control(request);
    return Reply::html(QStringLiteral("<html><body><h1>404 Not Found</h1></body></html>"), 404);
}

Reply FakeVk::Private::control(const Request &request)
{
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    if (request.path == QLatin1String("/_fakevk/reset")) {
        q->clear();
        return Reply::json({{QStringLiteral("ok"), true}});
    }
    if (request.path == QLatin1String("/_fakevk/accounts")) {
        QJsonArray list = body.isArray() ? body.array() : QJsonArray {body.object()};
        for (const auto &value : list) {
            QString error;
            const auto account = accountFromJson(value.toObject(), &error);
            if (!account)
                return Reply::json({{QStringLiteral("error"), error}}, 400);
            q->addAccount(*account);
        }
        return Reply::json({{QStringLiteral("ok"), true}});
    }
    if (request.path == QLatin1String("/_fakevk/clients")) {
        q->allowClient(body.object().value(QStringLiteral("clientId")).toString(),
            body.object().value(QStringLiteral("clientSecret")).toString());
        return Reply::json({{QStringLiteral("ok"), true}});
    }
    if (request.path == QLatin1String("/_fakevk/verification")) {
        const QJsonObject o = body.object();
        const QUrl url = q->startVerification(o.value(QStringLiteral("userId")).toVariant().toLongLong(),
            quint32(o.value(QStringLiteral("scope")).toInteger()),
            o.value(QStringLiteral("issueToken")).toBool(true));
        if (url.isEmpty())
            return Reply::json({{QStringLiteral("error"), QStringLiteral("unknown account")}}, 400);
        return Reply::json({{QStringLiteral("redirect_uri"), url.toString()}});
    }
    if (request.path == QLatin1String("/_fakevk/info")) {
        return Reply::json({{QStringLiteral("captchaKey"), captchaKey},
            {QStringLiteral("notRobotSuccessToken"), notRobotToken},
            {QStringLiteral("baseUrl"), q->baseUrl().toString()}});
    }
    return Reply::json({{QStringLiteral("error"), QStringLiteral("unknown control")}}, 404);
}

} // namespace fakevk
