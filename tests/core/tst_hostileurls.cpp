// SPDX-License-Identifier: MIT
#include "QueuePrompter.h"
#include "auth/AccountVerification.h"
#include "net/HttpSession.h"

#include <QHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace vkauth;

// Issue 13 item 1: no request, redirect or form action leaves the URL policy — over real loopback
// HTTP. A hostile "VK" on 127.0.0.1 (the configured endpoints) answers with redirects and forms
// pointing elsewhere; a "thief" on 127.0.0.2 (loopback too, but not configured) must never be asked.
namespace {

// Answers every request by its path (the request line's target up to '?') with a canned reply and
// records the request lines it got.
class CannedServer : public QTcpServer
{
public:
    QHash<QByteArray, QByteArray> replies; // path -> full HTTP reply
    QList<QByteArray> requestLines;

    explicit CannedServer(const QHostAddress &address)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(address, 0);
    }

    QUrl base() const
    {
        return QUrl(QStringLiteral("http://%1:%2").arg(serverAddress().toString()).arg(serverPort()));
    }

    static QByteArray redirect(const QByteArray &location)
    {
        return "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n";
    }
    static QByteArray html(const QByteArray &body)
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray line = buffer.left(buffer.indexOf("\r\n"));
        requestLines << line;
        QByteArray path = line.split(' ').value(1);
        path = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
        socket->write(replies.value(path, html("<p>nothing</p>")));
        socket->disconnectFromHost();
        m_buffers.remove(socket);
    }
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestHostileUrls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void redirectRefused_data();
    void redirectRefused();
    void requestOffHostRefused();
    void twoFactorCodeNeverPostedOffHost();

private:
    std::optional<HttpResponse> fetch(const QUrl &url, const QByteArray &postBody = {});
    std::unique_ptr<CannedServer> m_vk;
    std::unique_ptr<CannedServer> m_thief;
};

void TestHostileUrls::init()
{
    for (const char *variable :
        {"VKAUTH_OAUTH_URL", "VKAUTH_LOGIN_URL", "VKAUTH_SITE_URL", "VKAUTH_API_URL", "VKAUTH_EXTRA_HOSTS"})
        qunsetenv(variable);
    m_vk = std::make_unique<CannedServer>(QHostAddress(QStringLiteral("127.0.0.1")));
    m_thief = std::make_unique<CannedServer>(QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(m_vk->isListening());
    QVERIFY(m_thief->isListening());
}

void TestHostileUrls::cleanup()
{
    m_vk.reset();
    m_thief.reset();
}

std::optional<HttpResponse> TestHostileUrls::fetch(const QUrl &url, const QByteArray &postBody)
{
    HttpSession session;
    const QUrl base = m_vk->base();
    session.setPolicy(UrlPolicy::fromEndpoints(Endpoints {base, base, base, base}));
    std::optional<HttpResponse> result;
    const auto done = [&result](const HttpResponse &r) { result = r; };
    if (postBody.isEmpty())
        session.get(url, done);
    else
        session.postForm(url, postBody, done);
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return std::nullopt;
    return result;
}

void TestHostileUrls::redirectRefused_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("named");
    QTest::newRow("file") << QByteArray("file:///etc/passwd") << QStringLiteral("file:");
    QTest::newRow("other loopback host") << QByteArray("THIEF/steal?code=1") << QStringLiteral("127.0.0.2");
    QTest::newRow("foreign https") << QByteArray("https://evil.example/x") << QStringLiteral("evil.example");
    QTest::newRow("VK over http") << QByteArray("http://oauth.vk.ru/token") << QStringLiteral("oauth.vk.ru");
}

void TestHostileUrls::redirectRefused()
{
    QFETCH(QByteArray, location);
    QFETCH(QString, named);
    location.replace("THIEF/", m_thief->base().toEncoded() + '/');
    m_vk->replies.insert("/hop", CannedServer::redirect(location));
    const auto reply = fetch(m_vk->base().resolved(QUrl(QStringLiteral("/hop"))));
    QVERIFY(reply.has_value());
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error->code, AuthErrorCode::BadResponse);
    QVERIFY2(reply->error->message.contains(named), qPrintable(reply->error->message));
    QVERIFY(reply->body.isEmpty());
    QCOMPARE(m_vk->requestLines.size(), 1);
    QVERIFY(m_thief->requestLines.isEmpty());
}

void TestHostileUrls::requestOffHostRefused()
{
    const auto reply = fetch(m_thief->base().resolved(QUrl(QStringLiteral("/steal"))), "code=123456");
    QVERIFY(reply.has_value());
    QVERIFY(!reply->ok());
    QVERIFY2(reply->error->message.contains(QLatin1String("127.0.0.2")), qPrintable(reply->error->message));
    QVERIFY(m_thief->requestLines.isEmpty());
}

void TestHostileUrls::twoFactorCodeNeverPostedOffHost()
{
    // VK's two-factor page, but its form posts over plain http to another host (<base href> does the
    // same): the code typed in must never leave for it.
    const QByteArray page = "<html><head><base href=\"" + m_thief->base().toEncoded()
        + "/\"></head><body><form method=\"post\" action=\"steal\">"
          "<input type=\"text\" name=\"code\"><input type=\"submit\" "
          "id=\"authcheck_submit\"></form></body></html>";
    m_vk->replies.insert("/login", CannedServer::html(page));

    testsupport::QueuePrompter prompter;
    prompter.answer(QStringLiteral("123456"));
    VerificationOptions options;
    options.timeoutMs = 5000;
    const QUrl base = m_vk->base();
    options.endpoints = Endpoints {base, base, base, base};
    AccountVerification flow(options, &prompter);
    QSignalSpy finished(&flow, &AccountVerification::finished);
    flow.start(base.resolved(QUrl(QStringLiteral("/login?act=authcheck"))));
    QVERIFY(finished.wait(10000));
    const auto outcome = finished.first().first().value<AuthOutcome>();
    QVERIFY(outcome.error.has_value());
    QVERIFY2(outcome.error->message.contains(QLatin1String("127.0.0.2")), qPrintable(outcome.error->message));
    QCOMPARE(prompter.count(Prompt::Kind::TwoFactor), 1); // it was asked, and the answer went nowhere
    QVERIFY(m_thief->requestLines.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostileUrls)
#include "tst_hostileurls.moc"
