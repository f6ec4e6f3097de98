// SPDX-License-Identifier: MIT
#include "net/Redact.h"

#include <QTest>

using namespace vkauth;

// Issue 13 item 10: redaction reaches every secret — whole values with spaces, nested and
// percent-encoded URLs, every secret key — and hides logins in logged bodies.
class TestRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text_data();
    void text();
    void urls_data();
    void urls();
    void everyKey_data();
    void everyKey();
    void keepsWhatIsNotSecret();
};

void TestRedact::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("hidden");
    QTest::newRow("json with spaces")
        << QStringLiteral("{\"password\": \"correct horse battery\", \"user_id\": 5}")
        << QStringList {QStringLiteral("correct"), QStringLiteral("horse"), QStringLiteral("battery")};
    QTest::newRow("json with escapes") << QStringLiteral("{\"access_token\":\"a\\\"b c\"}")
                                       << QStringList {QStringLiteral("b c"), QStringLiteral("a\\")};
    QTest::newRow("percent-encoded in text") << QStringLiteral(
        "redirect to=https%3A%2F%2Fx.example%2F%23access_token%3DSECRETTOK%26user_id%3D1 failed")
                                             << QStringList {QStringLiteral("SECRETTOK")};
    QTest::newRow("form in text") << QStringLiteral("sent grant_type=password&password=hunter2&v=5")
                                  << QStringList {QStringLiteral("hunter2")};
    // VK ID's exchange: the device id is kept in the secret store with the refresh token, never logged.
    QTest::newRow("vk id exchange") << QStringLiteral(
        "grant_type=authorization_code&code=CODE1&code_verifier=VERIFIER1&device_id=DEVICE1&client_id=5")
                                    << QStringList {QStringLiteral("CODE1"), QStringLiteral("VERIFIER1"),
                                           QStringLiteral("DEVICE1")};
    QTest::newRow("nested json") << QStringLiteral(
        "{\"error\":{\"success_token\":\"st 1\",\"trusted_hash\":\"th2\"}}")
                                 << QStringList {QStringLiteral("st 1"), QStringLiteral("th2")};
}

void TestRedact::text()
{
    QFETCH(QString, input);
    QFETCH(QStringList, hidden);
    const QString out = Redact::text(input);
    for (const QString &secret : hidden)
        QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("***")));
}

void TestRedact::urls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("hidden");
    QTest::newRow("away link") << QStringLiteral(
        "https://vk.ru/away.php?to=https%3A%2F%2Fx.example%2F%23access_token%3DSECRETTOK%26user_id%3D1")
                               << QStringList {QStringLiteral("SECRETTOK")};
    QTest::newRow("doubly encoded") << QStringLiteral(
        "https://vk.ru/away.php?to=https%253A%252F%252Fx%252F%2523access_token%253DSECRET2")
                                    << QStringList {QStringLiteral("SECRET2")};
    QTest::newRow("query in a redirect_uri") << QStringLiteral(
        "https://oauth.vk.ru/authorize?redirect_uri=https%3A%2F%2Fa.example%2Fcb%3Fcode%3DC0DE%23x")
                                             << QStringList {QStringLiteral("C0DE")};
    QTest::newRow("login in the query")
        << QStringLiteral("https://oauth.vk.ru/token?username=ivan%40example.org&password=p")
        << QStringList {QStringLiteral("ivan")};
}

void TestRedact::urls()
{
    QFETCH(QString, input);
    QFETCH(QStringList, hidden);
    const QString out = Redact::url(QUrl(input));
    for (const QString &secret : hidden)
        QVERIFY2(!out.contains(secret), qPrintable(out));
    const QString body = Redact::form(QUrl(input).query(QUrl::FullyEncoded).toUtf8());
    for (const QString &secret : hidden)
        QVERIFY2(!body.contains(secret), qPrintable(body));
}

void TestRedact::everyKey_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : {"password", "pass", "code", "captcha_key", "client_secret", "trusted_hash",
             "success_token", "refresh_token", "id_token", "code_verifier", "passphrase", "access_token",
             "access_token_42", "token"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestRedact::everyKey()
{
    QFETCH(QString, key);
    const QString secret = QStringLiteral("S3CRETVALUE");
    QVERIFY(Redact::isSecretKey(key));
    const QString inUrl = Redact::url(QUrl(QStringLiteral("https://vk.ru/x?%1=%2#%1=%2").arg(key, secret)));
    QVERIFY2(!inUrl.contains(secret), qPrintable(inUrl));
    const QString inForm = Redact::form(QStringLiteral("a=1&%1=%2").arg(key, secret).toUtf8());
    QVERIFY2(!inForm.contains(secret), qPrintable(inForm));
    const QString inJson = Redact::text(QStringLiteral("{\"%1\": \"%2 and more\"}").arg(key, secret));
    QVERIFY2(!inJson.contains(secret) && !inJson.contains(QLatin1String("more")), qPrintable(inJson));
    const QString inText = Redact::text(QStringLiteral("%1=%2").arg(key, secret));
    QVERIFY2(!inText.contains(secret), qPrintable(inText));
}

void TestRedact::keepsWhatIsNotSecret()
{
    const QString out
        = Redact::url(QUrl(QStringLiteral("https://vk.ru/login?act=authcheck&user_id=5&expires_in=0")));
    QCOMPARE(out, QStringLiteral("https://vk.ru/login?act=authcheck&user_id=5&expires_in=0"));
    QCOMPARE(Redact::text(QStringLiteral("{\"user_id\": 5, \"passcode_hint\": \"x\"}")),
        QStringLiteral("{\"user_id\": 5, \"passcode_hint\": \"x\"}"));
    QCOMPARE(Redact::form("v=5.199&scope=65536"), QStringLiteral("v=5.199&scope=65536"));
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
