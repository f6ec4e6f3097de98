// SPDX-License-Identifier: MIT
#pragma once

#include "FakeVk.h"
#include "FakeVkId.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>

#include <functional>
#include <map>

namespace fakevk {

using Params = QHash<QString, QString>;

// What the fake answers, before faults and transport.
struct Reply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(const QJsonObject &object, int status = 200);
    static Reply html(const QString &page, int status = 200);
    static Reply redirect(const QUrl &to);
    Reply &cookie(const QByteArray &name, const QByteArray &value, const QString &domain);
};

// One parsed request.
struct Request
{
    QByteArray method; // "GET", "POST", ...
    QUrl url;
    QString path;
    Params query; // URL query, '+' read as space
    Params form; // x-www-form-urlencoded body
    Params params; // query, then form on top
    QHash<QByteArray, QByteArray> headers;
    QHash<QString, QString> cookies;
    QByteArray body;

    QString param(const QString &name) const { return params.value(name); }
};

// HTTP/1.1 over QAbstractHttpServer: the handler gets the socket and writes the reply itself.
class RawHttpServer : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit RawHttpServer(Handler handler, QObject *parent = nullptr)
        : QAbstractHttpServer(parent)
        , m_handler(std::move(handler))
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    Handler m_handler;
};

struct TokenInfo
{
    bool group = false;
    qint64 ownerId = 0; // user id, or group id
    quint32 scope = 0;
    qint64 expiresAt = 0; // msecs since epoch; 0 = never
};

// Per-account state that is not part of the Account description.
struct AccountState
{
    int captchasPassed = 0; // since the last successful sign-in
    bool verified = false; // passed a verification; /token no longer redirects
    QString trustedHash; // issued after a 2FA success
    bool smsSent = false; // auth.validatePhone was called
};

enum class Step { Captcha, Validate, Security, Authcheck, Blocked, Consent, Challenge };

// A verification (from a redirect_uri) or a pending implicit-flow authorization.
struct Session
{
    enum class Kind { Verification, Implicit };
    Kind kind = Kind::Verification;
    QString id;
    QString cookie; // remixvsid value bound to it; empty until the entry sets it
    qint64 userId = 0;
    quint32 scope = 0;
    bool issueToken = true; // false: ends with #success=1
    QList<Step> steps; // what is still to pass
    QString captchaSid; // the current act=captcha sid
    QString wrongAnswerNote; // shown once on the page after a wrong answer
    // Implicit flow only.
    QString clientId;
    QUrl redirectUri;
    QString state;
    QList<qint64> groupIds;
    bool revoke = false;
    QString authorizeQuery; // the /authorize query, to come back to after login
    QString loginHash; // the login form's hidden lg_domain_h: names this session in the login POST
};

class FakeVk::Private
{
public:
    explicit Private(FakeVk *q);

    FakeVk *q;
    RawHttpServer server;
    quint16 port = 0;
    QString publicDomain;
    QString siteAddress; // listenSiteOn(): the m. host's own loopback address
    bool controlEnabled = false;

    std::map<qint64, Account> accounts;
    QHash<qint64, AccountState> states;
    QHash<QString, QString> clients; // id → secret, beyond the official apps
    QHash<QString, ClientStatus> clientStatus; // refused apps
    QString captchaKey = QStringLiteral("fake42");
    QString notRobotToken;
    QString ipHash = randomHex(9); // the login form's hidden ip_h (VK: a hash of the client's address)
    QHash<QString, qint64> captchaSids; // sid → account (0 when not tied to one)
    QHash<QString, qint64> validationSids; // validation_sid → account
    QHash<QString, TokenInfo> tokens;
    QHash<QString, int> tokenErrors; // token → the API error VK answers it with (setTokenError)
    QHash<QString, Session> sessions;
    QHash<QString, qint64> loginCookies; // remixsid → signed-in user (implicit flow)
    QSet<QString> grants; // "<user>:<client>" granted before

    QHash<QString, Fault> faults;
    int faultDelayMs = 15000;
    qint64 hugeBodyBytes = 32 * 1024 * 1024;
    qint64 imageBytes = 0; // setImageBytes()
    qint64 communityTokenLifetime = 0;
    QList<RecordedRequest> records;
    FakeVkId vkid;

    // Transport (FakeVk.cpp).
    void onRequest(const QHttpServerRequest &raw, QTcpSocket *socket);
    static void send(QTcpSocket *socket, const Reply &reply);
    void sendWithFault(QTcpSocket *socket, const Request &request, Fault fault, const Reply &reply);
    Reply dispatch(const Request &request);
    Reply control(const Request &request);

    // URLs and helpers (FakeVk.cpp).
    QUrl publicBase(const char *hostPrefix) const;
    static QUrl join(const QUrl &base, const QString &pathAndQuery);
    QString cookieDomain() const;
    Account *findByLogin(const QString &login);
    AccountState &state(qint64 userId);
    bool captchaDue(const Account &account); // another captcha before this account may sign in
    static QString randomHex(int bytes);
    QString newToken(const TokenInfo &info);
    QString newCaptchaSid(qint64 userId);
    bool takeCaptcha(const QString &sid, const QString &key);
    static bool clientKnown(
        const QString &id, const QString &secret, const QHash<QString, QString> &extra, bool *idKnown);
    static quint32 parseScope(const QString &text);
    static qint64 expiresInFor(quint32 scope);
    static QString phoneMask(const QString &phone);

    // /token and /method/* (FakeVkApi.cpp).
    std::optional<Reply> clientRefusal(const Request &request) const; // a refused app's answer
    Reply token(const Request &request);
    Reply apiMethod(const Request &request, const QString &method);
    Reply tokenError(const Request &request, const QString &method, const TokenInfo &info, int code);

    // Verification, implicit flow, not-robot and blank pages (FakeVkPages.cpp).
    QUrl createVerification(
        qint64 userId, quint32 scope, bool issueToken = true); // steps from the account's flags
    QUrl createSession(qint64 userId, quint32 scope, const QList<Step> &steps, bool issueToken = true);
    Reply loginPath(const Request &request); // /login?act=...
    Reply rootPath(const Request &request); // /?act=login|grant_access
    Reply authorize(const Request &request); // /authorize
    Reply notRobot(const Request &request); // /not_robot_captcha
    // VK's widget page for the not-robot check, and whether a request is for it (FakeVkNotRobot.cpp).
    Reply notRobotWidget(const Request &request);
    static bool isNotRobotWidget(const Request &request);
    // A passed not-robot check answers VK's captcha on the API (error 14) for that account's tokens.
    void notRobotPassed(const QString &sid);
    Reply blankPage() const;
    Reply captchaImage(const Request &request) const;
    QUrl stepUrl(const Session &session) const;
    Reply advance(Session &session);
    Reply finishSession(Session &session);
    Reply stepPage(Session &session, Step step);
    Reply loginPage(const Session &session, const QString &error, bool withCaptcha);
    QString loginOrigin() const; // the login form's hidden _origin (VK: https://oauth.vk.com)
    Reply consentPage(const Session &session);
    Reply grantAccess(const Request &request, Session &session);
};

// The captcha image: the key drawn in a tiny pixel font, as a grayscale PNG (FakeVkPng.cpp).
QByteArray renderCaptchaPng(const QString &text);
// A profile picture (/images/*.png, users.get's and groups.getById's photo_50): 50×50, one colour
// derived from the name, with a lighter square in the middle, as an RGB PNG (FakeVkPng.cpp).
QByteArray renderAvatarPng(const QString &name);

} // namespace fakevk
