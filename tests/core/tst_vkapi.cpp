// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "net/VkApi.h"

#include <QJsonArray>

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace vkauth;

// VK's API over the loopback fake: calls as POSTs, "response" vs "error" read in one place, typed
// errors, and the owners of freshly obtained tokens (users.get, groups.getById).
class TestVkApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void userAndCommunityNames();
    void revokedTokenLeavesNameEmptyAndSaysWhy();
    void unreachableServerEndsToo();
    void noTokensEndsAtOnce();
    void tokenOnlyInPostBody();
    void refusedEndpointGetsNoToken();
    void callIsPostWithVersion();
    void apiErrorIsTyped();
    void notJsonIsBadReply();
    void ownerOfUserAndCommunity();

private:
    QList<AccountName> fetch(
        const QList<ObtainedToken> &tokens, QString *problem, const Endpoints &endpoints);
    ObtainedToken token(TokenKind kind, qint64 id, const QString &value) const;

    std::optional<VkApiReply> call(const QString &method, const VkApi::Params &params, const QString &token);
    Endpoints fakeEndpoints() const;

    std::unique_ptr<fakevk::FakeVk> m_fake;
};

void TestVkApi::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    fakevk::Account a;
    a.userId = 9007199254740993;
    a.login = QStringLiteral("anna@example.org");
    a.password = QStringLiteral("pw");
    a.firstName = QStringLiteral("Anna");
    a.lastName = QStringLiteral("Smirnova");
    a.groups = {{77, QStringLiteral("Book club"), QStringLiteral("books")}};
    m_fake->addAccount(a);
}

ObtainedToken TestVkApi::token(TokenKind kind, qint64 id, const QString &value) const
{
    ObtainedToken t;
    t.kind = kind;
    t.vkId = id;
    t.token = value;
    return t;
}

QList<AccountName> TestVkApi::fetch(
    const QList<ObtainedToken> &tokens, QString *problem, const Endpoints &endpoints)
{
    NetworkContext context;
    context.endpoints = endpoints;
    context.timeoutMs = 5000;
    VkApi api(context);
    std::optional<QList<AccountName>> names;
    int calls = 0;
    api.owners(tokens, [&](const QList<AccountName> &list, const QString &why) {
        ++calls;
        names = list;
        *problem = why;
    });
    if (!QTest::qWaitFor([&] { return names.has_value(); }, 10000))
        return {};
    return calls == 1 ? *names : QList<AccountName> {};
}

void TestVkApi::userAndCommunityNames()
{
    const Endpoints endpoints {m_fake->baseUrl(), m_fake->baseUrl(), m_fake->baseUrl(), m_fake->baseUrl()};
    const QList<ObtainedToken> tokens {
        token(TokenKind::User, 9007199254740993, m_fake->issueUserToken(9007199254740993, 0)),
        token(TokenKind::Community, 77, m_fake->issueGroupToken(77, 4096)),
    };
    QString problem;
    const QList<AccountName> names = fetch(tokens, &problem, endpoints);
    QCOMPARE(names.size(), 2);
    QCOMPARE(names[0].name, QStringLiteral("Anna Smirnova"));
    QCOMPARE(names[0].vkId, 9007199254740993);
    QCOMPARE(names[1].name, QStringLiteral("Book club"));
    QCOMPARE(names[1].kind, TokenKind::Community);
    QCOMPARE(names[1].screenName, QStringLiteral("books"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestVkApi::revokedTokenLeavesNameEmptyAndSaysWhy()
{
    const Endpoints endpoints {m_fake->baseUrl(), m_fake->baseUrl(), m_fake->baseUrl(), m_fake->baseUrl()};
    const QString secret = m_fake->issueUserToken(9007199254740993, 0);
    m_fake->revokeToken(secret);
    QString problem;
    const QList<AccountName> names
        = fetch({token(TokenKind::User, 9007199254740993, secret)}, &problem, endpoints);
    QCOMPARE(names.size(), 1);
    QVERIFY(names[0].name.isEmpty());
    QVERIFY2(problem.contains(QStringLiteral("authorization failed")), qPrintable(problem));
    QVERIFY(!problem.contains(secret));
}

void TestVkApi::unreachableServerEndsToo()
{
    const quint16 port = m_fake->port();
    m_fake.reset(); // nothing listens there now
    const QUrl gone(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QString problem;
    const QString secret = QStringLiteral("vk1.a.secret-token");
    const QList<AccountName> names
        = fetch({token(TokenKind::User, 1, secret)}, &problem, Endpoints {gone, gone, gone, gone});
    QCOMPARE(names.size(), 1);
    QVERIFY(names[0].name.isEmpty());
    QVERIFY(!problem.isEmpty());
    QVERIFY2(!problem.contains(secret), qPrintable(problem));
}

void TestVkApi::noTokensEndsAtOnce()
{
    QString problem = QStringLiteral("unset");
    QVERIFY(fetch({}, &problem, Endpoints::forDomain(VkDomain::VkRu)).isEmpty());
    QVERIFY(problem.isEmpty());
}

void TestVkApi::tokenOnlyInPostBody()
{
    const Endpoints endpoints {m_fake->baseUrl(), m_fake->baseUrl(), m_fake->baseUrl(), m_fake->baseUrl()};
    const QString secret = m_fake->issueUserToken(9007199254740993, 0);
    QString problem;
    const auto names = fetch({token(TokenKind::User, 9007199254740993, secret)}, &problem, endpoints);
    QCOMPARE(names.value(0).name, QStringLiteral("Anna Smirnova"));
    const auto requests = m_fake->requests(QStringLiteral("/method/users.get"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("POST"));
    QVERIFY(!requests.first().url.toString().contains(secret));
    QVERIFY(requests.first().body.contains(QUrl::toPercentEncoding(secret)));
}

void TestVkApi::refusedEndpointGetsNoToken()
{
    // Plain http to a host that is not this computer: refused by the URL policy, nothing sent.
    const QUrl remote(QStringLiteral("http://remote.example.org"));
    const Endpoints endpoints {m_fake->baseUrl(), m_fake->baseUrl(), m_fake->baseUrl(), remote};
    QString problem;
    const auto names
        = fetch({token(TokenKind::User, 9007199254740993, QStringLiteral("t0ken"))}, &problem, endpoints);
    QCOMPARE(names.size(), 1);
    QVERIFY(names.first().name.isEmpty());
    QVERIFY2(problem.contains(QLatin1String("remote.example.org")), qPrintable(problem));
}

Endpoints TestVkApi::fakeEndpoints() const
{
    return Endpoints {m_fake->baseUrl(), m_fake->baseUrl(), m_fake->baseUrl(), m_fake->baseUrl()};
}

std::optional<VkApiReply> TestVkApi::call(
    const QString &method, const VkApi::Params &params, const QString &token)
{
    NetworkContext context;
    context.endpoints = fakeEndpoints();
    context.timeoutMs = 5000;
    VkApi api(context);
    std::optional<VkApiReply> reply;
    api.call(method, params, token, [&](const VkApiReply &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000))
        return std::nullopt;
    return reply;
}

void TestVkApi::callIsPostWithVersion()
{
    const QString secret = m_fake->issueUserToken(9007199254740993, 0);
    const auto reply = call(
        QStringLiteral("users.get"), {{QStringLiteral("fields"), QStringLiteral("screen_name")}}, secret);
    QVERIFY(reply && reply->ok());
    QCOMPARE(
        reply->response.toArray().first().toObject().value(u"first_name").toString(), QStringLiteral("Anna"));
    const auto requests = m_fake->requests(QStringLiteral("/method/users.get"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("POST"));
    QVERIFY(!requests.first().url.hasQuery());
    const QUrlQuery body(QString::fromUtf8(requests.first().body));
    QCOMPARE(body.queryItemValue(QStringLiteral("v")), QString::fromLatin1(NetworkContext::kApiVersion));
    QCOMPARE(body.queryItemValue(QStringLiteral("fields")), QStringLiteral("screen_name"));
}

void TestVkApi::apiErrorIsTyped()
{
    const QString secret = m_fake->issueUserToken(9007199254740993, 0);
    m_fake->revokeToken(secret);
    const auto reply = call(QStringLiteral("users.get"), {}, secret);
    QVERIFY(reply && !reply->ok());
    QCOMPARE(reply->error->kind, VkApiError::Kind::Api);
    QVERIFY(reply->error->is(VkApiError::AuthFailed));
    QVERIFY(!reply->error->is(VkApiError::CaptchaNeeded));
    QVERIFY2(reply->error->message.contains(QLatin1String("authorization failed")),
        qPrintable(reply->error->message));
    QVERIFY(!reply->error->message.contains(secret));
}

void TestVkApi::notJsonIsBadReply()
{
    m_fake->setFault(QStringLiteral("/method/users.get"), fakevk::Fault::NonJson);
    const auto reply = call(QStringLiteral("users.get"), {}, m_fake->issueUserToken(9007199254740993, 0));
    QVERIFY(reply && !reply->ok());
    QCOMPARE(reply->error->kind, VkApiError::Kind::BadReply);
}

void TestVkApi::ownerOfUserAndCommunity()
{
    NetworkContext context;
    context.endpoints = fakeEndpoints();
    VkApi api(context);
    std::optional<AccountName> user, community;
    api.owner(TokenKind::User, m_fake->issueUserToken(9007199254740993, 0),
        [&](const AccountName &owner, const std::optional<VkApiError> &error) {
            QVERIFY(!error);
            user = owner;
        });
    api.owner(TokenKind::Community, m_fake->issueGroupToken(77, 4096),
        [&](const AccountName &owner, const std::optional<VkApiError> &error) {
            QVERIFY(!error);
            community = owner;
        });
    QTRY_VERIFY_WITH_TIMEOUT(user && community, 10000);
    QCOMPARE(user->vkId, 9007199254740993);
    QCOMPARE(user->name, QStringLiteral("Anna Smirnova"));
    QCOMPARE(community->vkId, 77);
    QCOMPARE(community->kind, TokenKind::Community);
    QCOMPARE(community->name, QStringLiteral("Book club"));
    QCOMPARE(community->screenName, QStringLiteral("books"));
}

QTEST_GUILESS_MAIN(TestVkApi)
#include "tst_vkapi.moc"
