// SPDX-License-Identifier: MIT
// "check" and "verify --profile" with kept tokens VK questions (issue 17): check --json carries the
// reason; after API error 17 the CLI names "vkauth-cli verify --profile P", which passes VK's check
// with the profile's login and keeps the profile, whose token then works again.
#include "CliRunner.h"
#include "auth/OfficialApps.h"
#include "profiles/ProfileStore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace clitest;
using namespace vkauth;

class TestCliTokenQuestions : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void checkCarriesTheReason_data();
    void checkCarriesTheReason();
    void verifyProfileAfterValidationRequired();
    void verifyProfileWithNothingToVerify();

private:
    QString addProfile(qint64 userId, QString *token);
    std::unique_ptr<ProfileStore> m_store;
};

void TestCliTokenQuestions::init()
{
    QVERIFY(startCli());
    ProfileStore::Options options;
    options.dataDir = m_cli->dataDir();
    m_store = std::make_unique<ProfileStore>(options);
    QVERIFY(m_store->load().ok());
}

void TestCliTokenQuestions::cleanup()
{
    m_store.reset();
    stopCli();
}

QString TestCliTokenQuestions::addProfile(qint64 userId, QString *token)
{
    fakevk::Account a;
    a.userId = userId;
    a.login = QStringLiteral("q%1@example.org").arg(userId);
    a.password = QStringLiteral("x");
    a.email = a.login;
    m_fake->addAccount(a);
    ObtainedToken t;
    t.kind = TokenKind::User;
    t.vkId = userId;
    t.scope = 65536u | 4096u;
    t.token = m_fake->issueUserToken(userId, t.scope);
    t.email = a.login;
    t.app = *AppCredentials::byKey(QStringLiteral("kateMobile"));
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    QSignalSpy saved(m_store.get(), &ProfileStore::secretStateChanged);
    const QString id = m_store->add(t, QStringLiteral("Ivan Petrov"));
    for (int i = 0; i < 3 && m_store->secretState(id) == ProfileStore::SecretState::Saving; ++i)
        saved.wait(10000);
    *token = t.token;
    return m_store->secretState(id) == ProfileStore::SecretState::Saved ? id : QString();
}

void TestCliTokenQuestions::checkCarriesTheReason_data()
{
    QTest::addColumn<int>("apiError");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("17") << 17 << QStringLiteral("needs_action") << QStringLiteral("validation_required");
    QTest::newRow("14") << 14 << QStringLiteral("needs_action") << QStringLiteral("captcha_required");
    QTest::newRow("25") << 25 << QStringLiteral("needs_action")
                        << QStringLiteral("token_confirmation_required");
    QTest::newRow("5") << 5 << QStringLiteral("invalid") << QStringLiteral("invalid_token");
}

void TestCliTokenQuestions::checkCarriesTheReason()
{
    QFETCH(int, apiError);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QString token;
    const QString id = addProfile(8200000001LL, &token);
    QVERIFY(!id.isEmpty());
    m_fake->setTokenError(token, apiError);
    const CliResult r = m_cli->run({QStringLiteral("check"), id, QStringLiteral("--json")});
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(o.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(r.err.contains("vkauth-cli verify --profile " + id.toUtf8()), apiError == 17);
    if (apiError == 25)
        QVERIFY2(o.value(QStringLiteral("message")).toString().contains(QLatin1String("Kate Mobile")),
            qPrintable(r.describe()));
    QVERIFY(!r.out.contains(token.toUtf8()));
}

void TestCliTokenQuestions::verifyProfileAfterValidationRequired()
{
    QString token;
    const QString id = addProfile(8200000002LL, &token);
    QVERIFY(!id.isEmpty());
    m_fake->setTokenError(token, 17);
    QCOMPARE(m_cli->run({QStringLiteral("check"), id}).exitCode, 3);

    const CliResult verify
        = m_cli->run({QStringLiteral("verify"), QStringLiteral("--profile"), id, QStringLiteral("--json")});
    QVERIFY2(verify.finished && verify.exitCode == 0, qPrintable(verify.describe()));
    const QJsonObject o = verify.json().object();
    QVERIFY2(o.value(QStringLiteral("verified")).toBool(), qPrintable(verify.describe()));
    QCOMPARE(o.value(QStringLiteral("profile")).toString(), id);
    // The verification ran against the page the check was sent to.
    QVERIFY(!m_fake->requests(QStringLiteral("/login")).isEmpty());

    // The kept token works again; the profile is the same one.
    const CliResult check = m_cli->run({QStringLiteral("check"), id, QStringLiteral("--json")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    QCOMPARE(check.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QVERIFY(!check.json().object().contains(QStringLiteral("reason")));
}

void TestCliTokenQuestions::verifyProfileWithNothingToVerify()
{
    QString token;
    const QString id = addProfile(8200000003LL, &token);
    QVERIFY(!id.isEmpty());
    const CliResult r = m_cli->run({QStringLiteral("verify"), QStringLiteral("--profile"), id});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.err.contains("nothing to verify"));
    // A dead token is not "verified": the reason comes back.
    m_fake->setTokenError(token, 5);
    const CliResult dead
        = m_cli->run({QStringLiteral("verify"), QStringLiteral("--profile"), id, QStringLiteral("--json")});
    QCOMPARE(dead.exitCode, 3);
    QCOMPARE(dead.json()
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
        QStringLiteral("invalid_token"));
}

QTEST_GUILESS_MAIN(TestCliTokenQuestions)
#include "tst_clitokenquestions.moc"
