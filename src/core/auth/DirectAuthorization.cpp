// SPDX-License-Identifier: MIT
#include "auth/DirectAuthorization.h"

#include "auth/AccountVerification.h"
#include "auth/Prompter.h"
#include "auth/TokenReply.h"
#include "net/HttpSession.h"
#include "net/Redact.h"
#include "net/VkApi.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcDirect, "vkauth.direct")

namespace vkauth {

namespace {

constexpr int kMaxCaptchaAttempts = 3;
constexpr int kMaxCodeAttempts = 3;

// The reference client sends the password grant as a GET query. We send a POST form body instead:
// the password then never sits in a URL (server access logs, proxies, our own log lines). VK reads the
// same parameters from the body; should that ever stop, flipping this one constant restores GET.
constexpr bool kPostTokenRequest = true;

using Params = QList<QPair<QString, QString>>;

qint64 toInt64(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toLongLong();
    return value.toInteger();
}

QString toText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : value.toVariant().toString();
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

class DirectAuthorization::Private
{
public:
    Private(DirectAuthorization *q, const DirectAuthOptions &options, Prompter *prompter)
        : q(q)
        , options(options)
        , prompter(prompter)
        , session(q->session())
        , api(new VkApi(NetworkContext {options.endpoints, options.apiVersion.trimmed(), options.timeoutMs},
              session->network(), q))
    {
        session->setHeaders(headers());
        api->setHeaders(headers());
    }

    QList<QPair<QByteArray, QByteArray>> headers() const;
    std::optional<QString> validate() const;
    void setState(State next);
    void finish(const AuthOutcome &outcome) { q->finish(outcome); }
    void fail(AuthErrorCode code, const QString &details = {}) { q->fail(code, details); }
    void closePrompt() { q->closePrompt(); }

    void sendToken();
    void onTokenReply(const HttpResponse &response);
    void onSuccess(const TokenReply &reply);
    void onCaptcha(const TokenReply &reply);
    void askCaptcha(const CaptchaChallenge &challenge);
    void onTwoFactor(const TokenReply &reply);
    void onCodeRefused(const TokenReply &reply);
    void askCode(const QString &lastError);
    void requestSms(bool askAfterwards);
    void refreshCodePrompt(const QString &note);
    void onSmsSent(const VkApiReply &reply, bool askAfterwards);
    int smsSecondsLeft() const;
    void startVerification(const QUrl &redirectUri);
    void onVerified(const AuthOutcome &outcome);

    DirectAuthorization *q;
    DirectAuthOptions options;
    Prompter *prompter;
    HttpSession *session;
    VkApi *api; // auth.validatePhone
    State state = State::Idle;
    QPointer<AccountVerification> verification;

    Params captchaParams; // sent with the next request only
    QString code; // sent with every request once entered
    int captchaAsked = 0;
    int codeAsked = 0;
    TwoFactorChallenge twoFactor;
    QString validationSid;
    bool smsInFlight = false;
    bool smsRequested = false;
    QElapsedTimer smsClock;
    int smsDelaySeconds = 0;
    bool verified = false;
};

QList<QPair<QByteArray, QByteArray>> DirectAuthorization::Private::headers() const
{
    QList<QPair<QByteArray, QByteArray>> result = options.headers;
    if (!hasHeader(result, "User-Agent") && !options.app.userAgent.isEmpty())
        result.prepend({QByteArrayLiteral("User-Agent"), options.app.userAgent.toUtf8()});
    return result;
}

std::optional<QString> DirectAuthorization::Private::validate() const
{
    if (options.login.trimmed().isEmpty() && options.phone.trimmed().isEmpty())
        return tr("Enter a login (e-mail or phone number).");
    if (options.password.isEmpty())
        return tr("Enter the password.");
    if (options.app.clientId.trimmed().isEmpty() || options.app.clientSecret.isEmpty())
        return tr("A direct sign-in needs the app's client ID and client secret.");
    bool numeric = false;
    options.app.clientId.trimmed().toLongLong(&numeric);
    if (!numeric)
        return tr("The client ID \"%1\" is not a number.").arg(options.app.clientId);
    if (options.apiVersion.trimmed().isEmpty())
        return tr("The API version is missing.");
    if (options.timeoutMs <= 0)
        return tr("The timeout must be more than zero.");
    return options.endpoints.validate();
}

void DirectAuthorization::Private::setState(State next)
{
    if (state == next)
        return;
    state = next;
    Q_EMIT q->stateChanged(next);
}

void DirectAuthorization::ended(const AuthOutcome &outcome)
{
    d->api->abortAll();
    if (d->verification) {
        disconnect(d->verification, nullptr, this, nullptr);
        d->verification->cancel();
        d->verification->deleteLater();
    }
    d->setState(State::Finished);
    qCInfo(lcDirect) << "finished:"
                     << (outcome.ok() ? QStringLiteral("token obtained") : outcome.error->codeName());
}

void DirectAuthorization::Private::sendToken()
{
    setState(State::Requesting);
    Q_EMIT q->progress(tr("Signing in to VK…"));
    const QString username
        = options.login.trimmed().isEmpty() ? options.phone.trimmed() : options.login.trimmed();
    Params params {
        {QStringLiteral("grant_type"), QStringLiteral("password")},
        {QStringLiteral("client_id"), options.app.clientId.trimmed()},
        {QStringLiteral("client_secret"), options.app.clientSecret},
        {QStringLiteral("username"), username},
        {QStringLiteral("password"), options.password},
        {QStringLiteral("scope"), QString::number(options.scope)},
        {QStringLiteral("v"), options.apiVersion.trimmed()},
        {QStringLiteral("2fa_supported"), QStringLiteral("1")},
    };
    if (!options.trustedHash.isEmpty())
        params.append({QStringLiteral("trusted_hash"), options.trustedHash});
    if (!code.isEmpty())
        params.append({QStringLiteral("code"), code});
    params.append(std::exchange(captchaParams, {}));

    qCDebug(lcDirect) << "token request; captcha attempts" << captchaAsked << "code attempts" << codeAsked;
    const QUrl url = options.endpoints.oauthUrl(QStringLiteral("/token"));
    const auto onReply = [this](const HttpResponse &response) { onTokenReply(response); };
    if (kPostTokenRequest) {
        session->postForm(url, HttpSession::formEncode(params), onReply);
    } else {
        QUrl withQuery = url;
        withQuery.setQuery(QString::fromLatin1(HttpSession::formEncode(params)), QUrl::StrictMode);
        session->get(withQuery, onReply);
    }
}

void DirectAuthorization::Private::onTokenReply(const HttpResponse &response)
{
    if (state != State::Requesting)
        return;
    if (response.error)
        return finish(AuthOutcome::failure(*response.error));
    // A 5xx or a body that is not JSON is a transport-level failure (BAD_RESPONSE, "reply not
    // understood"), as for every other request; VK's own errors come as JSON, whatever the status.
    if (auto error = response.serverError())
        return finish(AuthOutcome::failure(*error));
    QJsonObject json;
    if (auto error = response.parseJsonObject(&json))
        return finish(AuthOutcome::failure(*error));
    const TokenReply reply = classifyTokenReply(response.status, response.body);
    qCDebug(lcDirect).noquote() << "token reply: HTTP" << response.status << "kind" << int(reply.kind)
                                << (reply.kind == TokenReply::Kind::Error ? reply.error.codeName()
                                                                          : QString());
    switch (reply.kind) {
    case TokenReply::Kind::Success:
        return onSuccess(reply);
    case TokenReply::Kind::Captcha:
        return onCaptcha(reply);
    case TokenReply::Kind::TwoFactor:
        return onTwoFactor(reply);
    case TokenReply::Kind::SecurityCheck:
        return startVerification(reply.redirectUri);
    case TokenReply::Kind::CodeRefused:
        return onCodeRefused(reply);
    case TokenReply::Kind::Error:
        break;
    }
    // Never retried on our own: with flood control every attempt extends VK's block.
    finish(AuthOutcome::failure(reply.error));
}

void DirectAuthorization::Private::onSuccess(const TokenReply &reply)
{
    ObtainedToken token;
    token.kind = TokenKind::User;
    token.token = reply.accessToken;
    token.vkId = reply.userId;
    token.expiresIn = reply.expiresIn;
    token.email = reply.email;
    token.trustedHash = reply.trustedHash;
    if (token.trustedHash.isEmpty())
        token.trustedHash = options.trustedHash;
    token.obtainedAt = QDateTime::currentDateTimeUtc();
    token.scope = options.scope;
    token.app = options.app;
    AuthOutcome outcome;
    outcome.tokens.append(token);
    finish(outcome);
}

void DirectAuthorization::Private::onCaptcha(const TokenReply &reply)
{
    if (captchaAsked >= kMaxCaptchaAttempts)
        return fail(AuthErrorCode::FailedPassedCaptcha, reply.description);
    ++captchaAsked;
    CaptchaChallenge challenge;
    challenge.sid = reply.captchaSid;
    challenge.redirectUri = reply.notRobot ? reply.redirectUri : QUrl();
    // With a redirect_uri the image is only VK's placeholder ("update the app"): never fetch it.
    if (!reply.notRobot)
        challenge.imageUrl = reply.captchaImage;
    challenge.attempt = captchaAsked;
    challenge.maxAttempts = kMaxCaptchaAttempts;
    setState(State::WaitingForCaptcha);
    Q_EMIT q->progress(tr("VK asks for a captcha."));

    q->withCaptchaImage(challenge, [this](const CaptchaChallenge &withImage) { askCaptcha(withImage); });
}

void DirectAuthorization::Private::askCaptcha(const CaptchaChallenge &challenge)
{
    Prompt *p = q->openPrompt(new Prompt(challenge, q), tr("The captcha was not answered."));
    connect(p, &Prompt::answered, q, [this, p](const QString &answer) {
        if (!q->isOpenPrompt(p))
            return;
        closePrompt();
        if (p->captcha().redirectUri.isValid() && !p->captcha().redirectUri.isEmpty()) {
            if (!p->captcha().sid.isEmpty())
                captchaParams.append({QStringLiteral("captcha_sid"), p->captcha().sid});
            captchaParams.append({QStringLiteral("success_token"), answer});
        } else {
            captchaParams = {
                {QStringLiteral("captcha_sid"), p->captcha().sid}, {QStringLiteral("captcha_key"), answer}};
        }
        sendToken();
    });
    prompter->ask(p); // may answer at once: nothing after this
}

void DirectAuthorization::Private::onTwoFactor(const TokenReply &reply)
{
    if (!reply.validationSid.isEmpty())
        validationSid = reply.validationSid;
    if (codeAsked == 0 || !smsClock.isValid()) {
        // After an SMS was asked for, VK's SMS channel stays in force.
        twoFactor.channel = reply.channel;
        twoFactor.codeLength = reply.codeLength;
    }
    if (!reply.description.isEmpty())
        twoFactor.description = reply.description;
    if (!reply.phoneMask.isEmpty())
        twoFactor.phoneMask = reply.phoneMask;
    twoFactor.smsAvailable = !validationSid.isEmpty();
    twoFactor.maxAttempts = kMaxCodeAttempts;

    if (!code.isEmpty()) {
        // The code we sent was not taken, and VK simply asks again.
        if (codeAsked >= kMaxCodeAttempts)
            return fail(AuthErrorCode::FailedPassedTwoFactor, reply.description);
        return askCode(tr("The code was not accepted."));
    }
    // An SMS on our own only where VK waits for it before sending anything (2fa_sms with
    // validation_resend "sms"). Elsewhere VK may have just placed a call (2fa_callreset), sent a push
    // or an SMS of its own, and asking for another throws that away: the front offers "send an SMS"
    // and the user decides.
    if (reply.smsResend && reply.channel == TwoFactorChallenge::Channel::Sms && !smsRequested)
        return requestSms(true);
    askCode({});
}

void DirectAuthorization::Private::onCodeRefused(const TokenReply &reply)
{
    if (code.isEmpty())
        return finish(AuthOutcome::failure(reply.error));
    if (codeAsked >= kMaxCodeAttempts)
        return fail(AuthErrorCode::FailedPassedTwoFactor, reply.error.details);
    askCode(reply.wrongCode ? tr("The code is wrong.") : tr("The code has the wrong format."));
}

void DirectAuthorization::Private::askCode(const QString &lastError)
{
    ++codeAsked;
    twoFactor.attempt = codeAsked;
    twoFactor.lastError = lastError;
    twoFactor.smsDelaySeconds = smsSecondsLeft();
    setState(State::WaitingForCode);
    Q_EMIT q->progress(tr("VK asks for a two-factor code."));

    Prompt *p = q->openPrompt(new Prompt(twoFactor, q), tr("The two-factor code was not entered."));
    connect(p, &Prompt::answered, q, [this, p](const QString &answer) {
        if (!q->isOpenPrompt(p))
            return;
        closePrompt();
        code = answer.trimmed();
        sendToken();
    });
    connect(p, &Prompt::smsRequested, q, [this, p] {
        if (q->isOpenPrompt(p))
            requestSms(false);
    });
    prompter->ask(p); // may answer at once: nothing after this
}

int DirectAuthorization::Private::smsSecondsLeft() const
{
    if (!smsClock.isValid())
        return 0;
    const qint64 left = qint64(smsDelaySeconds) * 1000 - smsClock.elapsed();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

void DirectAuthorization::Private::requestSms(bool askAfterwards)
{
    if (validationSid.isEmpty() || smsInFlight || smsSecondsLeft() > 0) {
        qCInfo(lcDirect) << "SMS not requested: no validation sid, one in flight, or" << smsSecondsLeft()
                         << "s of VK's delay left";
        if (askAfterwards)
            askCode({});
        else
            refreshCodePrompt({}); // the front learns how long VK still wants it to wait
        return;
    }
    smsRequested = true;
    smsInFlight = true;
    qCDebug(lcDirect) << "requesting an SMS with the code";
    Q_EMIT q->progress(tr("Asking VK to send the code by SMS…"));
    api->call(QStringLiteral("auth.validatePhone"), {{QStringLiteral("sid"), validationSid}}, {},
        [this, askAfterwards](const VkApiReply &reply) { onSmsSent(reply, askAfterwards); });
}

void DirectAuthorization::Private::onSmsSent(const VkApiReply &reply, bool askAfterwards)
{
    smsInFlight = false;
    QString problem;
    if (!reply.ok()) {
        problem = reply.error->message;
    } else {
        const QJsonObject answer = reply.response.toObject();
        smsDelaySeconds = int(toInt64(answer.value(QLatin1String("delay"))));
        smsClock.start();
        twoFactor.channel = TwoFactorChallenge::Channel::Sms;
        twoFactor.description.clear(); // VK's words were about the previous channel (a call, a push)
        twoFactor.codeLength = 6;
        const int length = int(toInt64(answer.value(QLatin1String("code_length"))));
        if (length > 0)
            twoFactor.codeLength = length;
        const QString sid = toText(answer.value(QLatin1String("sid")));
        if (!sid.isEmpty())
            validationSid = sid;
    }
    if (!problem.isEmpty())
        qCWarning(lcDirect).noquote() << "SMS request failed:" << problem;
    // The status line said "Asking VK…": it says how that ended (the dialog says why, if it failed).
    Q_EMIT q->progress(
        problem.isEmpty() ? tr("VK has sent the code by SMS.") : tr("VK did not send the SMS."));
    const QString note = problem.isEmpty() ? QString() : tr("Could not send the SMS: %1").arg(problem);
    if (askAfterwards)
        return askCode(note);
    refreshCodePrompt(note);
}

void DirectAuthorization::Private::refreshCodePrompt(const QString &note)
{
    Prompt *prompt = q->openPromptNow();
    if (!prompt || !prompt->isOpen() || prompt->kind() != Prompt::Kind::TwoFactor)
        return;
    TwoFactorChallenge updated = prompt->twoFactor();
    updated.channel = twoFactor.channel;
    updated.codeLength = twoFactor.codeLength;
    updated.description = twoFactor.description;
    updated.smsDelaySeconds = smsSecondsLeft();
    if (!note.isEmpty())
        updated.lastError = note;
    prompt->update(updated);
}

void DirectAuthorization::Private::startVerification(const QUrl &redirectUri)
{
    if (verified)
        return fail(AuthErrorCode::AuthorizationFailed,
            tr("VK asked for a security check again after it was passed."));
    setState(State::Verifying);
    Q_EMIT q->progress(tr("VK asks to confirm the account…"));
    VerificationOptions v;
    v.login = options.login;
    v.phone = options.phone;
    v.timeoutMs = options.timeoutMs;
    v.headers = headers();
    v.endpoints = options.endpoints;
    auto *flow = new AccountVerification(v, prompter, session->network(), q);
    verification = flow;
    connect(flow, &AccountVerification::progress, q, &DirectAuthorization::progress);
    connect(
        flow, &AccountVerification::finished, q, [this](const AuthOutcome &outcome) { onVerified(outcome); });
    flow->start(redirectUri);
}

void DirectAuthorization::Private::onVerified(const AuthOutcome &outcome)
{
    if (verification)
        verification->deleteLater();
    verification = nullptr;
    verified = true;
    if (!outcome.ok())
        return finish(outcome);
    if (outcome.tokens.isEmpty() || outcome.tokens.first().token.isEmpty())
        return sendToken(); // the check passed without a token: the password grant goes through now
    AuthOutcome result = outcome;
    ObtainedToken &token = result.tokens.first();
    token.scope = options.scope;
    token.app = options.app;
    if (!token.obtainedAt.isValid())
        token.obtainedAt = QDateTime::currentDateTimeUtc();
    finish(result);
}

DirectAuthorization::DirectAuthorization(
    const DirectAuthOptions &options, Prompter *prompter, QNetworkAccessManager *network, QObject *parent)
    : AuthFlow(options, prompter, network, parent)
    , d(std::make_unique<Private>(this, options, prompter))
{
}

DirectAuthorization::~DirectAuthorization()
{
    // Without a finished() signal: whoever deletes a running flow no longer listens.
    d->state = State::Finished;
    shutDown();
    d->api->abortAll();
}

void DirectAuthorization::start()
{
    if (d->state != State::Idle)
        return;
    std::optional<QString> problem = d->validate();
    if (!problem && !prompter())
        problem = tr("No one to ask for a captcha or a code.");
    if (problem) {
        d->setState(State::Requesting);
        failLater(AuthError::make(AuthErrorCode::InvalidInput, *problem));
        return;
    }
    qCInfo(lcDirect).noquote() << "direct sign-in with app" << d->options.app.key << d->options.app.clientId;
    d->sendToken();
}

DirectAuthorization::State DirectAuthorization::state() const
{
    return d->state;
}

} // namespace vkauth
