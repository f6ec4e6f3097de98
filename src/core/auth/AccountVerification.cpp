// SPDX-License-Identifier: MIT
#include "auth/AccountVerification.h"

#include "auth/HtmlForm.h"
#include "auth/Prompter.h"
#include "auth/VerificationStep.h"
#include "net/HttpSession.h"
#include "net/OAuthRedirect.h"
#include "net/Redact.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcVerify, "vkauth.verification")

namespace vkauth {

namespace {

constexpr int kMaxCaptchaAttempts = 3;
constexpr int kMaxCodeAttempts = 3;
constexpr int kMaxPages = 20; // pages (not redirects) one verification may walk through

QString actOf(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("act"));
}

bool isBlockedPage(const QUrl &url)
{
    return actOf(url) == u"blocked";
}

} // namespace

class AccountVerification::Private
{
public:
    Private(AccountVerification *q, const VerificationOptions &options, Prompter *prompter)
        : q(q)
        , options(options)
        , prompter(prompter)
        , session(q->session())
    {
        session->setMaxRedirects(options.maxRedirects);
        const Endpoints endpoints = options.endpoints;
        session->setStopBefore([endpoints](const QUrl &url) { return endpoints.isBlankPage(url); });
    }

    std::optional<QString> validate(const QUrl &url) const;
    void setState(State next);
    void finish(const AuthOutcome &outcome) { q->finish(outcome); }
    void fail(AuthErrorCode code, const QString &details = {}) { q->fail(code, details); }
    void closePrompt() { q->closePrompt(); }

    void load(const QUrl &url);
    void submit(const HtmlForm &form);
    void onPage(const HttpResponse &response);
    void onBlank(const QUrl &url);
    void onAuthcheck(const HtmlPage &page);
    void onSecurity(const HtmlPage &page);
    void onValidate(const HtmlPage &page, const QString &step);
    void askPage(const QUrl &url, const QString &step);
    void onCaptcha(const HtmlPage &page);
    void askCaptcha(const CaptchaChallenge &challenge, const HtmlForm &form);
    QString knownPhone() const;

    AccountVerification *q;
    VerificationOptions options;
    Prompter *prompter;
    HttpSession *session;
    State state = State::Idle;
    int pages = 0;
    int captchaAsked = 0;
    int codeAsked = 0;
    bool phoneSent = false;
};

std::optional<QString> AccountVerification::Private::validate(const QUrl &url) const
{
    if (options.timeoutMs <= 0)
        return tr("The timeout must be more than zero.");
    if (auto problem = options.endpoints.validate())
        return problem;
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return tr("The verification address \"%1\" is not a valid web address.").arg(Redact::url(url));
    if (scheme == u"http" && !Endpoints::isLoopbackHost(url.host()))
        return tr("The verification address \"%1\" uses plain http://.").arg(Redact::url(url));
    return std::nullopt;
}

void AccountVerification::Private::setState(State next)
{
    if (state == next)
        return;
    state = next;
    Q_EMIT q->stateChanged(next);
}

void AccountVerification::ended(const AuthOutcome &outcome)
{
    d->setState(State::Finished);
    qCInfo(lcVerify) << "finished:" << (outcome.ok() ? QStringLiteral("passed") : outcome.error->codeName());
}

void AccountVerification::Private::load(const QUrl &url)
{
    if (++pages > kMaxPages)
        return fail(AuthErrorCode::BadResponse,
            tr("The verification went through more than %1 pages.").arg(kMaxPages));
    setState(State::Loading);
    session->get(url, [this](const HttpResponse &response) { onPage(response); });
}

void AccountVerification::Private::submit(const HtmlForm &form)
{
    if (++pages > kMaxPages)
        return fail(AuthErrorCode::BadResponse,
            tr("The verification went through more than %1 pages.").arg(kMaxPages));
    setState(State::Loading);
    const auto onReply = [this](const HttpResponse &response) { onPage(response); };
    if (form.method == "POST") {
        session->postForm(form.action, form.encoded(), onReply);
    } else {
        QUrl url = form.action;
        url.setQuery(QString::fromLatin1(form.encoded()), QUrl::StrictMode);
        session->get(url, onReply);
    }
}

void AccountVerification::Private::onPage(const HttpResponse &response)
{
    if (state != State::Loading)
        return;
    if (response.error)
        return finish(AuthOutcome::failure(*response.error));
    for (const QUrl &url : response.visited) {
        if (isBlockedPage(url))
            return fail(AuthErrorCode::PageBlocked);
    }
    const QUrl url = response.url;
    qCDebug(lcVerify).noquote() << "page" << Redact::url(url);
    if (options.endpoints.isBlankPage(url))
        return onBlank(url);
    if (auto error = response.serverError())
        return finish(AuthOutcome::failure(*error));

    const HtmlPage page(response.body, url);
    const VerificationStep step = chooseVerificationStep(url, page);
    qCDebug(lcVerify).noquote() << "step" << step.step << int(step.kind);
    switch (step.kind) {
    case VerificationStep::Kind::Done:
        return onBlank(url);
    case VerificationStep::Kind::Blocked:
        return fail(AuthErrorCode::PageBlocked);
    case VerificationStep::Kind::TwoFactor:
        return onAuthcheck(page);
    case VerificationStep::Kind::SecurityCheck:
        return onSecurity(page);
    case VerificationStep::Kind::Warning:
        // After wrong digits VK answers a page with no form and only its warning ("Incorrect numbers.
        // You can repeat the attempt in 3 hours."): show VK's words.
        return fail(AuthErrorCode::InvalidPhoneNumber, Redact::text(step.words));
    case VerificationStep::Kind::Validate:
        return onValidate(page, step.step);
    case VerificationStep::Kind::Captcha:
        return onCaptcha(page);
    case VerificationStep::Kind::ScriptPage:
    case VerificationStep::Kind::Unknown:
        break;
    }
    askPage(url, step.step);
}

void AccountVerification::Private::askPage(const QUrl &url, const QString &step)
{
    if (!prompter->canShowPages())
        return fail(AuthErrorCode::AuthorizationFailed,
            tr("VK showed a page that only a web browser can pass (step \"%1\", %2). Use the browser "
               "sign-in (or the desktop app) instead.")
                .arg(step, Redact::url(url)));
    PageChallenge challenge;
    challenge.url = url;
    challenge.step = step;
    if (QNetworkCookieJar *jar = session->network()->cookieJar())
        challenge.cookies = jar->cookiesForUrl(url);
    setState(State::WaitingForPage);
    Q_EMIT q->progress(tr("VK asks to continue in a browser…"));
    Prompt *p = q->openPrompt(new Prompt(challenge, q), tr("The page was closed before VK finished."));
    connect(p, &Prompt::answered, q, [this, p, step](const QString &answer) {
        if (!q->isOpenPrompt(p))
            return;
        closePrompt();
        const QUrl reached(answer.trimmed());
        if (!options.endpoints.isBlankPage(reached))
            return fail(AuthErrorCode::AuthorizationFailed,
                tr("The browser did not finish VK's step \"%1\".").arg(step));
        onBlank(reached);
    });
    prompter->ask(p); // may answer at once: nothing after this
}

void AccountVerification::Private::onBlank(const QUrl &url)
{
    const OAuthRedirect answer(url);
    if (answer.isError())
        return fail(AuthErrorCode::AuthorizationFailed, answer.errorText());
    AuthOutcome outcome;
    if (answer.has(QStringLiteral("access_token"))) {
        ObtainedToken token;
        token.kind = TokenKind::User;
        token.token = answer.value(QStringLiteral("access_token"));
        token.vkId = answer.value(QStringLiteral("user_id")).toLongLong();
        token.expiresIn = answer.value(QStringLiteral("expires_in")).toLongLong();
        token.email = answer.value(QStringLiteral("email"));
        token.obtainedAt = QDateTime::currentDateTimeUtc();
        if (token.token.isEmpty())
            return fail(AuthErrorCode::BadResponse, tr("VK's final page carries an empty token."));
        outcome.tokens.append(token);
    } else if (answer.value(QStringLiteral("success")) != u"1") {
        return fail(
            AuthErrorCode::AuthorizationFailed, tr("VK's final page carries neither a token nor a result."));
    }
    finish(outcome);
}

void AccountVerification::Private::onAuthcheck(const HtmlPage &page)
{
    if (codeAsked >= kMaxCodeAttempts)
        return fail(AuthErrorCode::FailedPassedTwoFactor);
    const auto form = page.form();
    if (!form)
        return fail(AuthErrorCode::AuthorizationFailed, tr("VK's two-factor page has no form."));

    TwoFactorChallenge challenge;
    challenge.attempt = ++codeAsked;
    challenge.maxAttempts = kMaxCodeAttempts;
    if (codeAsked > 1)
        challenge.lastError = tr("The code was not accepted.");
    setState(State::WaitingForCode);
    Q_EMIT q->progress(tr("VK asks for a two-factor code."));

    Prompt *p = q->openPrompt(new Prompt(challenge, q), tr("The two-factor code was not entered."));
    connect(p, &Prompt::answered, q, [this, p, form = *form](const QString &answer) mutable {
        if (!q->isOpenPrompt(p))
            return;
        closePrompt();
        form.set(QStringLiteral("code"), answer.trimmed());
        submit(form);
    });
    prompter->ask(p); // may answer at once: nothing after this
}

QString AccountVerification::Private::knownPhone() const
{
    if (!options.phone.trimmed().isEmpty())
        return options.phone.trimmed();
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9 ()\\-]{7,}$"));
    const QString login = options.login.trimmed();
    return phoneLike.match(login).hasMatch() ? login : QString();
}

void AccountVerification::Private::onSecurity(const HtmlPage &page)
{
    if (phoneSent) {
        const QString words = page.text(QStringLiteral(".service_msg_warning"));
        return fail(AuthErrorCode::InvalidPhoneNumber,
            words.isEmpty() ? tr("VK did not accept the phone number.") : Redact::text(words));
    }
    const QString phone = knownPhone();
    if (phone.isEmpty())
        return fail(AuthErrorCode::InvalidPhoneNumber,
            tr("VK asks for the account's phone number, and none is known (the login is not a phone "
               "number)."));
    const auto form = page.form();
    if (!form)
        return fail(AuthErrorCode::AuthorizationFailed, tr("VK's phone check page has no form."));

    const QString digits = phoneCheckDigits(phone, page);
    if (digits.isEmpty())
        return fail(AuthErrorCode::InvalidPhoneNumber, tr("The phone number is too short for VK's check."));

    HtmlForm filled = *form;
    filled.set(QStringLiteral("code"), digits);
    phoneSent = true;
    Q_EMIT q->progress(tr("Confirming the phone number…"));
    submit(filled);
}

void AccountVerification::Private::onValidate(const HtmlPage &page, const QString &step)
{
    const QUrl link = page.linkUrl(QStringLiteral("#activation_wrap a"));
    if (!link.isValid() || link.isEmpty())
        return askPage(page.url(), step); // since 2023 built by scripts
    load(link);
}

void AccountVerification::Private::onCaptcha(const HtmlPage &page)
{
    if (captchaAsked >= kMaxCaptchaAttempts)
        return fail(AuthErrorCode::FailedPassedCaptcha);
    std::optional<HtmlForm> form;
    for (const HtmlForm &candidate : page.forms()) {
        if (candidate.has(QStringLiteral("captcha_sid"))) {
            form = candidate;
            break;
        }
    }
    if (!form)
        form = page.form();
    if (!form)
        return fail(AuthErrorCode::AuthorizationFailed, tr("VK's captcha page has no form."));

    CaptchaChallenge challenge;
    challenge.sid = form->value(QStringLiteral("captcha_sid"));
    challenge.imageUrl = page.imageUrl(QStringLiteral(".captcha_img"));
    challenge.attempt = ++captchaAsked;
    challenge.maxAttempts = kMaxCaptchaAttempts;
    setState(State::WaitingForCaptcha);
    Q_EMIT q->progress(tr("VK asks for a captcha."));
    q->withCaptchaImage(
        challenge, [this, form = *form](const CaptchaChallenge &withImage) { askCaptcha(withImage, form); });
}

void AccountVerification::Private::askCaptcha(const CaptchaChallenge &challenge, const HtmlForm &form)
{
    Prompt *p = q->openPrompt(new Prompt(challenge, q), tr("The captcha was not answered."));
    connect(p, &Prompt::answered, q, [this, p, form = HtmlForm(form)](const QString &answer) mutable {
        if (!q->isOpenPrompt(p))
            return;
        closePrompt();
        form.set(QStringLiteral("captcha_key"), answer.trimmed());
        submit(form);
    });
    prompter->ask(p); // may answer at once: nothing after this
}

AccountVerification::AccountVerification(
    const VerificationOptions &options, Prompter *prompter, QNetworkAccessManager *network, QObject *parent)
    : AuthFlow(options, prompter, network, parent)
    , d(std::make_unique<Private>(this, options, prompter))
{
}

AccountVerification::~AccountVerification()
{
    d->state = State::Finished;
    shutDown();
}

void AccountVerification::start(const QUrl &redirectUri)
{
    if (d->state != State::Idle)
        return;
    d->setState(State::Loading);
    std::optional<QString> problem = d->validate(redirectUri);
    if (!problem && !d->prompter)
        problem = tr("No one to ask for a captcha or a code.");
    if (problem) {
        failLater(AuthError::make(AuthErrorCode::InvalidInput, *problem));
        return;
    }
    qCInfo(lcVerify).noquote() << "account verification from" << Redact::url(redirectUri);
    Q_EMIT progress(tr("VK asks to confirm the account…"));
    d->pages = 0;
    d->session->get(redirectUri, [this](const HttpResponse &response) { d->onPage(response); });
}

AccountVerification::State AccountVerification::state() const
{
    return d->state;
}

} // namespace vkauth
