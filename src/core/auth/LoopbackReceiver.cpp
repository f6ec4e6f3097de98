// SPDX-License-Identifier: MIT
#include "auth/LoopbackReceiver.h"

#include "net/Endpoints.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLoopback, "vkauth.loopback")

namespace vkauth {

namespace {
constexpr int kRequestTimeoutMs = 10000;
} // namespace

LoopbackReceiver::LoopbackReceiver(Opener opener, QObject *parent)
    : PageRunner(parent)
    , m_opener(std::move(opener))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        PageResult result;
        result.kind = PageResult::Kind::Error;
        const int minutes = qMax(1, m_timeoutMs / 60000);
        result.message = QCoreApplication::translate(
            "LoopbackReceiver", "No answer came back from the browser in %n minute(s).", nullptr, minutes);
        end(result);
    });
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

std::optional<QUrl> LoopbackReceiver::listen(const QUrl &redirectUri, QString *why)
{
    const auto refuse = [why](const QString &reason) -> std::optional<QUrl> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (redirectUri.scheme() != u"http" || !Endpoints::isLoopbackHost(redirectUri.host()))
        return refuse(QCoreApplication::translate("LoopbackReceiver",
            "The redirect URL must be http://127.0.0.1:PORT/… or http://localhost:PORT/… "
            "for the system browser."));
    delete m_server;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onConnection);
    const int port = redirectUri.port(0);
    if (!m_server->listen(QHostAddress::LocalHost, quint16(port))) {
        return refuse(QCoreApplication::translate("LoopbackReceiver", "Port %1 on 127.0.0.1 is not free: %2")
                          .arg(port)
                          .arg(m_server->errorString()));
    }
    m_redirect = redirectUri;
    m_redirect.setPort(m_server->serverPort());
    qCInfo(lcLoopback) << "listening on 127.0.0.1 port" << m_server->serverPort();
    return m_redirect;
}

void LoopbackReceiver::start(const PageJob &job)
{
    m_running = true;
    if (!isListening() && !job.catchUrls.isEmpty()) {
        QString why;
        if (!listen(job.catchUrls.first(), &why)) {
            PageResult result;
            result.kind = PageResult::Kind::Error;
            result.message = why;
            QMetaObject::invokeMethod(
                this, [this, result] { end(result); }, Qt::QueuedConnection);
            return;
        }
    }
    m_timeout->start(m_timeoutMs);
    const bool opened = m_opener && m_opener(job.url);
    Q_EMIT started();
    Q_EMIT waiting(job.url, opened);
}

void LoopbackReceiver::cancel()
{
    if (m_running)
        end(PageResult {PageResult::Kind::Closed, {}, {}, {}});
}

void LoopbackReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A connection that sends nothing useful in time is dropped.
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReceiver::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->read(kMaxRequestBytes + 1 - buffer.size());
    if (buffer.size() > kMaxRequestBytes) {
        answer(socket, 431, "Request Header Fields Too Large",
            QCoreApplication::translate("LoopbackReceiver", "The request is too large."));
        return;
    }
    if (!buffer.contains("\r\n\r\n"))
        return;
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QUrl target = requestLine.size() == 3 ? QUrl::fromEncoded(requestLine.at(1)) : QUrl();
    const QString path = target.path().isEmpty() ? QStringLiteral("/") : target.path();
    const QString expected = m_redirect.path().isEmpty() ? QStringLiteral("/") : m_redirect.path();
    if (!m_running || requestLine.value(0) != "GET" || path != expected || target.hasFragment()
        || !target.host().isEmpty()) {
        qCInfo(lcLoopback) << "refused a request that is not the sign-in answer";
        answer(socket, 404, "Not Found",
            QCoreApplication::translate("LoopbackReceiver", "This is not the address VK Auth waits for."));
        return;
    }
    QUrl caught = m_redirect;
    caught.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
    answer(socket, 200, "OK", QCoreApplication::translate("LoopbackReceiver", "You can return to VK Auth."));
    PageResult result;
    result.kind = PageResult::Kind::Caught;
    result.url = caught;
    end(result);
}

void LoopbackReceiver::answer(
    QTcpSocket *socket, int status, const QByteArray &reason, const QString &message)
{
    const QByteArray body
        = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>VK Auth</title>"
                         "</head><body><p>%1</p></body></html>\n")
              .arg(message.toHtmlEscaped())
              .toUtf8();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nReferrer-Policy: "
          "no-referrer\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    m_buffers.remove(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->disconnectFromHost();
}

void LoopbackReceiver::end(const PageResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout->stop();
    if (m_server)
        m_server->close(); // one-shot: nothing more is accepted
    Q_EMIT finished(result);
}

} // namespace vkauth
