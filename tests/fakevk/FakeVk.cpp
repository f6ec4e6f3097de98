// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "FakeVkPrivate.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QRandomGenerator>

namespace fakevk {

namespace {

// Official direct-login apps, kept apart from src/core on purpose: the fake must not agree with a
// typo in the product's table (the fidelity test checks both against the reference client).
const QHash<QString, QString> &officialClients()
{
    static const QHash<QString, QString> clients {
        {QStringLiteral("2274003"), QStringLiteral("hHbZxrka2uZ6jB1inYsH")},
        {QStringLiteral("3697615"), QStringLiteral("AlVXZFMUqyrnABp8ncuU")},
        {QStringLiteral("3502557"), QStringLiteral("PEObAuQi6KloPM4T30DV")},
        {QStringLiteral("3140623"), QStringLiteral("VeWdmVclDCtn6ihuP1nt")},
        {QStringLiteral("3682744"), QStringLiteral("mY6CDUswIVdJLCD3j15n")},
        {QStringLiteral("6146827"), QStringLiteral("qVxWRF1CwHERuIrKBnqe")},
    };
    return clients;
}

} // namespace

// ---- Private: helpers ----

QUrl FakeVk::Private::publicBase(const char *hostPrefix) const
{
    if (publicDomain.isEmpty() && !siteAddress.isEmpty() && qstrcmp(hostPrefix, "m") == 0)
        return QUrl(QStringLiteral("http://%1:%2").arg(siteAddress).arg(port));
    if (publicDomain.isEmpty())
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return QUrl(QStringLiteral("https://%1.%2").arg(QLatin1String(hostPrefix), publicDomain));
}

QUrl FakeVk::Private::join(const QUrl &base, const QString &pathAndQuery)
{
    return QUrl(base.toString(QUrl::StripTrailingSlash) + pathAndQuery);
}

QString FakeVk::Private::cookieDomain() const
{
    return publicDomain.isEmpty() ? QString() : QLatin1Char('.') + publicDomain;
}

Account *FakeVk::Private::findByLogin(const QString &login)
{
    QString phone = login.trimmed();
    if (phone.startsWith(QLatin1Char('+')))
        phone.remove(0, 1);
    for (auto &entry : accounts) {
        Account &a = entry.second;
        if (a.login.compare(login.trimmed(), Qt::CaseInsensitive) == 0
            || (!a.phone.isEmpty() && a.phone == phone))
            return &a;
    }
    return nullptr;
}

AccountState &FakeVk::Private::state(qint64 userId)
{
    return states[userId];
}

bool FakeVk::Private::captchaDue(const Account &account)
{
    return state(account.userId).captchasPassed < account.captchasBeforeLogin;
}

QString FakeVk::Private::randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString FakeVk::Private::newToken(const TokenInfo &info)
{
    QByteArray raw(48, '\0');
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    const QString token = QStringLiteral("vk1.a.")
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    tokens.insert(token, info);
    return token;
}

QString FakeVk::Private::newCaptchaSid(qint64 userId)
{
    QString sid;
    for (int i = 0; i < 12; ++i)
        sid += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    captchaSids.insert(sid, userId);
    return sid;
}

bool FakeVk::Private::takeCaptcha(const QString &sid, const QString &key)
{
    if (sid.isEmpty() || !captchaSids.contains(sid))
        return false;
    captchaSids.remove(sid); // one try per sid, as VK
    return key == captchaKey;
}

bool FakeVk::Private::clientKnown(
    const QString &id, const QString &secret, const QHash<QString, QString> &extra, bool *idKnown)
{
    const auto &official = officialClients();
    *idKnown = official.contains(id) || extra.contains(id);
    if (official.contains(id))
        return official.value(id) == secret;
    return extra.contains(id) && extra.value(id) == secret;
}

quint32 FakeVk::Private::parseScope(const QString &text)
{
    bool ok = false;
    const quint32 number = text.trimmed().toUInt(&ok);
    if (ok)
        return number;
    static const QHash<QString, quint32> names {
        {QStringLiteral("notify"), 1},
        {QStringLiteral("friends"), 2},
        {QStringLiteral("photos"), 4},
        {QStringLiteral("audio"), 8},
        {QStringLiteral("video"), 16},
        {QStringLiteral("stories"), 64},
        {QStringLiteral("pages"), 128},
        {QStringLiteral("menu"), 256},
        {QStringLiteral("link"), 256},
        {QStringLiteral("status"), 1024},
        {QStringLiteral("notes"), 2048},
        {QStringLiteral("messages"), 4096},
        {QStringLiteral("wall"), 8192},
        {QStringLiteral("ads"), 32768},
        {QStringLiteral("offline"), 65536},
        {QStringLiteral("docs"), 131072},
        {QStringLiteral("groups"), 262144},
        {QStringLiteral("notifications"), 524288},
        {QStringLiteral("stats"), 1048576},
        {QStringLiteral("email"), 4194304},
        {QStringLiteral("market"), 134217728},
        {QStringLiteral("phone"), 268435456},
    };
    quint32 mask = 0;
    for (const QString &name : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        mask |= names.value(name.toLower());
    return mask;
}

qint64 FakeVk::Private::expiresInFor(quint32 scope)
{
    return (scope & 65536u) ? 0 : 86400;
}

QString FakeVk::Private::phoneMask(const QString &phone)
{
    if (phone.size() < 4)
        return QStringLiteral("+* *** *** ** **");
    const int country = qMax(1, int(phone.size()) - 10);
    return QStringLiteral("+%1 *** *** ** %2").arg(phone.left(country), phone.right(2));
}

// ---- FakeVk ----

FakeVk::FakeVk(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
}

FakeVk::~FakeVk() = default;

bool FakeVk::start(quint16 port)
{
    const quint16 bound = d->server.listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return false;
    d->port = bound;
    return true;
}

bool FakeVk::listenSiteOn(const QString &address)
{
    const QHostAddress host(address);
    if (d->port == 0 || host.isNull() || !host.isLoopback())
        return false;
    if (d->server.listen(host, d->port) != d->port)
        return false;
    d->siteAddress = host.toString();
    return true;
}

quint16 FakeVk::port() const
{
    return d->port;
}

QUrl FakeVk::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->port));
}

void FakeVk::exportEnvironment() const
{
    const QByteArray base = baseUrl().toEncoded();
    for (const char *name :
        {"VKAUTH_OAUTH_URL", "VKAUTH_LOGIN_URL", "VKAUTH_SITE_URL", "VKAUTH_API_URL", "VKAUTH_ID_URL"})
        qputenv(name, base);
}

void FakeVk::addAccount(const Account &account)
{
    d->accounts[account.userId] = account;
    d->states.insert(account.userId, AccountState {});
}

Account *FakeVk::account(qint64 userId)
{
    const auto it = d->accounts.find(userId);
    return it == d->accounts.end() ? nullptr : &it->second;
}

void FakeVk::clear()
{
    d->accounts.clear();
    d->states.clear();
    d->tokens.clear();
    d->faults.clear();
    d->records.clear();
    d->captchaSids.clear();
    d->validationSids.clear();
    d->sessions.clear();
    d->loginCookies.clear();
    d->grants.clear();
    d->clientStatus.clear();
    d->tokenErrors.clear();
    d->vkid.clear();
}

FakeVkId &FakeVk::vkid()
{
    return d->vkid;
}

void FakeVk::allowClient(const QString &clientId, const QString &clientSecret)
{
    d->clients.insert(clientId, clientSecret);
}

void FakeVk::setClientStatus(const QString &clientId, ClientStatus status)
{
    if (status == ClientStatus::Works)
        d->clientStatus.remove(clientId);
    else
        d->clientStatus.insert(clientId, status);
}

void FakeVk::setTokenError(const QString &token, int apiErrorCode)
{
    if (apiErrorCode == 0)
        d->tokenErrors.remove(token);
    else
        d->tokenErrors.insert(token, apiErrorCode);
}

void FakeVk::setCaptchaKey(const QString &key)
{
    d->captchaKey = key;
}

QString FakeVk::captchaKey() const
{
    return d->captchaKey;
}

QByteArray FakeVk::captchaImage() const
{
    return renderCaptchaPng(d->captchaKey);
}

QString FakeVk::notRobotSuccessToken() const
{
    return d->notRobotToken;
}

void FakeVk::setFault(const QString &path, Fault fault)
{
    if (fault == Fault::None)
        d->faults.remove(path);
    else
        d->faults.insert(path, fault);
}

void FakeVk::setFaultDelayMs(int ms)
{
    d->faultDelayMs = ms;
}

void FakeVk::setImageBytes(qint64 bytes)
{
    d->imageBytes = bytes;
}

void FakeVk::setHugeBodyBytes(qint64 bytes)
{
    d->hugeBodyBytes = bytes;
}

QString FakeVk::issueUserToken(qint64 userId, quint32 scope, qint64 expiresIn)
{
    const qint64 expiresAt = expiresIn > 0 ? QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000 : 0;
    return d->newToken(TokenInfo {false, userId, scope, expiresAt});
}

QString FakeVk::issueGroupToken(qint64 groupId, quint32 scope, qint64 expiresIn)
{
    const qint64 expiresAt = expiresIn > 0 ? QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000 : 0;
    return d->newToken(TokenInfo {true, groupId, scope, expiresAt});
}

void FakeVk::setCommunityTokenLifetime(qint64 seconds)
{
    d->communityTokenLifetime = seconds;
}

void FakeVk::revokeToken(const QString &token)
{
    d->tokens.remove(token);
}

bool FakeVk::isValidToken(const QString &token) const
{
    const auto it = d->tokens.constFind(token);
    return it != d->tokens.constEnd()
        && (it->expiresAt == 0 || it->expiresAt > QDateTime::currentMSecsSinceEpoch());
}

QStringList FakeVk::issuedTokens() const
{
    return d->tokens.keys();
}

QList<RecordedRequest> FakeVk::requests() const
{
    return d->records;
}

QList<RecordedRequest> FakeVk::requests(const QString &path) const
{
    QList<RecordedRequest> out;
    for (const auto &r : d->records) {
        if (r.url.path() == path)
            out.append(r);
    }
    return out;
}

void FakeVk::setPublicDomain(const QString &domain)
{
    d->publicDomain = domain;
}

QUrl FakeVk::oauthBase() const
{
    return d->publicBase("oauth");
}

QUrl FakeVk::loginBase() const
{
    return d->publicBase("login");
}

QUrl FakeVk::siteBase() const
{
    return d->publicBase("m");
}

QUrl FakeVk::apiBase() const
{
    return d->publicBase("api");
}

QUrl FakeVk::idBase() const
{
    return d->publicBase("id");
}

QUrl FakeVk::startVerification(qint64 userId, quint32 scope, bool issueToken)
{
    if (!account(userId))
        return {};
    return d->createVerification(userId, scope, issueToken);
}

void FakeVk::setControlEnabled(bool enabled)
{
    d->controlEnabled = enabled;
}

std::optional<Account> FakeVk::accountFromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Account> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    static const QStringList known {QStringLiteral("userId"), QStringLiteral("login"),
        QStringLiteral("phone"), QStringLiteral("password"), QStringLiteral("firstName"),
        QStringLiteral("lastName"), QStringLiteral("email"), QStringLiteral("groups"),
        QStringLiteral("twoFactor"), QStringLiteral("otp"), QStringLiteral("smsNeedsResend"),
        QStringLiteral("smsDelaySeconds"), QStringLiteral("captchasBeforeLogin"),
        QStringLiteral("notRobotCaptcha"), QStringLiteral("securityCheck"),
        QStringLiteral("authcheckOnVerification"), QStringLiteral("captchaOnVerification"),
        QStringLiteral("validateOnVerification"), QStringLiteral("blocked"), QStringLiteral("tooMuchTries"),
        QStringLiteral("floodControl"), QStringLiteral("challengeOnVerification")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(QStringLiteral("unknown account field \"%1\"").arg(it.key()));
    }
    auto id = [](const QJsonValue &v, bool *ok) -> qint64 {
        if (v.isString())
            return v.toString().toLongLong(ok);
        *ok = v.isDouble();
        return v.toInteger();
    };

    Account a;
    bool ok = false;
    a.userId = id(json.value(QStringLiteral("userId")), &ok);
    if (!ok || a.userId <= 0)
        return fail(QStringLiteral("userId must be a positive number or decimal string"));
    a.login = json.value(QStringLiteral("login")).toString();
    a.phone = json.value(QStringLiteral("phone")).toString();
    a.password = json.value(QStringLiteral("password")).toString();
    a.firstName = json.value(QStringLiteral("firstName")).toString(a.firstName);
    a.lastName = json.value(QStringLiteral("lastName")).toString(a.lastName);
    a.email = json.value(QStringLiteral("email")).toString();
    for (const auto &value : json.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = value.toObject();
        Group group;
        group.id = id(g.value(QStringLiteral("id")), &ok);
        if (!ok || group.id <= 0)
            return fail(QStringLiteral("group id must be a positive number"));
        group.name = g.value(QStringLiteral("name")).toString();
        group.screenName
            = g.value(QStringLiteral("screenName")).toString(QStringLiteral("club%1").arg(group.id));
        a.groups.append(group);
    }
    const QString twoFactor = json.value(QStringLiteral("twoFactor")).toString(QStringLiteral("none"));
    if (twoFactor == QLatin1String("app"))
        a.twoFactor = Account::TwoFactor::App;
    else if (twoFactor == QLatin1String("sms"))
        a.twoFactor = Account::TwoFactor::Sms;
    else if (twoFactor == QLatin1String("libverify"))
        a.twoFactor = Account::TwoFactor::LibVerify;
    else if (twoFactor == QLatin1String("flashcall"))
        a.twoFactor = Account::TwoFactor::FlashCall;
    else if (twoFactor == QLatin1String("push"))
        a.twoFactor = Account::TwoFactor::Push;
    else if (twoFactor == QLatin1String("email"))
        a.twoFactor = Account::TwoFactor::Email;
    else if (twoFactor != QLatin1String("none"))
        return fail(QStringLiteral("twoFactor must be none, app, sms, libverify, flashcall, push or email"));
    a.otp = json.value(QStringLiteral("otp")).toString(a.otp);
    a.smsNeedsResend = json.value(QStringLiteral("smsNeedsResend")).toBool();
    a.smsDelaySeconds = json.value(QStringLiteral("smsDelaySeconds")).toInt(a.smsDelaySeconds);
    a.captchasBeforeLogin = json.value(QStringLiteral("captchasBeforeLogin")).toInt();
    a.notRobotCaptcha = json.value(QStringLiteral("notRobotCaptcha")).toBool();
    a.securityCheck = json.value(QStringLiteral("securityCheck")).toBool();
    a.authcheckOnVerification = json.value(QStringLiteral("authcheckOnVerification")).toBool();
    a.captchaOnVerification = json.value(QStringLiteral("captchaOnVerification")).toBool();
    a.validateOnVerification = json.value(QStringLiteral("validateOnVerification")).toBool();
    a.blocked = json.value(QStringLiteral("blocked")).toBool();
    a.tooMuchTries = json.value(QStringLiteral("tooMuchTries")).toBool();
    a.floodControl = json.value(QStringLiteral("floodControl")).toBool();
    a.challengeOnVerification = json.value(QStringLiteral("challengeOnVerification")).toBool();
    return a;
}

} // namespace fakevk
