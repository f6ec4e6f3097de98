// SPDX-License-Identifier: MIT
// OAuthRedirect: the one reader of the answer VK writes on blank.html and on the not-robot page.
#include "net/OAuthRedirect.h"

#include <QTest>

using namespace vkauth;

class TestOAuthRedirect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fragmentBeforeQuery();
    void failureInTheQuery();
    void formDecoding();
    void failIsAnError();
    void successToken_data();
    void successToken();
};

void TestOAuthRedirect::fragmentBeforeQuery()
{
    const OAuthRedirect answer(
        QUrl(QStringLiteral("https://oauth.vk.ru/blank.html?x=1#access_token=vk1.a.T&user_id=42")));
    QCOMPARE(answer.value(QStringLiteral("access_token")), QStringLiteral("vk1.a.T"));
    QCOMPARE(answer.value(QStringLiteral("user_id")), QStringLiteral("42"));
    QVERIFY(!answer.has(QStringLiteral("x")));
    QCOMPARE(answer.keys(), QStringList({QStringLiteral("access_token"), QStringLiteral("user_id")}));
    QVERIFY(!answer.isError());
}

void TestOAuthRedirect::failureInTheQuery()
{
    const OAuthRedirect answer(QUrl(QStringLiteral(
        "https://oauth.vk.ru/blank.html?error=access_denied&error_description=User+denied+your+request")));
    QVERIFY(answer.isError());
    QCOMPARE(answer.errorText(), QStringLiteral("access_denied: User denied your request"));
}

void TestOAuthRedirect::formDecoding()
{
    const OAuthRedirect answer(
        QUrl(QStringLiteral("https://oauth.vk.ru/blank.html#email=a%2Bb%40example.org&n=a+b")));
    QCOMPARE(answer.value(QStringLiteral("email")), QStringLiteral("a+b@example.org"));
    QCOMPARE(answer.value(QStringLiteral("n")), QStringLiteral("a b"));
}

void TestOAuthRedirect::failIsAnError()
{
    const OAuthRedirect answer(QUrl(QStringLiteral("https://oauth.vk.ru/blank.html#fail=1")));
    QVERIFY(answer.isError());
    QVERIFY(!OAuthRedirect(QUrl(QStringLiteral("https://oauth.vk.ru/blank.html#success=1"))).isError());
}

void TestOAuthRedirect::successToken_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("token");
    QTest::newRow("query") << "https://id.vk.com/not_robot_captcha?act=done&success_token=abc.DEF-1"
                           << "abc.DEF-1";
    QTest::newRow("fragment over query") << "https://id.vk.com/x?success_token=q#success_token=f"
                                         << "f";
    QTest::newRow("query when the fragment has none") << "https://id.vk.com/x?success_token=q#a=1"
                                                      << "q";
    QTest::newRow("none") << "https://id.vk.com/not_robot_captcha?session_token=1"
                          << "";
}

void TestOAuthRedirect::successToken()
{
    QFETCH(QString, url);
    QFETCH(QString, token);
    QCOMPARE(OAuthRedirect::successToken(QUrl(url)), token);
}

QTEST_GUILESS_MAIN(TestOAuthRedirect)
#include "tst_oauthredirect.moc"
