// SPDX-License-Identifier: MIT
// "vkauth-cli login vkid" and VK ID profiles in token/remove, as a process against the fake's VK ID:
// the whole sign-in through the loopback listener (this test plays the browser on the address the CLI
// prints), a wrong or missing state refused, refresh on use after expiry, two concurrent refreshes
// that keep the token family alive, a dead refresh token ending as "sign in again", revoke on remove.

#include "CliRunner.h"
#include "FakeVk.h"
#include "FakeVkHttp.h"
#include "FakeVkId.h"
#include "FreePort.h"
#include "ProfileStoreHelpers.h"
#include "VkIdTestHelpers.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace clitest;
using namespace testsupport;
using namespace vkauth;
using fakevk::FakeVkId;

namespace {
const QString kClient = QStringLiteral("51234567");
constexpr qint64 kUser = 1001;

} // namespace

class TestCliVkId : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void wholeFlowThroughLoopback();
    void stateRefused_data();
    void stateRefused();
    void refreshOnUseAfterExpiry();
    void checkAllRefreshes();
    void concurrentRefreshKeepsTheFamily();
    void deadRefreshTokenMeansSignInAgain();
    void removeRevokes();
    void exportCarriesRefreshOnlyEncrypted();

private:
    // A VK ID profile kept in-process as the app would; expired: its access token ended an hour ago.
    QString seedProfile(bool expired, FakeVkId::Issued *issued);
    // Starts "login vkid" and returns the authorize address it printed.
    std::unique_ptr<QProcess> startLogin(QUrl *authorize);
    QNetworkReply *browse(const QUrl &url);

    QString m_redirect;
    std::unique_ptr<ProfileStore> m_store;
    QNetworkAccessManager m_browser;
};

void TestCliVkId::init()
{
    QVERIFY(startCli());
    m_fake->addAccount(account(kUser, QStringLiteral("id@example.com")));
    m_redirect = QStringLiteral("http://127.0.0.1:%1/vkid").arg(testsupport::freePort());
    m_fake->vkid().registerClient(kClient, {m_redirect});
    m_cli->env().insert(QStringLiteral("BROWSER"), QStringLiteral("/nonexistent/browser"));
    ProfileStore::Options options;
    options.dataDir = m_cli->dataDir();
    m_store = std::make_unique<ProfileStore>(options);
    QVERIFY(m_store->load().ok());
}

void TestCliVkId::cleanup()
{
    m_store.reset();
    stopCli();
}

QString TestCliVkId::seedProfile(bool expired, FakeVkId::Issued *issued)
{
    return seedVkIdProfile(*m_store, *m_fake, kUser, kClient, expired, issued);
}

std::unique_ptr<QProcess> TestCliVkId::startLogin(QUrl *authorize)
{
    auto process
        = m_cli->start({QStringLiteral("login"), QStringLiteral("vkid"), QStringLiteral("--client-id"),
            kClient, QStringLiteral("--redirect-uri"), m_redirect, QStringLiteral("--json")});
    QByteArray seen;
    if (!CliRunner::waitForErr(*process, seen, "Waiting for the answer"))
        return process;
    const auto match = QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/authorize\\?\\S+)"))
                           .match(QString::fromUtf8(seen));
    *authorize = QUrl(match.captured(1), QUrl::StrictMode);
    return process;
}

QNetworkReply *TestCliVkId::browse(const QUrl &url)
{
    QNetworkReply *reply = m_browser.get(QNetworkRequest(url)); // follows redirects, as a browser
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    return reply;
}

void TestCliVkId::wholeFlowThroughLoopback()
{
    m_fake->vkid().setAutoApprove(kUser);
    QUrl authorize;
    auto process = startLogin(&authorize);
    QVERIFY2(authorize.isValid(), "no authorize address printed");
    const QUrlQuery asked(authorize);
    QCOMPARE(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), m_redirect);
    QVERIFY(asked.queryItemValue(QStringLiteral("state")).size() >= 32);
    QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("s256"));

    QNetworkReply *reply = browse(authorize);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QString page = QString::fromUtf8(reply->readAll());
    QVERIFY2(page.contains(QLatin1String("You can return to VK Auth")), qPrintable(page));
    QVERIFY(!page.contains(QLatin1String("code")));
    reply->deleteLater();

    const CliResult result = CliRunner::finish(*process);
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.describe()));
    const QString token = result.json().object().value(QStringLiteral("token")).toString();
    QVERIFY(m_fake->isValidToken(token));
    const QString id = result.json().object().value(QStringLiteral("profiles")).toArray().first().toString();
    QTRY_VERIFY(m_store->profile(id).has_value());
    const Profile kept = *m_store->profile(id);
    QVERIFY(kept.isVkId());
    QCOMPARE(kept.name, QStringLiteral("Ivan Petrov"));
    QVERIFY(kept.refreshExpiresAt > QDateTime::currentDateTimeUtc().addDays(170));
    const auto secrets = readNow(*m_store, id);
    QVERIFY(secrets && !secrets->refreshToken.isEmpty() && !secrets->deviceId.isEmpty());
    QVERIFY(m_fake->vkid().familyAlive(secrets->refreshToken));
    // The index holds no secret.
    QFile index(m_store->indexPath());
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QByteArray onDisk = index.readAll();
    QVERIFY(!onDisk.contains(secrets->refreshToken.toUtf8()) && !onDisk.contains(token.toUtf8()));
    QVERIFY(onDisk.contains("refresh_expires_at"));
}

void TestCliVkId::stateRefused_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("wrong") << QStringLiteral("x").repeated(43);
    QTest::newRow("missing") << QString();
}

// An answer that does not carry this sign-in's state is refused, whoever sends it.
void TestCliVkId::stateRefused()
{
    QFETCH(QString, state);
    QUrl authorize;
    auto process = startLogin(&authorize);
    QVERIFY(authorize.isValid());
    QUrl forged(m_redirect);
    QUrlQuery answer;
    answer.addQueryItem(QStringLiteral("code"), QStringLiteral("vk2.a.forged"));
    answer.addQueryItem(QStringLiteral("device_id"), QStringLiteral("d"));
    if (!state.isNull())
        answer.addQueryItem(QStringLiteral("state"), state);
    forged.setQuery(answer);
    browse(forged)->deleteLater();
    const CliResult result = CliRunner::finish(*process);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("state"), qPrintable(result.describe()));
    QVERIFY(m_fake->requests(QStringLiteral("/oauth2/auth")).isEmpty());
}

void TestCliVkId::refreshOnUseAfterExpiry()
{
    FakeVkId::Issued issued;
    const QString id = seedProfile(true, &issued);
    QVERIFY(!id.isEmpty());
    const CliResult result = m_cli->run({QStringLiteral("token"), id});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QString token = QString::fromUtf8(result.out).trimmed();
    QVERIFY(token != issued.accessToken);
    QVERIFY(m_fake->isValidToken(token));
    QCOMPARE(m_fake->vkid().refreshCount(), 1);
    QVERIFY(!result.err.contains("expired"));
    // The rotated refresh token is what is kept, and the index says when the new token ends.
    ProfileStore reread(ProfileStore::Options {m_cli->dataDir(), QStringLiteral("vkauth"), 10000, nullptr});
    QVERIFY(reread.load().ok());
    QFile onDisk(reread.indexPath());
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QVERIFY2(reread.profile(id)->expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000),
        qPrintable(QStringLiteral("expires %1; index: %2; cli: %3")
                       .arg(reread.profile(id)->expiresAt.toString(Qt::ISODate),
                           QString::fromUtf8(onDisk.readAll()), QString::fromUtf8(result.err))));
    const auto secrets = readNow(reread, id);
    QVERIFY(secrets && secrets->refreshToken != issued.refreshToken);
    QVERIFY(m_fake->vkid().familyAlive(secrets->refreshToken));
    QCOMPARE(secrets->token, token);
    // Fresh now: the next use does not refresh again.
    QCOMPARE(QString::fromUtf8(m_cli->run({QStringLiteral("token"), id}).out).trimmed(), token);
    QCOMPARE(m_fake->vkid().refreshCount(), 1);
}

// check --all (like check PROFILE) refreshes an expired VK ID access token before checking it.
void TestCliVkId::checkAllRefreshes()
{
    FakeVkId::Issued issued;
    const QString id = seedProfile(true, &issued);
    QVERIFY(!id.isEmpty());
    const CliResult result
        = m_cli->run({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QJsonObject row = result.json().array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(m_fake->vkid().refreshCount(), 1);
    const auto secrets = readNow(*m_store, id);
    QVERIFY(secrets && secrets->refreshToken != issued.refreshToken);
}

void TestCliVkId::concurrentRefreshKeepsTheFamily()
{
    FakeVkId::Issued issued;
    const QString id = seedProfile(true, &issued);
    QVERIFY(!id.isEmpty());
    auto first = m_cli->start({QStringLiteral("token"), id});
    auto second = m_cli->start({QStringLiteral("token"), id});
    const CliResult a = CliRunner::finish(*first);
    const CliResult b = CliRunner::finish(*second);
    QVERIFY2(a.exitCode == 0, qPrintable(a.describe()));
    QVERIFY2(b.exitCode == 0, qPrintable(b.describe()));
    QVERIFY(m_fake->isValidToken(QString::fromUtf8(a.out).trimmed()));
    QVERIFY(m_fake->isValidToken(QString::fromUtf8(b.out).trimmed()));
    QCOMPARE(m_fake->vkid().revokedFamilies(), 0);
    const auto secrets = readNow(*m_store, id);
    QVERIFY(secrets && m_fake->vkid().familyAlive(secrets->refreshToken));
    QVERIFY(secrets->refreshToken != issued.refreshToken);
}

void TestCliVkId::deadRefreshTokenMeansSignInAgain()
{
    FakeVkId::Issued issued;
    const QString id = seedProfile(true, &issued);
    QVERIFY(!id.isEmpty());
    // The grant is revoked elsewhere (VK's settings, or a rotated refresh token came back): the family dies.
    QVERIFY(revokeAtFake(m_browser, *m_fake, kClient, issued.accessToken));
    QVERIFY(!m_fake->vkid().familyAlive(issued.refreshToken));

    const CliResult result = m_cli->run({QStringLiteral("token"), id, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.json()
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
        QStringLiteral("sign_in_again"));
    // Nothing is lost: the profile and its secrets stay, marked.
    ProfileStore reread(ProfileStore::Options {m_cli->dataDir(), QStringLiteral("vkauth"), 10000, nullptr});
    QVERIFY(reread.load().ok());
    QVERIFY(reread.profile(id).has_value());
    QVERIFY(reread.profile(id)->signInAgain);
    const auto secrets = readNow(reread, id);
    QVERIFY(secrets && secrets->refreshToken == issued.refreshToken);
}

void TestCliVkId::removeRevokes()
{
    FakeVkId::Issued issued;
    const QString id = seedProfile(false, &issued);
    QVERIFY(!id.isEmpty());
    const CliResult result = m_cli->run({QStringLiteral("remove"), id, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(result.json().object().value(QStringLiteral("revoked")).toBool(), true);
    QVERIFY(!m_fake->vkid().familyAlive(issued.refreshToken));
    QVERIFY(!m_fake->isValidToken(issued.accessToken));
    QTRY_VERIFY(!m_store->profile(id).has_value());

    // VK could not revoke (the grant is gone already): said, and the profile is removed all the same.
    FakeVkId::Issued other;
    const QString second = seedProfile(false, &other);
    m_fake->revokeToken(other.accessToken);
    const CliResult failed = m_cli->run({QStringLiteral("remove"), second});
    QVERIFY2(failed.exitCode == 0, qPrintable(failed.describe()));
    QVERIFY2(failed.err.contains("could not revoke"), qPrintable(failed.describe()));
}

// The refresh token travels only in the encrypted bundle, with the warning about two copies; plain
// JSON carries the access token alone and says so.
void TestCliVkId::exportCarriesRefreshOnlyEncrypted()
{
    FakeVkId::Issued issued;
    const QString id = seedProfile(false, &issued);
    QVERIFY(!id.isEmpty());
    const QString json = m_cli->dataDir() + QStringLiteral("/plain.json");
    const CliResult plain = m_cli->run({QStringLiteral("export"), id, QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--output"), json});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.describe()));
    QVERIFY(plain.err.contains("only in the encrypted format"));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray plainContent = jsonFile.readAll();
    QVERIFY(plainContent.contains(issued.accessToken.toUtf8()));
    QVERIFY(!plainContent.contains(issued.refreshToken.toUtf8()));

    const QString bundle = m_cli->dataDir() + QStringLiteral("/out.vkauth");
    const QByteArray passphrase = "correct horse battery staple";
    const CliResult sealed = m_cli->run({QStringLiteral("export"), id, QStringLiteral("--output"), bundle,
                                            QStringLiteral("--passphrase-stdin")},
        passphrase + '\n');
    QVERIFY2(sealed.exitCode == 0, qPrintable(sealed.describe()));
    QVERIFY(sealed.err.contains("Use only one of the two copies"));

    CliRunner elsewhere(*m_fake);
    const CliResult in = elsewhere.run(
        {QStringLiteral("import"), bundle, QStringLiteral("--passphrase-stdin"), QStringLiteral("--json")},
        passphrase + '\n');
    QVERIFY2(in.exitCode == 0, qPrintable(in.describe()));
    ProfileStore imported(
        ProfileStore::Options {elsewhere.dataDir(), QStringLiteral("vkauth"), 10000, nullptr});
    QVERIFY(imported.load().ok());
    QVERIFY(imported.profile(id) && imported.profile(id)->isVkId());
    QVERIFY(imported.profile(id)->refreshExpiresAt.isValid());
    const auto secrets = readNow(imported, id);
    QVERIFY(secrets && secrets->refreshToken == issued.refreshToken && secrets->deviceId == issued.deviceId);
}

QTEST_GUILESS_MAIN(TestCliVkId)
#include "tst_clivkid.moc"
