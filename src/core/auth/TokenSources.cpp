// SPDX-License-Identifier: MIT
#include "auth/TokenSources.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace vkauth::TokenSources {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vkauth::TokenSources", text);
}

void addUnique(QList<FoundToken> &list, FoundToken token)
{
    for (const FoundToken &t : std::as_const(list)) {
        if (t.token == token.token)
            return;
    }
    list.append(std::move(token));
}

// VK's redirect: the fragment (implicit flow) or, from some tools, the query holds the parameters.
QList<FoundToken> fromAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return {};
    QUrlQuery params(url.fragment(QUrl::FullyDecoded));
    if (!params.hasQueryItem(QStringLiteral("access_token")) && params.queryItems().isEmpty())
        params = QUrlQuery(url.query(QUrl::FullyDecoded));
    QList<FoundToken> found;
    const qint64 expiresIn = params.hasQueryItem(QStringLiteral("expires_in"))
        ? params.queryItemValue(QStringLiteral("expires_in")).toLongLong()
        : -1;
    static const QRegularExpression community(QStringLiteral("^access_token_(\\d{1,15})$"));
    for (const auto &[key, value] : params.queryItems(QUrl::FullyDecoded)) {
        if (!looksLikeToken(value))
            continue;
        FoundToken t;
        t.token = value;
        t.expiresIn = expiresIn;
        t.origin = QStringLiteral("address");
        if (key == u"access_token") {
            t.kind = TokenKind::User;
            t.vkId = params.queryItemValue(QStringLiteral("user_id")).toLongLong();
        } else if (const auto m = community.match(key); m.hasMatch()) {
            t.kind = TokenKind::Community;
            t.vkId = m.captured(1).toLongLong();
        } else {
            continue;
        }
        addUnique(found, t);
    }
    return found;
}

// vk_api (python273/vk_api, VkApi._api_login): {"<login>": {"token": {"app<id>": {"scope_<mask>":
// {"access_token": "…", "expires_in": "0", "user_id": "…"}}}, "cookies": […]}; values are strings.
QList<FoundToken> fromVkApiConfig(const QJsonObject &root)
{
    QList<FoundToken> found;
    for (auto account = root.begin(); account != root.end(); ++account) {
        const QJsonObject apps = account.value().toObject().value(u"token").toObject();
        for (auto app = apps.begin(); app != apps.end(); ++app) {
            const QJsonObject scopes = app.value().toObject();
            for (auto scope = scopes.begin(); scope != scopes.end(); ++scope) {
                const QJsonObject entry = scope.value().toObject();
                const QString token = entry.value(u"access_token").toString();
                if (!looksLikeToken(token))
                    continue;
                const auto number = [&entry](QStringView key) {
                    const QJsonValue v = entry.value(key);
                    return v.isString() ? v.toString().toLongLong() : v.toInteger(-1);
                };
                FoundToken t;
                t.token = token;
                t.kind = TokenKind::User;
                t.vkId = qMax<qint64>(0, number(u"user_id"));
                t.expiresIn = entry.contains(u"expires_in") ? number(u"expires_in") : -1;
                if (app.key().startsWith(u"app"))
                    t.appClientId = app.key().mid(3);
                if (scope.key().startsWith(u"scope_"))
                    t.scope = scope.key().mid(6).toUInt();
                t.origin = QStringLiteral("vk_api");
                addUnique(found, t);
            }
        }
    }
    return found;
}

// NAME=value lines, with `export`, quotes and comments, where NAME says TOKEN.
QList<FoundToken> fromEnv(const QString &text)
{
    static const QRegularExpression line(
        QStringLiteral("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$"));
    QList<FoundToken> found;
    for (const QString &raw : text.split(u'\n')) {
        const auto m = line.match(raw);
        if (!m.hasMatch() || !m.captured(1).contains(QLatin1String("TOKEN"), Qt::CaseInsensitive))
            continue;
        QString value = m.captured(2);
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        else if (const qsizetype hash = value.indexOf(QLatin1String(" #")); hash >= 0)
            value = value.left(hash).trimmed();
        if (!looksLikeToken(value))
            continue;
        FoundToken t;
        t.token = value;
        t.origin = QStringLiteral("env ") + m.captured(1);
        addUnique(found, t);
    }
    return found;
}

} // namespace

bool looksLikeToken(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._\\-]{40,512}$"));
    return shape.match(text).hasMatch();
}

FoundTokens read(const QByteArray &input)
{
    FoundTokens result;
    if (input.size() > maxInput) {
        result.problem = tr("This is too long for a token or a token file (over 1 MiB).");
        return result;
    }
    const QString text = QString::fromUtf8(input).trimmed();
    if (text.isEmpty()) {
        result.problem = tr("Paste a token, VK's address with access_token, or a file's contents.");
        return result;
    }
    if (text.startsWith(u'{')) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (json.isObject()) {
            result.tokens = fromVkApiConfig(json.object());
            if (result.tokens.isEmpty())
                result.problem = tr("This JSON holds no token in vk_api's vk_config.v2.json layout.");
            return result;
        }
    }
    if (looksLikeToken(text)) {
        FoundToken t;
        t.token = text;
        t.origin = QStringLiteral("token");
        result.tokens.append(t);
        return result;
    }
    if (text.contains(QLatin1String("access_token"))) {
        for (const QString &word :
            text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            for (const FoundToken &t : fromAddress(word))
                addUnique(result.tokens, t);
        }
    }
    for (const FoundToken &t : fromEnv(text))
        addUnique(result.tokens, t);
    if (result.tokens.isEmpty())
        result.problem = tr("No token found. Paste the token itself, VK's blank.html address with "
                            "access_token, or the contents of vk_config.v2.json or a .env file.");
    return result;
}

} // namespace vkauth::TokenSources
