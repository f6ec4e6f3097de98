// SPDX-License-Identifier: MIT
#pragma once

// A bare HTTP/1.1 server on loopback for replies the fake VK cannot give: each request gets the bytes
// `reply(path)` returns, or — for a path answered with streamForever — headers without a
// Content-Length and then body bytes as the client reads them (32 MiB at most, then silence). Counts what it
// sent. Real sockets; for the tests of limits (an endless page loop, a reply with no length).

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace testsupport {

class RawHttpServer : public QObject
{
public:
    // What a request for `pathAndQuery` gets: a whole HTTP response, or empty for the endless stream.
    using Reply = std::function<QByteArray(const QByteArray &pathAndQuery)>;

    explicit RawHttpServer(Reply reply)
        : m_reply(std::move(reply))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery));
    }
    int requests() const { return m_requests; }
    qint64 streamedBytes() const { return m_streamed; }
    bool streamClosed() const { return m_streamClosed; }

    static QByteArray page(const QByteArray &html)
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + QByteArray::number(html.size()) + "\r\n\r\n" + html;
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_buffer[socket] += socket->readAll();
            QByteArray &in = m_buffer[socket];
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray requestLine = in.left(in.indexOf("\r\n"));
            in.remove(0, end + 4); // requests here have no body (GET)
            ++m_requests;
            const QByteArray target = requestLine.split(' ').value(1);
            const QByteArray response = m_reply(target);
            if (!response.isEmpty()) {
                socket->write(response);
                return;
            }
            // The endless stream: no Content-Length, the connection closes the body (never).
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
            const auto more = [this, socket] {
                if (socket->state() != QAbstractSocket::ConnectedState)
                    return;
                // Bounded all the same (kStreamCap): a client that buffers it all then waits, idle.
                if (socket->bytesToWrite() < 256 * 1024 && m_streamed < kStreamCap) {
                    const QByteArray chunk(64 * 1024, 'x');
                    socket->write(chunk);
                    m_streamed += chunk.size();
                }
            };
            connect(socket, &QTcpSocket::bytesWritten, this, more);
            connect(socket, &QTcpSocket::disconnected, this, [this] { m_streamClosed = true; });
            more();
        });
    }

    static constexpr qint64 kStreamCap = 32 * 1024 * 1024;
    QTcpServer m_server;
    Reply m_reply;
    QHash<QTcpSocket *, QByteArray> m_buffer;
    int m_requests = 0;
    qint64 m_streamed = 0;
    bool m_streamClosed = false;
};

} // namespace testsupport
