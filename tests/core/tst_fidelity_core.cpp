// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "FlowHarness.h"
#include "auth/AccountVerification.h"
#include "auth/DirectAuthorization.h"
#include "auth/Prompter.h"
#include "auth/Scopes.h"
#include "net/HttpSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace vkauth;
using namespace testsupport;

namespace {

// Answers captcha and code questions from the scenario's two lists, like the reference runner's
// callbacks; with a list used up the question is cancelled (the runner's NoMoreAnswers → CANCELLED).
class ScenarioPrompter : public Prompter
{
public:
    QStringList captchas;
    QStringList codes;
    void ask(Prompt *prompt) override
    {
        QStringList &queue = prompt->kind() == Prompt::Kind::Captcha ? captchas : codes;
        const std::optional<QString> answer
            = queue.isEmpty() ? std::nullopt : std::optional(queue.takeFirst());
        QTimer::singleShot(0, prompt, [prompt, answer] {
            if (answer)
                prompt->answer(*answer);
            else
                prompt->cancel();
        });
    }
};

QStringList answers(const QJsonValue &list, const fakevk::FakeVk &fake)
{
    QStringList result;
    for (const QJsonValue &value : list.toArray()) {
        QString answer = value.toString();
        if (answer == u"$CAPTCHA_KEY")
            answer = fake.captchaKey();
        else if (answer == u"$SUCCESS_TOKEN")
            answer = fake.notRobotSuccessToken();
        result.append(answer);
    }
    return result;
}

} // namespace

// Our DirectAuthorization and AccountVerification over every scenario the reference client
// (@vk-io/authorization) is run on (tests/fidelity/scenarios.json), against the same fake. Where the
// reference is known to be wrong, ours must give the scenario's `expected`.
class TestFidelityCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data();
    void scenarios();

private:
    QString run(const QJsonObject &scenario, fakevk::FakeVk &fake, const fakevk::Account &account);
    QUrl tokenRedirect(const DirectAuthOptions &options);
};

void TestFidelityCore::scenarios_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QFile file(QStringLiteral(VKAUTH_SOURCE_DIR "/tests/fidelity/scenarios.json"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("tests/fidelity/scenarios.json is not there");
    const QJsonArray scenarios
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("scenarios")).toArray();
    QVERIFY(!scenarios.isEmpty());
    for (const QJsonValue &value : scenarios) {
        const QJsonObject scenario = value.toObject();
        QTest::newRow(scenario.value(QLatin1String("name")).toString().toUtf8().constData()) << scenario;
    }
}

void TestFidelityCore::scenarios()
{
    QFETCH(QJsonObject, scenario);
    if (scenario.value(QLatin1String("flow")).toString().startsWith(QLatin1String("implicit")))
        QSKIP("the implicit flow's browser half is the GUI's; its web-view tests cover these scenarios");
    fakevk::FakeVk fake;
    QVERIFY(fake.start());
    QString error;
    const auto account
        = fakevk::FakeVk::accountFromJson(scenario.value(QLatin1String("account")).toObject(), &error);
    QVERIFY2(account.has_value(), qPrintable(error));
    fake.addAccount(*account);

    const QString outcome = run(scenario, fake, *account);
    const QString expected = scenario.value(QLatin1String("expected")).toString();
    const QString note = scenario.contains(QLatin1String("reference_known_wrong"))
        ? QStringLiteral(" (the reference gives %1)")
              .arg(scenario.value(QLatin1String("reference_outcome")).toString())
        : QString();
    QVERIFY2(outcome == expected,
        qPrintable(QStringLiteral("ours: %1, expected: %2%3").arg(outcome, expected, note)));
}

QString TestFidelityCore::run(
    const QJsonObject &scenario, fakevk::FakeVk &fake, const fakevk::Account &account)
{
    const QJsonObject input = scenario.value(QLatin1String("input")).toObject();
    DirectAuthOptions options;
    const QString appKey = input.value(QLatin1String("app")).toString();
    if (appKey == u"custom") {
        options.app = AppCredentials::custom(input.value(QLatin1String("clientId")).toString(),
            input.value(QLatin1String("clientSecret")).toString());
    } else {
        const auto app = AppCredentials::byKey(appKey);
        if (!app)
            return QStringLiteral("TEST: unknown app ") + appKey;
        options.app = *app;
    }
    options.login = input.value(QLatin1String("login")).toString();
    options.phone = input.value(QLatin1String("phone")).toString();
    options.password = input.value(QLatin1String("password")).toString();
    options.timeoutMs = 5000;
    options.endpoints = fakeEndpoints(fake);
    // A front turns the scope text into a mask first; an unknown name stops there as InvalidInput.
    const QJsonValue scope = input.value(QLatin1String("scope"));
    const ScopeParseResult parsed = scope.isString() ? Scopes::parse(scope.toString(), ScopeKind::User)
                                                     : ScopeParseResult {quint32(scope.toInteger()), {}};
    if (!parsed.mask)
        return AuthError::codeName(AuthErrorCode::InvalidInput);
    options.scope = *parsed.mask;

    ScenarioPrompter prompter;
    const QJsonObject answerLists = scenario.value(QLatin1String("answers")).toObject();
    prompter.captchas = answers(answerLists.value(QLatin1String("captcha")), fake);
    prompter.codes = answers(answerLists.value(QLatin1String("code")), fake);

    std::optional<AuthOutcome> outcome;
    const QString flowName = scenario.value(QLatin1String("flow")).toString();
    if (flowName == u"direct") {
        DirectAuthorization flow(options, &prompter);
        OutcomeSpy spy(&flow);
        flow.start();
        if (!spy.wait(20000))
            return QStringLiteral("TEST: no finished()");
        if (spy.count() != 1)
            return QStringLiteral("TEST: finished() more than once");
        outcome = spy.outcome();
    } else if (flowName == u"verification") {
        const QUrl redirect = scenario.value(QLatin1String("redirect")).toString() == u"start"
            ? fake.startVerification(account.userId, options.scope)
            : tokenRedirect(options);
        if (redirect.isEmpty())
            return QStringLiteral("TEST: no redirect_uri");
        VerificationOptions v;
        v.login = options.login;
        v.phone = options.phone;
        v.timeoutMs = options.timeoutMs;
        v.endpoints = options.endpoints;
        AccountVerification flow(v, &prompter);
        OutcomeSpy spy(&flow);
        flow.start(redirect);
        if (!spy.wait(20000))
            return QStringLiteral("TEST: no finished()");
        if (spy.count() != 1)
            return QStringLiteral("TEST: finished() more than once");
        outcome = spy.outcome();
    } else {
        return QStringLiteral("TEST: unknown flow ") + flowName;
    }

    if (outcome->error)
        return outcome->error->codeName();
    const bool good = outcome->tokens.size() == 1 && outcome->tokens.first().vkId == account.userId
        && fake.isValidToken(outcome->tokens.first().token);
    return good ? QStringLiteral("ok") : QStringLiteral("BAD_RESULT");
}

// The redirect_uri /token hands out for this input, as the reference runner gets it.
QUrl TestFidelityCore::tokenRedirect(const DirectAuthOptions &options)
{
    QUrl url = options.endpoints.oauthUrl(QStringLiteral("/token"));
    QUrlQuery query;
    const QList<QPair<QString, QString>> params {
        {QStringLiteral("grant_type"), QStringLiteral("password")},
        {QStringLiteral("client_id"), options.app.clientId},
        {QStringLiteral("client_secret"), options.app.clientSecret},
        {QStringLiteral("username"), options.login.isEmpty() ? options.phone : options.login},
        {QStringLiteral("password"), options.password},
        {QStringLiteral("scope"), QString::number(options.scope)},
        {QStringLiteral("v"), options.apiVersion},
        {QStringLiteral("2fa_supported"), QStringLiteral("1")},
    };
    QByteArray body;
    for (const auto &[name, value] : params)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '='
            + QUrl::toPercentEncoding(value);
    HttpSession session;
    session.setPolicy(UrlPolicy::fromEndpoints(options.endpoints));
    std::optional<HttpResponse> reply;
    session.postForm(url, body, [&reply](const HttpResponse &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 10000))
        return {};
    return QUrl(
        QJsonDocument::fromJson(reply->body).object().value(QLatin1String("redirect_uri")).toString());
}

QTEST_GUILESS_MAIN(TestFidelityCore)
#include "tst_fidelity_core.moc"
