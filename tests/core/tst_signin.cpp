// SPDX-License-Identifier: MIT
// SignIn, the one sign-in both fronts run, against the loopback fake VK and the real Secret Service:
// the flow it picks, the browser's state, the trusted-hash rule, and the profiles it keeps.
#include "FakeVk.h"
#include "QueuePrompter.h"
#include "auth/PageRunner.h"
#include "auth/SignIn.h"
#include "profiles/ProfileStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace vkauth;

namespace {

constexpr quint32 kOffline = 65536;
constexpr quint32 kEmail = 4194304;

// A front's page for tests: records each job and answers with the address `answer` makes of it, as
// a browser reaching blank.html would.
class AnsweringPage : public PageRunner
{
public:
    std::function<QUrl(const PageJob &)> answer;
    QList<PageJob> jobs;

    void start(const PageJob &job) override
    {
        jobs << job;
        QTimer::singleShot(0, this, [this, job] {
            PageResult result;
            result.kind = PageResult::Kind::Caught;
            result.url = answer(job);
            Q_EMIT finished(result);
        });
    }
    void cancel() override { }
    bool isAvailable() const override { return true; }
};

QString stateOf(const PageJob &job)
{
    return QUrlQuery(job.url).queryItemValue(QStringLiteral("state"));
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void directSignInSavesAProfile();
    void groupSignInSavesOneProfilePerCommunity();
    void communityOwnerIsTheAccountWhoseTokenCameAlong();
    void stateIsFreshAndChecked();
    void trustedHashOnlyForTheProfilesOwnLogin_data();
    void trustedHashOnlyForTheProfilesOwnLogin();
    void closedPageCancels();

private:
    SignInResult run(const SignInRequest &request, PageRunner *pages = nullptr);
    SignInRequest passwordRequest(const QString &login) const;
    SignInRequest communityRequest() const;

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<testsupport::QueuePrompter> m_prompter;
};

void TestSignIn::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment();
    fakevk::Account a;
    a.userId = 1001;
    a.login = QStringLiteral("ivan@example.org");
    a.email = QStringLiteral("ivan@example.org");
    a.phone = QStringLiteral("79991234567");
    a.password = QStringLiteral("correct horse");
    a.twoFactor = fakevk::Account::TwoFactor::App;
    a.groups = {{11, QStringLiteral("Cats of Moscow"), QStringLiteral("moscats")},
        {22, QStringLiteral("Dogs of Kazan"), QStringLiteral("kazandogs")}};
    m_fake->addAccount(a);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ProfileStore::Options options;
    options.dataDir = m_dir->path();
    options.service = QStringLiteral("vkauth-tst-signin");
    m_store = std::make_unique<ProfileStore>(options);
    QVERIFY(m_store->load().ok());
    m_prompter = std::make_unique<testsupport::QueuePrompter>();
}

void TestSignIn::cleanup()
{
    m_prompter.reset();
    m_store.reset();
    m_dir.reset();
    m_fake.reset();
}

SignInResult TestSignIn::run(const SignInRequest &request, PageRunner *pages)
{
    SignIn signIn(request, m_prompter.get(), pages, m_store.get());
    signIn.setWaitForKeychain(true);
    QSignalSpy finished(&signIn, &SignIn::finished);
    signIn.start();
    if (!finished.wait(30000) || finished.size() != 1)
        return {};
    return finished.first().first().value<SignInResult>();
}

SignInRequest TestSignIn::passwordRequest(const QString &login) const
{
    SignInRequest r;
    r.method = SignInRequest::Method::Password;
    r.app = *AppCredentials::byKey(QStringLiteral("android"));
    r.login = login;
    r.password = QStringLiteral("correct horse");
    r.scope = kOffline | kEmail;
    r.timeoutMs = 5000;
    return r;
}

SignInRequest TestSignIn::communityRequest() const
{
    SignInRequest r;
    r.method = SignInRequest::Method::BrowserCommunity;
    r.app = *AppCredentials::byKey(QStringLiteral("kateMobile"));
    r.groupIds = {11, 22};
    r.scope = 4096;
    r.timeoutMs = 5000;
    return r;
}

void TestSignIn::directSignInSavesAProfile()
{
    m_prompter->answer(QStringLiteral("123456"));
    const SignInResult result = run(passwordRequest(QStringLiteral("ivan@example.org")));
    QVERIFY2(
        result.outcome.ok(), qPrintable(result.outcome.error ? result.outcome.error->details : QString()));
    QCOMPARE(result.outcome.tokens.size(), 1);
    QCOMPARE(result.profileIds.size(), 1);
    QVERIFY(result.keychainError.isEmpty());
    const auto profile = m_store->profile(result.profileIds.first());
    QVERIFY(profile);
    QCOMPARE(profile->kind, TokenKind::User);
    QCOMPARE(profile->vkId, Q_INT64_C(1001));
    QCOMPARE(profile->name, QStringLiteral("Ivan Petrov"));
    QCOMPARE(profile->email, QStringLiteral("ivan@example.org"));
    QVERIFY(profile->hasTrustedHash);
    QCOMPARE(m_store->secretState(profile->id), ProfileStore::SecretState::Saved);
    QCOMPARE(result.names.size(), 1);
    QCOMPARE(result.names.first().name, QStringLiteral("Ivan Petrov"));
}

void TestSignIn::groupSignInSavesOneProfilePerCommunity()
{
    // The community 11 was kept before, under its owner: a new sign-in (no user token comes along)
    // keeps that owner; the new community 22 has none known.
    ObtainedToken kept;
    kept.kind = TokenKind::Community;
    kept.vkId = 11;
    kept.token = m_fake->issueGroupToken(11, 4096);
    kept.obtainedAt = QDateTime::currentDateTimeUtc();
    kept.app = *AppCredentials::byKey(QStringLiteral("kateMobile"));
    const QString keptId = m_store->add(kept, QStringLiteral("old name"), 1001);

    AnsweringPage page;
    page.answer = [this](const PageJob &job) {
        QUrl url = m_fake->oauthBase();
        url.setPath(QStringLiteral("/blank.html"));
        url.setFragment(
            QStringLiteral("access_token_11=%1&access_token_22=%2&expires_in=0&state=%3")
                .arg(m_fake->issueGroupToken(11, 4096), m_fake->issueGroupToken(22, 4096), stateOf(job)));
        return url;
    };
    const SignInResult result = run(communityRequest(), &page);
    QVERIFY2(
        result.outcome.ok(), qPrintable(result.outcome.error ? result.outcome.error->details : QString()));
    QCOMPARE(result.profileIds.size(), 2);
    QCOMPARE(m_store->profiles().size(), 2);
    QVERIFY(result.profileIds.contains(keptId));
    for (const QString &id : result.profileIds) {
        const auto profile = m_store->profile(id);
        QVERIFY(profile);
        QCOMPARE(profile->kind, TokenKind::Community);
        QCOMPARE(profile->name,
            profile->vkId == 11 ? QStringLiteral("Cats of Moscow") : QStringLiteral("Dogs of Kazan"));
        QCOMPARE(profile->ownerId, profile->vkId == 11 ? Q_INT64_C(1001) : Q_INT64_C(0));
        QCOMPARE(m_store->secretState(id), ProfileStore::SecretState::Saved);
    }
    QCOMPARE(page.jobs.size(), 1);
    QCOMPARE(page.jobs.first().catchUrls, PageJob::blankPages(communityRequest().endpoints()));
}

void TestSignIn::communityOwnerIsTheAccountWhoseTokenCameAlong()
{
    ObtainedToken community;
    community.kind = TokenKind::Community;
    community.vkId = 11;
    ObtainedToken user;
    user.kind = TokenKind::User;
    user.vkId = 1001;
    QCOMPARE(SignIn::communityOwner({community}), Q_INT64_C(0));
    QCOMPARE(SignIn::communityOwner({community, user}), Q_INT64_C(1001));
    QCOMPARE(SignIn::communityOwner({user, community}), Q_INT64_C(1001));
}

void TestSignIn::stateIsFreshAndChecked()
{
    QStringList states;
    AnsweringPage page;
    page.answer = [this, &states](const PageJob &job) {
        states << stateOf(job);
        QUrl url = m_fake->oauthBase();
        url.setPath(QStringLiteral("/blank.html"));
        // The answer to another sign-in: a state of the right shape, but not this one's.
        url.setFragment(QStringLiteral("access_token_11=%1&expires_in=0&state=%2")
                            .arg(m_fake->issueGroupToken(11, 4096), QString(43, u'A')));
        return url;
    };
    SignInRequest request = communityRequest();
    request.groupIds = {11};
    for (int i = 0; i < 2; ++i) {
        const SignInResult result = run(request, &page);
        QVERIFY(!result.outcome.ok());
        QCOMPARE(result.outcome.error->code, AuthErrorCode::AuthorizationFailed);
        QVERIFY(result.profileIds.isEmpty());
    }
    QVERIFY(m_store->profiles().isEmpty());
    QCOMPARE(states.size(), 2);
    for (const QString &state : std::as_const(states))
        QCOMPARE(state.size(), 43);
    QVERIFY(states.first() != states.last());
}

void TestSignIn::trustedHashOnlyForTheProfilesOwnLogin_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("its own login") << QStringLiteral("ivan@example.org") << true;
    QTest::newRow("its own login, other case") << QStringLiteral("Ivan@Example.org") << true;
    QTest::newRow("another login") << QStringLiteral("79991234567") << false;
}

void TestSignIn::trustedHashOnlyForTheProfilesOwnLogin()
{
    QFETCH(QString, login);
    QFETCH(bool, trusted);
    // A first sign-in with the two-factor code keeps the trusted hash VK hands out.
    m_prompter->answer(QStringLiteral("123456"));
    const SignInResult first = run(passwordRequest(QStringLiteral("ivan@example.org")));
    QVERIFY(first.outcome.ok());
    QCOMPARE(m_prompter->count(Prompt::Kind::TwoFactor), 1);

    SignInRequest again = passwordRequest(login);
    again.trustedProfileId = first.profileIds.first();
    m_prompter->answer(QStringLiteral("123456"));
    const SignInResult second = run(again);
    QVERIFY(second.outcome.ok());
    const QByteArray body = m_fake->requests(QStringLiteral("/token")).last().body;
    QCOMPARE(body.contains("trusted_hash="), trusted);
    QCOMPARE(m_prompter->count(Prompt::Kind::TwoFactor), trusted ? 1 : 2);
}

// The front closes its page (and the runner with it) before VK answered: cancelled, nothing kept.
void TestSignIn::closedPageCancels()
{
    auto *page = new AnsweringPage;
    page->answer = [](const PageJob &) { return QUrl(); };
    SignIn signIn(communityRequest(), m_prompter.get(), page, m_store.get());
    QSignalSpy finished(&signIn, &SignIn::finished);
    signIn.start();
    QCOMPARE(page->jobs.size(), 1);
    delete page; // before its answer was due
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().first().value<SignInResult>();
    QVERIFY(!result.outcome.ok());
    QCOMPARE(result.outcome.error->code, AuthErrorCode::Cancelled);
    QVERIFY(m_store->profiles().isEmpty());
    QCOMPARE(signIn.state(), SignIn::State::Finished);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
