#include "FakeVk.h"
#include "net/AccountInfo.h"

#include <QSignalSpy>
#include <QTest>

using namespace vkauth;

// Names for freshly obtained tokens, from the loopback fake VK's users.get and groups.getById.
class TestAccountInfo : public QObject
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

private:
    QList<AccountName> fetch(
        const QList<ObtainedToken> &tokens, QString *problem, const Endpoints &endpoints);
    ObtainedToken token(TokenKind kind, qint64 id, const QString &value) const;

    std::unique_ptr<fakevk::FakeVk> m_fake;
};

void TestAccountInfo::init()
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

ObtainedToken TestAccountInfo::token(TokenKind kind, qint64 id, const QString &value) const
{
    ObtainedToken t;
    t.kind = kind;
    t.vkId = id;
    t.token = value;
    return t;
}

QList<AccountName> TestAccountInfo::fetch(
    const QList<ObtainedToken> &tokens, QString *problem, const Endpoints &endpoints)
{
    AccountInfo info(endpoints, QStringLiteral("5.199"), 5000);
    QSignalSpy finished(&info, &AccountInfo::finished);
    info.fetch(tokens);
    if (!finished.wait(10000) || finished.size() != 1)
        return {};
    *problem = finished.first().at(1).toString();
    return finished.first().at(0).value<QList<AccountName>>();
}

void TestAccountInfo::userAndCommunityNames()
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

void TestAccountInfo::revokedTokenLeavesNameEmptyAndSaysWhy()
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

void TestAccountInfo::unreachableServerEndsToo()
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

void TestAccountInfo::noTokensEndsAtOnce()
{
    QString problem = QStringLiteral("unset");
    QVERIFY(fetch({}, &problem, Endpoints::forDomain(VkDomain::VkRu)).isEmpty());
    QVERIFY(problem.isEmpty());
}

void TestAccountInfo::tokenOnlyInPostBody()
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

void TestAccountInfo::refusedEndpointGetsNoToken()
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

QTEST_GUILESS_MAIN(TestAccountInfo)
#include "tst_accountinfo.moc"
