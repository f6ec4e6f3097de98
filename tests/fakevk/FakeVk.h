// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace fakevk {

class FakeVkId;

// A community an account administers.
struct Group
{
    qint64 id = 0;
    QString name;
    QString screenName;
};

// One VK account the fake knows, and how VK treats its sign-in.
struct Account
{
    // validation_type 2fa_app, 2fa_sms, 2fa_libverify, 2fa_callreset (a flash call: the code is the
    // last 4 digits of the calling number; set otp to 4 digits), 2fa_push, 2fa_email.
    enum class TwoFactor { None, App, Sms, LibVerify, FlashCall, Push, Email };

    qint64 userId = 0; // 64-bit ids are allowed
    QString login; // e-mail or phone as typed
    QString phone; // full number in international form without '+', e.g. "79991234567"
    QString password;
    QString firstName = QStringLiteral("Ivan");
    QString lastName = QStringLiteral("Petrov");
    QString email; // returned with the token when the scope has email
    QList<Group> groups;

    TwoFactor twoFactor = TwoFactor::None;
    QString otp = QStringLiteral("123456"); // the valid code (app or SMS)
    bool smsNeedsResend
        = false; // need_validation carries validation_resend:"sms"; SMS only after auth.validatePhone
    int smsDelaySeconds = 60; // auth.validatePhone's delay

    int captchasBeforeLogin = 0; // need_captcha this many times before the password is even checked
    bool notRobotCaptcha = false; // the captcha reply carries redirect_uri (VK's newer check)
    bool securityCheck
        = false; // need_validation without validation_type → redirect_uri to act=security_check
    bool authcheckOnVerification = false; // verification path asks 2FA (act=authcheck) before blank.html
    bool captchaOnVerification = false; // verification path shows act=captcha first
    bool validateOnVerification = false; // verification path shows act=validate with a link first
    bool blocked = false; // direct: need_validation with ban_info; verification: act=blocked
    bool tooMuchTries = false; // /token answers invalid_request/too_much_tries
    bool floodControl = false; // /token answers HTTP 401 "9;Flood control" / password_bruteforce_attempt
    bool challengeOnVerification = false; // verification path shows a script-only act=challenge page
    // "wrong_otp" or "otp_format_is_incorrect": /token answers it (invalid_request) to a request that
    // carries no code at all, as VK does for a stale 2FA session (issue 18).
    QString otpErrorWithoutCode;
};

// Ways to break one path on purpose. Slow and DropConnection work on the raw socket (the fake is a
// QAbstractHttpServer subclass that writes its own HTTP/1.1 replies), so Slow never blocks the event loop.
enum class Fault {
    None,
    Slow, // answers only after faultDelayMs (set it beyond the client's timeout)
    DropConnection, // closes the socket after sending part of the headers
    NonJson, // 200 with an HTML body where JSON is expected
    Http500, // 500 Internal Server Error with a short body
    HugeBody, // 200 with a body of hugeBodyBytes
    RedirectLoop, // 302 to itself, for ever
};

// How VK treats an app (a client_id) on /token and /authorize (issue 17, seen 2021–2026).
enum class ClientStatus {
    Works,
    Blocked, // {"error":"invalid_request","error_description":"application is blocked"}
    Disabled, // {"error":"invalid_request","error_description":"application is disabled"}
    SecurityError, // {"error":"invalid_request","error_description":"Security Error"}
};

// Something the fake received, for tests to inspect (e.g. which User-Agent came with android creds).
struct RecordedRequest
{
    QByteArray method;
    QUrl url; // full URL with query as received
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// A loopback fake of VK's OAuth, login, site and API hosts on one port (PROTOCOL.md). Speaks the
// real protocol: /token (password grant), /authorize + login + consent pages + /blank.html,
// /login?act=security_check|authcheck|validate|captcha|challenge|blocked pages, captcha images,
// /method/users.get, groups.getById, groups.getTokenPermissions, account.getAppPermissions,
// auth.validatePhone. Tokens it issues are random and accepted by /method/* until revoked.
// tests/fakevk/README.md describes every page and reply; the essentials:
//
// - /token answers errors with VK's HTTP statuses and a JSON body (401 for invalid_client,
//   need_captcha, need_validation; 400 for invalid_request): read the body whatever the status.
// - Verification (a redirect_uri from /token, or startVerification()): GET it once; it sets the
//   cookie remixvsid and 302s to /login?act=<step>&api_hash=<session>; steps in this order, each
//   when the account asks for it: captcha, validate, security, authcheck (blocked accounts: only
//   act=blocked). Every form POST answers 302: back to the same act on a wrong answer, on to the
//   next step otherwise, finally to <oauth>/blank.html#access_token=..&expires_in=..&user_id=..
//   As VK: the phone check is act=security_check and its form posts to /login.php?act=security_check;
//   wrong digits answer a page with no form, only .service_msg_warning. act=challenge is a page of
//   scripts only (a browser runs it and lands on act=challenge_done, which moves on).
//   Without the session's cookie → blank.html#error=invalid_session&fail=1.
// - Not-robot captcha: need_captcha carries redirect_uri = <id>/not_robot_captcha?session_token=SID.
//   That page has a checkbox #not_robot and a submit button #not_robot_submit in one form; posting it
//   checked 302s to <id>/not_robot_captcha?act=done&success_token=TOKEN (also shown in
//   #success_token). The /token retry carries success_token=TOKEN (captcha_sid optional); for such
//   accounts a captcha_key alone never passes.
// - Implicit flow: /authorize shows the login form (#email, #pass, submit #login_submit; captcha
//   #captcha_key with img #captcha when the account wants captchas) posting to
//   <login>/?act=login; a wrong password shows the form again with .box_error. 2FA accounts go to
//   /login?act=authcheck (field #code, submit #authcheck_submit). Then the consent page (form with
//   buttons #allow and #deny) posting to <login>/?act=grant_access; 302 to redirect_uri#...
class FakeVk : public QObject
{
    Q_OBJECT
public:
    explicit FakeVk(QObject *parent = nullptr);
    ~FakeVk() override;

    // Listens on 127.0.0.1 (port 0 = any free port). Returns false if it could not.
    bool start(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT — use for all four VKAUTH_*_URL
    // Sets VKAUTH_OAUTH_URL, VKAUTH_LOGIN_URL, VKAUTH_SITE_URL, VKAUTH_API_URL, VKAUTH_ID_URL to baseUrl().
    void exportEnvironment() const;

    // Accounts. Logins are matched case-insensitively against login, and phone against phone.
    void addAccount(const Account &account);
    Account *account(qint64 userId);
    void clear(); // accounts, tokens, faults, records

    // Official apps are accepted for the password grant; any other client_id gets invalid_client
    // unless added here (with its secret).
    void allowClient(const QString &clientId, const QString &clientSecret);
    // VK refuses this app before anything else: /token answers HTTP 400 with the JSON of the status,
    // /authorize the same JSON page (as VK does for a blocked app). Works clears.
    void setClientStatus(const QString &clientId, ClientStatus status);

    // The captcha answer the fake expects (all sids). Default "fake42".
    void setCaptchaKey(const QString &key);
    QString captchaKey() const;
    QByteArray captchaImage() const; // the PNG it serves at captcha_img
    // success_token the not-robot page hands out once solved (see notRobotCaptcha).
    QString notRobotSuccessToken() const;

    // Faults by path ("/token", "/authorize", "/method/users.get", ...); None clears.
    void setFault(const QString &path, Fault fault);
    void setFaultDelayMs(int ms); // for Fault::Slow, default 15000
    void setHugeBodyBytes(qint64 bytes); // for Fault::HugeBody, default 32 MiB
    // Profile pictures (/images/*.png) are padded after their end to at least this size; 0: none.
    void setImageBytes(qint64 bytes);

    // Tokens: issue one directly (for profile/check tests), revoke one, or list what was issued.
    QString issueUserToken(qint64 userId, quint32 scope, qint64 expiresIn = 0);
    QString issueGroupToken(qint64 groupId, quint32 scope, qint64 expiresIn = 0);
    // Lifetime of community tokens from the implicit flow (expires_in in the fragment); default 0.
    void setCommunityTokenLifetime(qint64 seconds);
    void revokeToken(const QString &token);
    // VK questions this token on every /method/* call (issue 17): 17 → "Validation required" with a
    // redirect_uri to a verification (issueToken false) whose end clears it for the owner's tokens;
    // 14 → a not-robot captcha (captcha_sid, captcha_img, redirect_uri) whose page, once passed,
    // clears it for the owner's tokens; 25 → "Token confirmation required"; 5 → "User authorization
    // failed: invalid session.". 0 clears.
    void setTokenError(const QString &token, int apiErrorCode);
    bool isValidToken(const QString &token) const;
    QStringList issuedTokens() const;

    QList<RecordedRequest> requests() const;
    QList<RecordedRequest> requests(const QString &path) const;

    // --- additions beyond the first contract ---

    // URLs the fake writes into replies and pages use its own base by default. With a domain
    // ("vk.com") they become https://oauth.<d>, https://login.<d>, https://m.<d> (site),
    // https://api.<d>, https://id.<d>, and cookies get Domain=.<d>: for clients that hard-code VK's
    // hosts and reach the fake through a TLS terminator (the fidelity test). Empty = own base.
    void setPublicDomain(const QString &domain);
    QUrl oauthBase() const;
    QUrl loginBase() const;
    QUrl siteBase() const;
    QUrl apiBase() const;
    QUrl idBase() const;

    // Serves the site host (the m. host: verification pages, the phone check) on a second loopback
    // address as well, on the same port, e.g. "127.0.0.2"; siteBase() and the redirect_uri of a
    // verification then name that address (clients must allow it: VKAUTH_EXTRA_HOSTS). Call after
    // start(); false if it could not listen there. Ignored with a public domain.
    bool listenSiteOn(const QString &address);

    // A verification session for the account, as if /token had sent its redirect_uri; the token it
    // ends with carries scope. Without issueToken it ends with blank.html#success=1&user_id=..
    // (VK's ending for checks that grant nothing). Empty URL for an unknown account.
    QUrl startVerification(qint64 userId, quint32 scope = 0, bool issueToken = true);

    // Test-control endpoints for out-of-process users (fakevk-server --control): POST /_fakevk/reset,
    // POST /_fakevk/accounts (a JSON account or array of them), POST /_fakevk/clients
    // ({"clientId","clientSecret"}), POST /_fakevk/verification ({"userId","scope","issueToken"?} →
    // {"redirect_uri"}), GET /_fakevk/info ({"captchaKey","notRobotSuccessToken","baseUrl"}). Off by default.
    void setControlEnabled(bool enabled);

    // An Account from JSON (schema in tests/fakevk/README.md; keys = the struct's field names,
    // twoFactor "none"|"app"|"sms", userId a number or a decimal string). nullopt + error on bad input.
    static std::optional<Account> accountFromJson(const QJsonObject &json, QString *error = nullptr);

    // VK ID on the id host (FakeVkId.h): apps, redirect URLs, auto-approval, token lifetimes.
    FakeVkId &vkid();

Q_SIGNALS:
    void requestReceived(const QString &path);

private:
    friend class FakeVkId;
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace fakevk
