// SPDX-License-Identifier: MIT
// Tests that kill the mutants issue 18 found alive: each one names the code change it catches.
// Core side: 2FA refusals before any code, community token lifetimes, the redacted keys (with a
// not-robot sign-in under log capture), index recovery from the backup alone, and the rollback of
// an import whose index write fails.
#include "FakeVk.h"
#include "FlowHarness.h"
#include "QueuePrompter.h"
#include "auth/DirectAuthorization.h"
#include "auth/ImplicitFlow.h"
#include "net/Redact.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace vkauth;
using namespace testsupport;

namespace {

QStringList g_log;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "default") + u' ' + message);
}

Profile userProfile(qint64 vkId, const QString &label)
{
    ObtainedToken t;
    t.kind = TokenKind::User;
    t.vkId = vkId;
    t.expiresIn = 86400;
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    t.scope = 65536 | 8192;
    t.app = *AppCredentials::byKey(QStringLiteral("android"));
    Profile p = Profile::fromObtained(t);
    p.name = QStringLiteral("Ivan Petrov");
    p.label = label;
    return p;
}

QByteArray indexOf(const QList<Profile> &profiles)
{
    QJsonArray array;
    for (const Profile &p : profiles)
        array.append(p.toJson());
    return QJsonDocument(
        QJsonObject {{QStringLiteral("schema"), 1}, {QStringLiteral("app"), QStringLiteral("vkauth")},
            {QStringLiteral("profiles"), array}})
        .toJson();
}

QStringList idsIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList ids;
    const auto profiles
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("profiles")).toArray();
    for (const QJsonValue &v : profiles)
        ids << v.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QStringList idsOf(const QList<Profile> &profiles)
{
    QStringList ids;
    for (const Profile &p : profiles)
        ids << p.id;
    return ids;
}

} // namespace

class TestMutantsBite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void otpRefusedBeforeAnyCode_data();
    void otpRefusedBeforeAnyCode();
    void otpRefusedAfterACode_data();
    void otpRefusedAfterACode();
    void communityTokensKeepTheirLifetime();
    void secretKeysAreRedacted_data();
    void secretKeysAreRedacted();
    void notRobotSuccessTokenNeverLogged();
    void missingIndexComesBackFromBackup();
    void failedImportWriteRestoresTheList();
    void hugeIndexIsRefusedAndBackupUsed();

private:
    std::unique_ptr<fakevk::FakeVk> m_fake;
};

void TestMutantsBite::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
}

void TestMutantsBite::cleanup()
{
    m_fake.reset();
}

// Mutant: wrong_otp and otp_format_is_incorrect swapped in DirectAuthorization::onCodeRefused.
void TestMutantsBite::otpRefusedBeforeAnyCode_data()
{
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("name");
    QTest::newRow("wrong_otp") << "wrong_otp" << int(AuthErrorCode::WrongOtp) << "WRONG_OTP";
    QTest::newRow("otp_format_is_incorrect")
        << "otp_format_is_incorrect" << int(AuthErrorCode::OtpFormatIsIncorrect) << "OTP_FORMAT_IS_INCORRECT";
}

void TestMutantsBite::otpRefusedBeforeAnyCode()
{
    QFETCH(QString, errorType);
    QFETCH(int, expected);
    QFETCH(QString, name);
    auto account = testAccount();
    account.twoFactor = fakevk::Account::TwoFactor::App;
    account.otpErrorWithoutCode = errorType;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY(spy.errorCode());
    QCOMPARE(int(*spy.errorCode()), expected);
    QCOMPARE(AuthError::codeName(*spy.errorCode()), name);
    QVERIFY(prompter.questions().isEmpty()); // nothing asked: VK refused before any code was sent
    QCOMPARE(m_fake->requests(QStringLiteral("/token")).size(), 1);
}

// Same mutant, the other branch: after a code was sent, the question says which refusal it was.
void TestMutantsBite::otpRefusedAfterACode_data()
{
    QTest::addColumn<QString>("badCode");
    QTest::addColumn<QString>("lastError");
    QTest::newRow("wrong") << "000000"
                           << "The code is wrong.";
    QTest::newRow("format") << "12ab"
                            << "The code has the wrong format.";
}

void TestMutantsBite::otpRefusedAfterACode()
{
    QFETCH(QString, badCode);
    QFETCH(QString, lastError);
    auto account = testAccount();
    account.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.answer(badCode);
    prompter.answer(account.otp);
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY(spy.outcome().ok());
    QCOMPARE(prompter.questions().size(), 2);
    QCOMPARE(prompter.questions().at(1).twoFactor.lastError, lastError);
}

// Mutant: community tokens built with expiresIn 0 instead of the redirect's expires_in.
void TestMutantsBite::communityTokensKeepTheirLifetime()
{
    ImplicitFlowOptions o;
    o.app = *AppCredentials::byKey(QStringLiteral("kateMobile"));
    o.groupIds = {222, 111};
    o.scope = 4096 | 262144;
    o.endpoints = fakeEndpoints(*m_fake);
    const AuthOutcome outcome = ImplicitFlow::parseRedirect(
        QUrl(m_fake->baseUrl().toString()
            + QStringLiteral("/blank.html#access_token_111=t111&access_token_222=t222&expires_in=86400")),
        o);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.tokens.size(), 2);
    for (const ObtainedToken &t : outcome.tokens) {
        QCOMPARE(t.kind, TokenKind::Community);
        QCOMPARE(t.expiresIn, 86400);
        QVERIFY(Profile::fromObtained(t).expires());
    }
}

// Mutant: any one of these keys dropped from Redact's list.
void TestMutantsBite::secretKeysAreRedacted_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : {"password", "pass", "code", "captcha_key", "client_secret", "trusted_hash",
             "success_token", "refresh_token", "id_token", "token", "code_verifier", "passphrase",
             "access_token", "access_token_123"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestMutantsBite::secretKeysAreRedacted()
{
    QFETCH(QString, key);
    const QString secret = QStringLiteral("S3cretValue9");
    QVERIFY(Redact::isSecretKey(key));
    QVERIFY(Redact::isSecretKey(key.toUpper()));
    const QString form = Redact::form((key + u'=' + secret + QStringLiteral("&v=5.199")).toUtf8());
    QVERIFY2(!form.contains(secret), qPrintable(form));
    QVERIFY2(form.contains(key + QStringLiteral("=***")), qPrintable(form));
    QVERIFY(form.contains(QLatin1String("v=5.199")));
    const QString url
        = Redact::url(QUrl(QStringLiteral("https://oauth.vk.com/x?%1=%2#%1=%2").arg(key, secret)));
    QVERIFY2(!url.contains(secret), qPrintable(url));
    for (const QString &text : {QStringLiteral("{\"%1\": \"%2\"}").arg(key, secret),
             QStringLiteral("got %1=%2 back").arg(key, secret)}) {
        const QString out = Redact::text(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
    }
    // Not every key is a secret (else this could not fail): a neighbour stays readable.
    QVERIFY(!Redact::isSecretKey(key + QStringLiteral("_hint")));
}

// Mutant: success_token dropped from the redacted keys; the not-robot retry then logs it.
void TestMutantsBite::notRobotSuccessTokenNeverLogged()
{
    auto account = testAccount();
    account.captchasBeforeLogin = 1;
    account.notRobotCaptcha = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.then([this](Prompt *p) { p->answer(m_fake->notRobotSuccessToken()); });
    g_log.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("vkauth.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    AuthOutcome outcome;
    {
        DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
        OutcomeSpy spy(&flow);
        flow.start();
        const bool done = spy.wait();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(done);
        outcome = spy.outcome();
    }
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->details : QString()));
    const QString all = g_log.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("success_token=***")), qPrintable(all.left(3000)));
    const QString token = m_fake->notRobotSuccessToken();
    QVERIFY2(!all.contains(token), qPrintable(all.left(3000)));
    QVERIFY(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(token))));
}

// Mutant: the "profiles.json missing, .bak present" branch of ProfileStore::load made dead.
void TestMutantsBite::missingIndexComesBackFromBackup()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<Profile> kept {
        userProfile(6006, QStringLiteral("A")), userProfile(7007, QStringLiteral("B"))};
    QFile backup(dir.filePath(QStringLiteral("profiles.json.bak")));
    QVERIFY(backup.open(QIODevice::WriteOnly));
    backup.write(indexOf(kept));
    backup.close();

    ProfileStore store(ProfileStore::Options {dir.path()});
    const ProfileStore::LoadReport report = store.load();
    QCOMPARE(report.status, ProfileStore::LoadReport::Status::Recovered);
    QVERIFY2(report.message.contains(QLatin1String("restored from its backup")), qPrintable(report.message));
    QCOMPARE(idsOf(store.profiles()), idsOf(kept));
    QCOMPARE(store.secretState(kept.first().id), ProfileStore::SecretState::Saved);
    // The index is back, and the backup still holds every profile.
    QCOMPARE(idsIn(store.indexPath()), idsOf(kept));
    QCOMPARE(idsIn(store.backupPath()), idsOf(kept));

    // The next start is clean and sees the same list.
    ProfileStore again(ProfileStore::Options {dir.path()});
    QVERIFY(again.load().ok());
    QCOMPARE(idsOf(again.profiles()), idsOf(kept));
}

// Mutant: commitImport not restoring the records when the index write fails.
void TestMutantsBite::failedImportWriteRestoresTheList()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    const Profile first = userProfile(1001, QStringLiteral("first"));
    QVERIFY(store.commitImport({first}));
    QCOMPARE(idsOf(store.profiles()), QStringList {first.id});

    // The index can no longer be written: a folder stands where the file was.
    QVERIFY(QFile::remove(store.indexPath()));
    QVERIFY(QDir().mkpath(store.indexPath()));
    QSignalSpy failed(&store, &ProfileStore::indexWriteFailed);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    Profile renamed = first;
    renamed.label = QStringLiteral("renamed by the import");
    const Profile second = userProfile(2002, QStringLiteral("second"));
    QVERIFY(!store.commitImport({renamed, second}));
    QVERIFY(failed.count() >= 1);
    QCOMPARE(idsOf(store.profiles()), QStringList {first.id});
    QVERIFY(!store.profile(second.id));
    QCOMPARE(store.profile(first.id)->label, QStringLiteral("first"));
    // The backup still lists only what was saved before.
    QCOMPARE(idsIn(store.backupPath()), QStringList {first.id});
}

// Mutant: the index size limit raised (or dropped): a huge profiles.json must be refused, put aside,
// and the list taken from the backup.
void TestMutantsBite::hugeIndexIsRefusedAndBackupUsed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<Profile> kept {userProfile(3003, QStringLiteral("kept"))};
    QFile backup(dir.filePath(QStringLiteral("profiles.json.bak")));
    QVERIFY(backup.open(QIODevice::WriteOnly));
    backup.write(indexOf(kept));
    backup.close();
    // A valid index padded with spaces to just over 16 MiB: only its size is wrong.
    QByteArray huge = indexOf({userProfile(4004, QStringLiteral("huge"))});
    huge.append(QByteArray(16 * 1024 * 1024 + 1 - huge.size(), ' '));
    QFile index(dir.filePath(QStringLiteral("profiles.json")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(huge);
    index.close();

    ProfileStore store(ProfileStore::Options {dir.path()});
    const ProfileStore::LoadReport report = store.load();
    QCOMPARE(report.status, ProfileStore::LoadReport::Status::Recovered);
    QVERIFY2(report.message.contains(QLatin1String("too large")), qPrintable(report.message));
    QCOMPARE(idsOf(store.profiles()), idsOf(kept));
    QCOMPARE(QFileInfo(report.damagedPath).size(), huge.size());
}

QTEST_GUILESS_MAIN(TestMutantsBite)
#include "tst_mutantsbite.moc"
