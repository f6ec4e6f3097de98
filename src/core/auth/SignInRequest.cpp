// SPDX-License-Identifier: MIT
#include "auth/SignInRequest.h"

#include <QRegularExpression>

#include <algorithm>

namespace vkauth {

namespace {

bool isWebAddress(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == u"https" || (url.scheme() == u"http" && Endpoints::isLoopbackHost(url.host())));
}

bool isHeaderName(const QByteArray &name)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return token.match(QString::fromLatin1(name)).hasMatch();
}

} // namespace

QString SignInRequest::describe(SignInProblem::Field field)
{
    using Field = SignInProblem::Field;
    switch (field) {
    case Field::App:
        return tr("The app ID must be a number, like 2685278.");
    case Field::RedirectUri:
        return tr("Enter the redirect URL registered in the VK ID app's settings, like "
                  "http://127.0.0.1:53682/vkid (your browser needs one on 127.0.0.1 or localhost).");
    case Field::AppSecret:
        return tr("Password sign-in needs the app's secret.");
    case Field::Link:
        return tr("Paste the whole verification link, starting with https://.");
    case Field::Login:
        return tr("Enter the login (e-mail or phone number).");
    case Field::Password:
        return tr("Enter the password.");
    case Field::Phone:
        return tr("The phone number may hold only digits, spaces, ( ) - and a leading +.");
    case Field::GroupIds:
        return tr("Enter one or more communities, separated by commas: ids (12345, club12345, "
                  "public12345) or their links (vk.com/club12345).");
    case Field::ApiVersion:
        return tr("The API version looks like 5.199.");
    case Field::Timeout:
        return tr("The timeout must be more than zero.");
    case Field::Headers:
        return tr("Each header line must read \"Name: value\".");
    case Field::Domain:
        break;
    }
    return Endpoints::fromEnvironment().validate().value_or(QString());
}

QList<SignInProblem> SignInRequest::validate(bool checkPassword) const
{
    using Field = SignInProblem::Field;
    QList<SignInProblem> problems;
    const auto add = [&problems](Field field) { problems.append({field, describe(field)}); };
    const bool password = method == Method::Password;
    const bool link = method == Method::VerificationLink;
    const bool vkId = method == Method::VkId;
    if (!link && !isAppId((vkId ? vkIdApp.clientId : app.clientId).trimmed()))
        add(Field::App);
    if (vkId && !isRedirectUri(vkIdApp.redirectUri, systemBrowser))
        add(Field::RedirectUri);
    if (password && app.key == u"custom" && app.clientSecret.trimmed().isEmpty())
        add(Field::AppSecret);
    if (link && !isWebAddress(verificationLink))
        add(Field::Link);
    if (password && login.trimmed().isEmpty() && phone.trimmed().isEmpty())
        add(Field::Login);
    if (password && checkPassword && this->password.isEmpty())
        add(Field::Password);
    if ((password || link) && !phone.trimmed().isEmpty() && !isPhone(phone))
        add(Field::Phone);
    const bool badId = std::any_of(groupIds.cbegin(), groupIds.cend(), [](qint64 id) { return id <= 0; });
    if (method == Method::BrowserCommunity && (groupIds.isEmpty() || badId))
        add(Field::GroupIds);
    static const QRegularExpression version(QStringLiteral("^\\d{1,2}\\.\\d{1,4}$"));
    if (!link && !vkId && !version.match(apiVersion.trimmed()).hasMatch())
        add(Field::ApiVersion);
    if (timeoutMs <= 0)
        add(Field::Timeout);
    if (std::any_of(
            headers.cbegin(), headers.cend(), [](const HttpHeader &h) { return !isHeaderName(h.first); }))
        add(Field::Headers);
    if (const auto bad = endpoints().validate())
        problems.append({Field::Domain, *bad});
    else if (vkId && endpoints().id.isEmpty())
        problems.append({Field::Domain, tr("No VK ID address is set (VKAUTH_ID_URL).")});
    return problems;
}

std::optional<QList<qint64>> SignInRequest::parseGroupIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    // 123, -123, club123, public123, event123, and VK links to them (vk.com/club123, m.vk.ru/public123,
    // with or without https:// and a trailing query) as people copy them from the address bar.
    static const QRegularExpression id(QStringLiteral("^(?:(?:https?://)?(?:www\\.|m\\.)?vk\\.(?:com|ru)/"
                                                      "(?:club|public|event)|-|club|public|event)?"
                                                      "(\\d{1,15})/?(?:[?#]\\S*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    QList<qint64> ids;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        const auto match = id.match(word);
        const qint64 value = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (value <= 0)
            return std::nullopt;
        if (!ids.contains(value))
            ids << value;
    }
    if (ids.isEmpty())
        return std::nullopt;
    return ids;
}

std::optional<HttpHeader> SignInRequest::parseHeader(const QString &line)
{
    static const QRegularExpression header(QStringLiteral("^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\\s*:\\s*(.*)$"));
    const auto match = header.match(line.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return HttpHeader {match.captured(1).toLatin1(), match.captured(2).trimmed().toUtf8()};
}

bool SignInRequest::isPhone(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^\\+?[\\d\\s()-]{7,20}$"));
    return phone.match(text.trimmed()).hasMatch();
}

bool SignInRequest::isRedirectUri(const QUrl &url, bool loopbackOnly)
{
    if (!url.isValid() || url.host().isEmpty() || url.scheme().isEmpty())
        return false;
    if (loopbackOnly)
        return url.scheme() == u"http" && Endpoints::isLoopbackHost(url.host());
    return url.scheme() == u"https" || url.scheme() == u"http";
}

bool SignInRequest::isAppId(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[1-9]\\d{0,11}$"));
    return digits.match(text).hasMatch();
}

} // namespace vkauth
