// SPDX-License-Identifier: MIT
#include "auth/TokenSources.h"

#include <QTest>

using namespace vkauth;

// TokenSources: what people paste or open to add a token they have (issue 14). The vk_api layout is
// the one python273/vk_api writes (VkApi._api_login: token → "app<id>" → "scope_<mask>" → the
// fragment's parameters as strings).
class TestTokenSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bareToken();
    void userAddress();
    void communityAddress();
    void vkApiConfig();
    void envLines();
    void nothingFound_data();
    void nothingFound();
};

namespace {
const QString kUser = QStringLiteral("vk1.a.USERTOKENxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
const QString kGroup11 = QStringLiteral("vk1.a.GROUP11xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
const QString kGroup22 = QStringLiteral("vk1.a.GROUP22xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
const QString kHex = QString(85, u'a'); // the older shape: 85 hexadecimal characters
} // namespace

void TestTokenSources::bareToken()
{
    for (const QString &t : {kUser, kHex}) {
        const FoundTokens found = TokenSources::read(("  " + t + "\n").toUtf8());
        QCOMPARE(found.tokens.size(), 1);
        QVERIFY(found.tokens.first().token == t);
        QVERIFY(!found.tokens.first().kind);
        QCOMPARE(found.tokens.first().origin, QStringLiteral("token"));
    }
}

void TestTokenSources::userAddress()
{
    const FoundTokens found = TokenSources::read(("https://oauth.vk.com/blank.html#access_token=" + kUser
        + "&expires_in=86400&user_id=1001&email=a@b.c")
                                                     .toUtf8());
    QCOMPARE(found.tokens.size(), 1);
    const FoundToken &t = found.tokens.first();
    QVERIFY(t.token == kUser);
    QCOMPARE(t.kind, std::optional(TokenKind::User));
    QCOMPARE(t.vkId, 1001);
    QCOMPARE(t.expiresIn, 86400);
    QCOMPARE(t.origin, QStringLiteral("address"));
}

void TestTokenSources::communityAddress()
{
    // Pasted with a word before it, as copied from a chat; two communities, one token each.
    const FoundTokens found = TokenSources::read(("token: https://oauth.vk.ru/blank.html#access_token_11="
        + kGroup11 + "&access_token_22=" + kGroup22 + "&expires_in=0")
                                                     .toUtf8());
    QCOMPARE(found.tokens.size(), 2);
    QCOMPARE(found.tokens[0].kind, std::optional(TokenKind::Community));
    QCOMPARE(found.tokens[0].vkId, 11);
    QVERIFY(found.tokens[0].token == kGroup11);
    QCOMPARE(found.tokens[1].vkId, 22);
    QCOMPARE(found.tokens[1].expiresIn, 0);
}

void TestTokenSources::vkApiConfig()
{
    const QByteArray json = R"({"+79991234567": {"cookies": [{"name": "remixsid", "value": "x"}],
        "token": {"app6222115": {"scope_140492255": {"access_token": ")"
        + kUser.toUtf8() + R"(", "expires_in": "0", "user_id": "1001"}},
                  "app2685278": {"scope_65536": {"access_token": ")"
        + kHex.toUtf8() + R"(", "expires_in": "86400", "user_id": "1001"}}}}})";
    const FoundTokens found = TokenSources::read(json);
    QVERIFY2(found.problem.isEmpty(), qPrintable(found.problem));
    QCOMPARE(found.tokens.size(), 2);
    const FoundToken &first = found.tokens[0].appClientId == u"6222115" ? found.tokens[0] : found.tokens[1];
    const FoundToken &second = &first == &found.tokens[0] ? found.tokens[1] : found.tokens[0];
    QVERIFY(first.token == kUser);
    QCOMPARE(first.scope, 140492255u);
    QCOMPARE(first.vkId, 1001);
    QCOMPARE(first.expiresIn, 0);
    QCOMPARE(first.origin, QStringLiteral("vk_api"));
    QCOMPARE(second.appClientId, QStringLiteral("2685278"));
    QCOMPARE(second.expiresIn, 86400);
}

void TestTokenSources::envLines()
{
    const QByteArray env = "# comment VK_TOKEN=" + kGroup22.toUtf8() + "\nexport VK_TOKEN=\"" + kUser.toUtf8()
        + "\"\nGROUP_TOKEN='" + kGroup11.toUtf8() + "'\nOLD_TOKEN=" + kHex.toUtf8()
        + " # from 2019\nVK_TOKEN_PLACEHOLDER=your_token_here\nAPI_VERSION=5.199\nSECRET=" + kGroup22.toUtf8()
        + "\n";
    const FoundTokens found = TokenSources::read(env);
    QCOMPARE(found.tokens.size(), 3);
    QVERIFY(found.tokens[0].token == kUser);
    QCOMPARE(found.tokens[0].origin, QStringLiteral("env VK_TOKEN"));
    QVERIFY(found.tokens[1].token == kGroup11);
    QVERIFY(found.tokens[2].token == kHex);
}

void TestTokenSources::nothingFound_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray("  \n");
    QTest::newRow("words") << QByteArray("my token is secret");
    QTest::newRow("short") << QByteArray("vk1.a.short");
    QTest::newRow("json without token") << QByteArray(R"({"login": {"cookies": []}})");
    QTest::newRow("address without token")
        << QByteArray("https://oauth.vk.com/blank.html#error=access_denied");
    QTest::newRow("too long") << QByteArray(TokenSources::maxInput + 1, 'a');
}

void TestTokenSources::nothingFound()
{
    QFETCH(QByteArray, input);
    const FoundTokens found = TokenSources::read(input);
    QVERIFY(found.tokens.isEmpty());
    QVERIFY(!found.problem.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenSources)
#include "tst_tokensources.moc"
