// SPDX-License-Identifier: MIT
#include "FakeVkPrivate.h"

#include <QUrlQuery>

#include <algorithm>

// The HTML side of the fake: verification pages (/login?act=...), the implicit flow's login, 2FA
// and consent pages, the not-robot check, captcha images and blank.html. Plain pages with real
// forms, shaped like what the reference client parses (form[action][method], .field_prefix,
// #activation_wrap a, .captcha_img, input[name=pass], .box_error).

namespace fakevk {

namespace {

const QString kVerifyCookie = QStringLiteral("remixvsid");
const QString kLoginCookie = QStringLiteral("remixsid");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

Reply page(const QString &title, const QString &body)
{
    return Reply::html(QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                      "<meta name=\"viewport\" content=\"width=device-width\"></head>\n"
                                      "<body><div id=\"content\">\n%2\n</div></body></html>\n")
                           .arg(esc(title), body));
}

QString actName(Step step)
{
    switch (step) {
    case Step::Captcha:
        return QStringLiteral("captcha");
    case Step::Validate:
        return QStringLiteral("validate");
    case Step::Security:
        return QStringLiteral("security_check");
    case Step::Challenge:
        return QStringLiteral("challenge");
    case Step::Authcheck:
        return QStringLiteral("authcheck");
    case Step::Blocked:
        return QStringLiteral("blocked");
    case Step::Consent:
        return QStringLiteral("consent");
    }
    return {};
}

QUrl withFragment(QUrl url, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery fragment;
    for (const auto &item : items)
        fragment.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    url.setFragment(fragment.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

int countryDigits(const QString &phone)
{
    return qMax(1, int(phone.size()) - 10);
}

Reply blockedPage()
{
    return page(QStringLiteral("Page blocked"),
        QStringLiteral("<div class=\"blocked_page\" id=\"blocked\"><h2>This page has been blocked</h2>"
                       "<p>The page was blocked for suspicious activity.</p></div>"));
}

} // namespace

QUrl FakeVk::Private::createVerification(qint64 userId, quint32 scope, bool issueToken)
{
    const Account *a = q->account(userId);
    QList<Step> steps;
    if (a->blocked) {
        steps = {Step::Blocked};
    } else {
        if (a->captchaOnVerification)
            steps.append(Step::Captcha);
        if (a->validateOnVerification)
            steps.append(Step::Validate);
        if (a->challengeOnVerification)
            steps.append(Step::Challenge);
        if (a->securityCheck)
            steps.append(Step::Security);
        if (a->authcheckOnVerification)
            steps.append(Step::Authcheck);
    }
    return createSession(userId, scope, steps, issueToken);
}

QUrl FakeVk::Private::createSession(qint64 userId, quint32 scope, const QList<Step> &steps, bool issueToken)
{
    Session s;
    s.id = randomHex(10);
    s.userId = userId;
    s.scope = scope;
    s.steps = steps;
    s.issueToken = issueToken;
    sessions.insert(s.id, s);
    return join(publicBase("m"), QStringLiteral("/login?act=verify&api_hash=%1").arg(s.id));
}

QUrl FakeVk::Private::stepUrl(const Session &session) const
{
    return join(publicBase("m"),
        QStringLiteral("/login?act=%1&api_hash=%2").arg(actName(session.steps.first()), session.id));
}

Reply FakeVk::Private::loginPath(const Request &request)
{
    const QString act = request.query.value(QStringLiteral("act"));
    const QString id = request.query.value(QStringLiteral("api_hash"));
    if (act == QLatin1String("blocked") && id.isEmpty())
        return blockedPage();

    const QUrl invalid = withFragment(join(publicBase("oauth"), QStringLiteral("/blank.html")),
        {{QStringLiteral("fail"), QStringLiteral("1")},
            {QStringLiteral("error"), QStringLiteral("invalid_session")},
            {QStringLiteral("error_description"), QStringLiteral("Session expired")}});
    auto it = sessions.find(id);
    if (it == sessions.end())
        return Reply::redirect(invalid);
    Session &session = *it;

    if (act == QLatin1String("verify")) {
        if (!session.cookie.isEmpty() && request.cookies.value(kVerifyCookie) != session.cookie)
            return Reply::redirect(invalid);
        if (session.cookie.isEmpty())
            session.cookie = randomHex(16);
        const QByteArray cookie = session.cookie.toLatin1();
        Reply reply = advance(session); // may end (and forget) the session
        return reply.cookie(kVerifyCookie.toLatin1(), cookie, cookieDomain());
    }
    if (session.cookie.isEmpty() || request.cookies.value(kVerifyCookie) != session.cookie)
        return Reply::redirect(invalid);
    if (session.steps.isEmpty())
        return finishSession(session);

    const Step current = session.steps.first();
    const bool submitted = request.path == QLatin1String("/login.php"); // VK's phone check posts there
    if (act == actName(current) && !submitted)
        return stepPage(session, current);

    const Account *account = q->account(session.userId);
    bool right = false;
    if (act == QLatin1String("captcha_check") && current == Step::Captcha) {
        right = takeCaptcha(request.form.value(QStringLiteral("captcha_sid")),
            request.form.value(QStringLiteral("captcha_key")));
        session.captchaSid.clear();
    } else if (act == QLatin1String("validate_done") && current == Step::Validate) {
        right = true;
    } else if (act == QLatin1String("security_check") && current == Step::Security) {
        const QString phone = account->phone;
        const int head = countryDigits(phone);
        right = phone.size() > head + 2
            && request.form.value(QStringLiteral("code")) == phone.mid(head, phone.size() - head - 2);
    } else if (act == QLatin1String("challenge_done") && current == Step::Challenge) {
        right = true;
    } else if (act == QLatin1String("authcheck_code") && current == Step::Authcheck) {
        right = request.form.value(QStringLiteral("code")) == account->otp;
    } else {
        return Reply::redirect(stepUrl(session)); // not where the session is: back to its page
    }

    if (!right && current == Step::Security) {
        // VK (real pages, 2016–2025): a page with no form, only its warning.
        return page(QStringLiteral("Security check"),
            QStringLiteral(
                "<h4 class=\"sub_header\">Security check</h4>\n<div class=\"service_msg_box\">"
                "<div class=\"service_msg service_msg_warning\">Incorrect numbers. You can repeat "
                "the attempt in 3 hours.</div></div>\n<a class=\"button\" href=\"/login?act=do_logout\">"
                "Log out</a>"));
    }
    if (!right) {
        session.wrongAnswerNote = current == Step::Security ? QStringLiteral("The number does not match.")
            : current == Step::Captcha ? QStringLiteral("Wrong characters from the picture.")
                                       : QStringLiteral("Incorrect code.");
        return Reply::redirect(stepUrl(session));
    }
    session.steps.removeFirst();
    return advance(session);
}

Reply FakeVk::Private::advance(Session &session)
{
    if (session.steps.isEmpty())
        return finishSession(session);
    return Reply::redirect(stepUrl(session));
}

Reply FakeVk::Private::finishSession(Session &session)
{
    const Session done = session;
    sessions.remove(done.id);
    const Account *account = q->account(done.userId);
    if (done.kind == Session::Kind::Implicit) {
        // Signed in (after 2FA): back to /authorize, which now shows the consent page.
        const QString cookie = randomHex(16);
        loginCookies.insert(cookie, done.userId);
        QUrl back = join(publicBase("oauth"), QStringLiteral("/authorize"));
        back.setQuery(done.authorizeQuery, QUrl::StrictMode);
        return Reply::redirect(back).cookie(kLoginCookie.toLatin1(), cookie.toLatin1(), cookieDomain());
    }
    if (account)
        state(done.userId).verified = true;
    // A passed verification answers VK's "validation required" for the account's kept tokens.
    for (auto it = tokenErrors.begin(); it != tokenErrors.end();) {
        const auto token = tokens.constFind(it.key());
        if (it.value() == 17 && token != tokens.constEnd() && !token->group && token->ownerId == done.userId)
            it = tokenErrors.erase(it);
        else
            ++it;
    }
    if (!done.issueToken) {
        return Reply::redirect(withFragment(join(publicBase("oauth"), QStringLiteral("/blank.html")),
            {{QStringLiteral("success"), QStringLiteral("1")},
                {QStringLiteral("user_id"), QString::number(done.userId)}}));
    }
    const qint64 expiresIn = expiresInFor(done.scope);
    const QString token = q->issueUserToken(done.userId, done.scope, expiresIn);
    return Reply::redirect(withFragment(join(publicBase("oauth"), QStringLiteral("/blank.html")),
        {{QStringLiteral("access_token"), token}, {QStringLiteral("expires_in"), QString::number(expiresIn)},
            {QStringLiteral("user_id"), QString::number(done.userId)}}));
}

Reply FakeVk::Private::stepPage(Session &session, Step step)
{
    const Account *account = q->account(session.userId);
    const QString base = QStringLiteral("/login?act=%1&api_hash=") + session.id;
    QString note;
    if (!session.wrongAnswerNote.isEmpty()) {
        note = QStringLiteral("<div class=\"service_msg_warning\">%1</div>\n")
                   .arg(esc(session.wrongAnswerNote));
        session.wrongAnswerNote.clear();
    }

    switch (step) {
    case Step::Captcha: {
        if (session.captchaSid.isEmpty())
            session.captchaSid = newCaptchaSid(session.userId);
        const QString img
            = join(publicBase("api"), QStringLiteral("/captcha.php?sid=%1&s=1").arg(session.captchaSid))
                  .toString();
        return page(QStringLiteral("Security check"),
            note
                + QStringLiteral("<form method=\"post\" action=\"%1\" id=\"captcha_form\">\n"
                                 "<p>Enter the characters from the picture.</p>\n"
                                 "<img class=\"captcha_img\" src=\"%2\" alt=\"captcha\">\n"
                                 "<input type=\"hidden\" name=\"captcha_sid\" value=\"%3\">\n"
                                 "<input type=\"text\" name=\"captcha_key\" id=\"captcha_key\">\n"
                                 "<button type=\"submit\" id=\"captcha_submit\">Send</button>\n</form>")
                      .arg(
                          esc(base.arg(QStringLiteral("captcha_check"))), esc(img), esc(session.captchaSid)));
    }
    case Step::Validate:
        return page(QStringLiteral("Confirm your phone"),
            note
                + QStringLiteral("<div id=\"activation_wrap\"><p>Please confirm your phone number.</p>"
                                 "<a href=\"%1\" id=\"validate_continue\">Continue</a></div>")
                      .arg(esc(base.arg(QStringLiteral("validate_done")))));
    case Step::Security: {
        const QString phone = account ? account->phone : QString();
        const int head = countryDigits(phone);
        return page(QStringLiteral("Security check"),
            note
                + QStringLiteral(
                    "<p>To confirm that you own this page, enter the missing digits of the phone "
                    "number the page is linked to.</p>\n"
                    "<form method=\"post\" action=\"%1\" id=\"security_form\">\n"
                    "<div class=\"field_wrap\"><span class=\"field_prefix\">+%2</span>"
                    "<input type=\"text\" name=\"code\" id=\"code\" autocomplete=\"off\">"
                    "<span class=\"field_prefix\">%3</span></div>\n"
                    "<input type=\"hidden\" name=\"hash\" value=\"%4\">\n"
                    "<button type=\"submit\" id=\"security_submit\">Confirm</button>\n</form>")
                      .arg(esc(QStringLiteral("/login.php?act=security_check&to=&hash=%1&api_hash=%2")
                                   .arg(randomHex(9), session.id)),
                          esc(phone.left(head)), esc(phone.right(2)), randomHex(8)));
    }
    case Step::Authcheck: {
        const bool sms = account && account->twoFactor == Account::TwoFactor::Sms;
        return page(QStringLiteral("Two-factor authentication"),
            note
                + QStringLiteral("<p>%1</p>\n<form method=\"post\" action=\"%2\" id=\"authcheck_form\">\n"
                                 "<input type=\"text\" name=\"code\" id=\"code\" inputmode=\"numeric\" "
                                 "autocomplete=\"one-time-code\">\n"
                                 "<input type=\"hidden\" name=\"remember\" value=\"1\">\n"
                                 "<button type=\"submit\" id=\"authcheck_submit\">Confirm</button>\n</form>")
                      .arg(sms ? QStringLiteral("Enter the code sent to %1.")
                                     .arg(esc(phoneMask(account->phone)))
                               : QStringLiteral("Enter the code from the code generator app."),
                          esc(base.arg(QStringLiteral("authcheck_code")))));
    }
    case Step::Blocked:
        return blockedPage();
    case Step::Challenge:
        // Scripts only (as vk.ru/challenge.html?hash429=…): nothing a scraper can read or submit.
        // In a browser the script builds a button; a click goes on to act=challenge_done (with the
        // session's cookie), which moves to the next step or to blank.html with the token.
        return page(QStringLiteral("Checking your browser"),
            QStringLiteral(
                "<noscript>Enable JavaScript to continue.</noscript>\n<div id=\"challenge_root\"></div>\n"
                "<script>(function() { var b = document.createElement('button'); b.type = 'button'; "
                "b.id = 'challenge_continue'; b.textContent = 'I am not a robot'; b.onclick = function() "
                "{ location.replace(\"%1\"); }; document.getElementById('challenge_root').appendChild(b); "
                "})();</script>")
                .arg(base.arg(QStringLiteral("challenge_done"))));
    case Step::Consent:
        break;
    }
    return consentPage(session);
}

Reply FakeVk::Private::authorize(const Request &request)
{
    bool numeric = false;
    request.param(QStringLiteral("client_id")).toLongLong(&numeric);
    if (!numeric)
        return Reply::json(
            {{QStringLiteral("error"), QStringLiteral("invalid_client")},
                {QStringLiteral("error_description"), QStringLiteral("client_id is incorrect")}},
            400);
    if (auto refusal = clientRefusal(request))
        return *refusal;
    const QUrl redirectUri(request.param(QStringLiteral("redirect_uri")));
    if (!redirectUri.isValid() || redirectUri.isRelative())
        return Reply::json(
            {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                {QStringLiteral("error_description"), QStringLiteral("redirect_uri is incorrect")}},
            400);
    if (request.param(QStringLiteral("response_type")) != QLatin1String("token"))
        return Reply::json(
            {{QStringLiteral("error"), QStringLiteral("unsupported_response_type")},
                {QStringLiteral("error_description"), QStringLiteral("response_type is not supported")}},
            400);

    Session s;
    s.kind = Session::Kind::Implicit;
    s.id = randomHex(10);
    s.clientId = request.param(QStringLiteral("client_id"));
    s.redirectUri = redirectUri;
    s.scope = parseScope(request.param(QStringLiteral("scope")));
    s.state = request.param(QStringLiteral("state"));
    s.revoke = request.param(QStringLiteral("revoke")) == QLatin1String("1");
    s.authorizeQuery = request.url.query(QUrl::FullyEncoded);
    s.loginHash = randomHex(9);
    for (const QString &part :
        request.param(QStringLiteral("group_ids")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        s.groupIds.append(qAbs(part.trimmed().toLongLong()));

    const auto signedIn = loginCookies.constFind(request.cookies.value(kLoginCookie));
    if (signedIn != loginCookies.constEnd() && q->account(*signedIn)) {
        s.userId = *signedIn;
        sessions.insert(s.id, s);
        if (!s.revoke && s.groupIds.isEmpty()
            && grants.contains(QStringLiteral("%1:%2").arg(s.userId).arg(s.clientId)))
            return grantAccess(request, sessions[s.id]);
        return consentPage(sessions[s.id]);
    }
    sessions.insert(s.id, s);
    return loginPage(s, {}, false);
}

Reply FakeVk::Private::loginPage(const Session &session, const QString &error, bool withCaptcha)
{
    QString captcha;
    if (withCaptcha) {
        const QString sid = newCaptchaSid(session.userId);
        const QString img
            = join(publicBase("api"), QStringLiteral("/captcha.php?sid=%1&s=1").arg(sid)).toString();
        captcha = QStringLiteral(
            "<div class=\"oauth_captcha_wrap\"><p class=\"oauth_captcha_hint\">Enter the characters "
            "from the picture.</p><img id=\"captcha\" class=\"oauth_captcha\" src=\"%1\" alt=\"captcha\">\n"
            "<input type=\"hidden\" name=\"captcha_sid\" value=\"%2\">\n"
            "<input type=\"text\" name=\"captcha_key\" id=\"captcha_key\"></div>\n")
                      .arg(esc(img), esc(sid));
    }
    const QString action = join(publicBase("login"), QStringLiteral("/?act=login&soft=1")).toString();
    const QString errorBox
        = error.isEmpty() ? QString() : QStringLiteral("<div class=\"box_error\">%1</div>\n").arg(esc(error));
    // As VK's 2025 page (oauth.vk.com/authorize?…display=mobile): hidden _origin, ip_h, lg_domain_h
    // and to (base64 of the authorize URL) before email and pass, and a cancel link to blank.html.
    QUrl authorizeUrl = join(publicBase("oauth"), QStringLiteral("/authorize"));
    authorizeUrl.setQuery(session.authorizeQuery, QUrl::StrictMode);
    const QUrl cancel = withFragment(join(publicBase("oauth"), QStringLiteral("/blank.html")),
        {{QStringLiteral("error"), QStringLiteral("access_denied")},
            {QStringLiteral("error_reason"), QStringLiteral("user_denied")},
            {QStringLiteral("error_description"), QStringLiteral("User denied your request")}});
    return page(QStringLiteral("VK | Login"),
        errorBox
            + QStringLiteral(
                "<form method=\"post\" action=\"%1\" id=\"login_form\">\n"
                "<input type=\"hidden\" name=\"_origin\" value=\"%2\">\n"
                "<input type=\"hidden\" name=\"ip_h\" value=\"%3\">\n"
                "<input type=\"hidden\" name=\"lg_domain_h\" value=\"%4\">\n"
                "<input type=\"hidden\" name=\"to\" value=\"%5\">\n"
                "<label>Phone or email <input type=\"text\" name=\"email\" id=\"email\"></label>\n"
                "<label>Password <input type=\"password\" name=\"pass\" id=\"pass\"></label>\n"
                "%6<button type=\"submit\" id=\"login_submit\">Log in</button>\n</form>\n"
                "<a href=\"%7\" id=\"login_cancel\" class=\"button_cancel\">Cancel</a>")
                  .arg(esc(action), esc(loginOrigin()), esc(ipHash), esc(session.loginHash),
                      QString::fromLatin1(authorizeUrl.toEncoded(QUrl::FullyEncoded).toBase64()), captcha,
                      esc(cancel.toString(QUrl::FullyEncoded))));
}

QString FakeVk::Private::loginOrigin() const
{
    return publicBase("oauth").toString(QUrl::FullyEncoded);
}

Reply FakeVk::Private::consentPage(const Session &session)
{
    const QString action
        = join(publicBase("login"), QStringLiteral("/?act=grant_access&hash=%1").arg(session.id)).toString();
    const QString what = session.groupIds.isEmpty()
        ? QStringLiteral("access to your account (scope %1)").arg(session.scope)
        : QStringLiteral("access to your communities (scope %1)").arg(session.scope);
    return page(QStringLiteral("VK | Request for access"),
        QStringLiteral(
            "<div class=\"oauth_access_header\">The application %1 requests %2.</div>\n"
            "<form method=\"post\" action=\"%3\" id=\"grant_form\">\n"
            "<button type=\"submit\" id=\"allow\" class=\"flat_button\">Allow</button>\n"
            "<button type=\"submit\" id=\"deny\" name=\"cancel\" value=\"1\">Deny</button>\n</form>")
            .arg(esc(session.clientId), esc(what), esc(action)));
}

Reply FakeVk::Private::rootPath(const Request &request)
{
    const QString act = request.query.value(QStringLiteral("act"));
    if (act == QLatin1String("login")) {
        // As VK's: the form's hidden lg_domain_h names the pending authorization, and ip_h and
        // _origin must come back as the page gave them; a post without them signs no one in.
        const QString loginHash = request.form.value(QStringLiteral("lg_domain_h"));
        auto it = std::find_if(sessions.begin(), sessions.end(), [&loginHash](const Session &s) {
            return s.kind == Session::Kind::Implicit && !loginHash.isEmpty() && s.loginHash == loginHash;
        });
        if (it == sessions.end())
            return page(
                QStringLiteral("Error"), QStringLiteral("<div class=\"box_error\">Session expired.</div>"));
        Session &session = *it;
        if (request.form.value(QStringLiteral("ip_h")) != ipHash
            || request.form.value(QStringLiteral("_origin")) != loginOrigin())
            return loginPage(session, QStringLiteral("Security error. Please try again."), false);
        Account *account = findByLogin(request.form.value(QStringLiteral("email")));
        if (account) {
            if (account->tooMuchTries)
                return loginPage(session, QStringLiteral("Too many attempts. Try again later."), false);
            if (captchaDue(*account)) {
                if (takeCaptcha(request.form.value(QStringLiteral("captcha_sid")),
                        request.form.value(QStringLiteral("captcha_key"))))
                    ++state(account->userId).captchasPassed;
                if (captchaDue(*account))
                    return loginPage(session, {}, true);
            }
        }
        if (!account || account->password != request.form.value(QStringLiteral("pass")))
            return loginPage(session, QStringLiteral("Incorrect login or password."), false);
        state(account->userId).captchasPassed = 0;
        if (account->blocked)
            return Reply::redirect(join(publicBase("m"), QStringLiteral("/login?act=blocked")));
        session.userId = account->userId;
        if (account->twoFactor == Account::TwoFactor::None)
            return finishSession(session);
        session.steps = {Step::Authcheck};
        session.cookie = randomHex(16);
        return Reply::redirect(stepUrl(session))
            .cookie(kVerifyCookie.toLatin1(), session.cookie.toLatin1(), cookieDomain());
    }
    if (act == QLatin1String("grant_access")) {
        auto it = sessions.find(request.query.value(QStringLiteral("hash")));
        if (it == sessions.end() || it->kind != Session::Kind::Implicit)
            return page(
                QStringLiteral("Error"), QStringLiteral("<div class=\"box_error\">Session expired.</div>"));
        if (loginCookies.value(request.cookies.value(kLoginCookie), -1) != it->userId)
            return loginPage(*it, {}, false);
        return grantAccess(request, *it);
    }
    return page(QStringLiteral("VK"), QStringLiteral("<p>Fake VK.</p>"));
}

Reply FakeVk::Private::grantAccess(const Request &request, Session &session)
{
    const Session s = session;
    sessions.remove(s.id);
    QList<QPair<QString, QString>> fragment;
    auto finish = [&] {
        if (!s.state.isEmpty())
            fragment.append({QStringLiteral("state"), s.state});
        return Reply::redirect(withFragment(s.redirectUri, fragment));
    };
    if (request.form.value(QStringLiteral("cancel")) == QLatin1String("1")
        || request.query.value(QStringLiteral("cancel")) == QLatin1String("1")) {
        fragment = {{QStringLiteral("error"), QStringLiteral("access_denied")},
            {QStringLiteral("error_reason"), QStringLiteral("user_denied")},
            {QStringLiteral("error_description"), QStringLiteral("User denied your request")}};
        return finish();
    }
    const Account *account = q->account(s.userId);
    if (s.groupIds.isEmpty()) {
        const qint64 expiresIn = expiresInFor(s.scope);
        grants.insert(QStringLiteral("%1:%2").arg(s.userId).arg(s.clientId));
        fragment = {{QStringLiteral("access_token"), q->issueUserToken(s.userId, s.scope, expiresIn)},
            {QStringLiteral("expires_in"), QString::number(expiresIn)},
            {QStringLiteral("user_id"), QString::number(s.userId)}};
        if ((s.scope & 4194304u) && account && !account->email.isEmpty())
            fragment.append({QStringLiteral("email"), account->email});
        return finish();
    }
    for (const qint64 groupId : s.groupIds) {
        const bool admin = account
            && std::any_of(account->groups.begin(), account->groups.end(),
                [groupId](const Group &g) { return g.id == groupId; });
        if (admin)
            fragment.append({QStringLiteral("access_token_%1").arg(groupId),
                q->issueGroupToken(groupId, s.scope, communityTokenLifetime)});
    }
    if (fragment.isEmpty()) {
        fragment = {{QStringLiteral("error"), QStringLiteral("access_denied")},
            {QStringLiteral("error_description"),
                QStringLiteral("You are not an administrator of these communities")}};
        return finish();
    }
    fragment.append({QStringLiteral("expires_in"), QString::number(communityTokenLifetime)});
    return finish();
}

Reply FakeVk::Private::notRobot(const Request &request)
{
    if (isNotRobotWidget(request))
        return notRobotWidget(request);
    const QString act = request.query.value(QStringLiteral("act"));
    const QString sid = request.query.value(QStringLiteral("session_token"));
    if (act == QLatin1String("done")) {
        return page(QStringLiteral("VK ID | Done"),
            QStringLiteral("<p>Check passed.</p><code id=\"success_token\">%1</code>")
                .arg(esc(request.query.value(QStringLiteral("success_token")))));
    }
    QString note;
    if (act == QLatin1String("check")) {
        if (request.form.value(QStringLiteral("not_robot")) == QLatin1String("1")) {
            notRobotPassed(sid);
            return Reply::redirect(join(publicBase("id"),
                QStringLiteral("/not_robot_captcha?act=done&success_token=%1").arg(notRobotToken)));
        }
        note = QStringLiteral("<div class=\"service_msg_warning\">Tick the box first.</div>\n");
    }
    const QString action = QStringLiteral("/not_robot_captcha?act=check&session_token=") + sid;
    return page(QStringLiteral("VK ID | Not a robot"),
        note
            + QStringLiteral(
                "<form method=\"post\" action=\"%1\" id=\"not_robot_form\">\n"
                "<label><input type=\"checkbox\" name=\"not_robot\" id=\"not_robot\" value=\"1\"> "
                "I'm not a robot</label>\n"
                "<button type=\"submit\" id=\"not_robot_submit\">Continue</button>\n</form>")
                  .arg(esc(action)));
}

Reply FakeVk::Private::blankPage() const
{
    return Reply::html(QStringLiteral("<!DOCTYPE html><html><head><title>OAuth Blank</title></head>"
                                      "<body>Please do not copy the address of this page.</body></html>"));
}

Reply FakeVk::Private::captchaImage(const Request &) const
{
    return Reply {200, "image/png", renderCaptchaPng(captchaKey), {}};
}

} // namespace fakevk
