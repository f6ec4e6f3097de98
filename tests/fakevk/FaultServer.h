// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

namespace fakevk {

// A loopback server that answers every request with one canned fault, for what FakeVk's path faults
// do not cover: VK's gateway errors (502), rate limiting (429 with Retry-After), redirects to another
// scheme or host, and a TLS server whose certificate nobody trusts. Raw sockets, HTTP/1.1, one
// request per connection. Used by tests/core/tst_faultmatrix.cpp.
class FaultServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Kind {
        Http502, // 502 Bad Gateway with nginx's HTML page
        Http429, // 429 Too Many Requests, Retry-After: 3600, a JSON error body
        RedirectTo, // 302 to redirectTarget() (another host, or another scheme such as file://)
        UntrustedTls, // TLS with a fresh self-signed certificate, then a JSON reply (never reached)
        Answer, // 200 with a small JSON body: a witness that counts who reached it
    };

    explicit FaultServer(Kind kind, QObject *parent = nullptr);

    // Listens on address (127.0.0.1 by default; another loopback address such as 127.0.0.2 makes
    // "another host"), any free port. UntrustedTls makes its certificate with openssl first: false
    // when that or the listen fails.
    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    QUrl baseUrl() const; // http(s)://ADDRESS:PORT

    void setRedirectTarget(const QUrl &target) { m_redirectTarget = target; }
    QUrl redirectTarget() const { return m_redirectTarget; }

    // Requests whose headers arrived in full (over TLS: only after a handshake the client accepted).
    int requestCount() const { return m_requests.size(); }
    QList<QByteArray> requestLines() const { return m_requests; }
    // TLS connections accepted at the TCP level (handshakes started).
    int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void onReadyRead(QTcpSocket *socket);
    QByteArray reply() const;
    bool makeCertificate();

    Kind m_kind;
    QUrl m_redirectTarget;
    QList<QByteArray> m_requests;
    int m_connections = 0;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace fakevk
