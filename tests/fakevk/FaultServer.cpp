// SPDX-License-Identifier: MIT
#include "FaultServer.h"

#include <QFile>
#include <QHash>
#include <QPointer>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>

namespace fakevk {

FaultServer::FaultServer(Kind kind, QObject *parent)
    : QTcpServer(parent)
    , m_kind(kind)
{
}

bool FaultServer::start(const QHostAddress &address)
{
    if (m_kind == Kind::UntrustedTls && !makeCertificate())
        return false;
    return listen(address, 0);
}

QUrl FaultServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_kind == Kind::UntrustedTls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(serverAddress().toString());
    url.setPort(serverPort());
    return url;
}

// A throw-away self-signed certificate for 127.0.0.1, as tests/fidelity/run.sh makes one.
bool FaultServer::makeCertificate()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return false;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
            QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return false;
    QFile certFile(cert);
    QFile keyFile(key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    return !m_certificate.isNull() && !m_key.isNull();
}

void FaultServer::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    if (m_kind == Kind::UntrustedTls) {
        auto *tls = new QSslSocket(this);
        if (!tls->setSocketDescriptor(handle)) {
            delete tls;
            return;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls->setSslConfiguration(config);
        ++m_connections;
        tls->startServerEncryption();
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void FaultServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    if (socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    m_requests << buffer.left(buffer.indexOf("\r\n"));
    socket->write(reply());
    socket->disconnectFromHost();
}

QByteArray FaultServer::reply() const
{
    QByteArray status;
    QByteArray type = "application/json; charset=utf-8";
    QByteArray body;
    QByteArray extra;
    switch (m_kind) {
    case Kind::Http502:
        status = "502 Bad Gateway";
        type = "text/html";
        body = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
               "</center><hr><center>nginx</center></body></html>";
        break;
    case Kind::Http429:
        status = "429 Too Many Requests";
        extra = "Retry-After: 3600\r\n";
        body = R"({"error":"too_many_requests","error_description":"Too many requests per second"})";
        break;
    case Kind::RedirectTo:
        status = "302 Found";
        extra = "Location: " + m_redirectTarget.toEncoded() + "\r\n";
        break;
    case Kind::UntrustedTls:
    case Kind::Answer:
        status = "200 OK";
        body = R"({"response":[{"id":1}],"access_token":"vk1.a.witness","user_id":1,"expires_in":0})";
        break;
    }
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\n" + extra
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace fakevk
