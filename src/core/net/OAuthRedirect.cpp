// SPDX-License-Identifier: MIT
#include "net/OAuthRedirect.h"

#include "net/Redact.h"

namespace vkauth {

namespace {

QString decoded(const QUrlQuery &query, const QString &key)
{
    // VK encodes spaces as '+', which QUrlQuery leaves alone.
    QString raw = query.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

} // namespace

OAuthRedirect::OAuthRedirect(const QUrl &url)
    : m_answer(url.fragment(QUrl::FullyEncoded))
{
    if (m_answer.isEmpty())
        m_answer = QUrlQuery(url.query(QUrl::FullyEncoded));
}

QString OAuthRedirect::value(const QString &key) const
{
    return decoded(m_answer, key);
}

QStringList OAuthRedirect::keys() const
{
    QStringList keys;
    for (const auto &[key, unused] : m_answer.queryItems(QUrl::FullyEncoded))
        keys << key;
    return keys;
}

bool OAuthRedirect::isError() const
{
    return has(QStringLiteral("error")) || value(QStringLiteral("fail")) == u"1";
}

QString OAuthRedirect::errorText() const
{
    const QString error = value(QStringLiteral("error"));
    const QString description = value(QStringLiteral("error_description"));
    return Redact::text(description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description));
}

QString OAuthRedirect::successToken(const QUrl &url)
{
    for (const QString &part : {url.fragment(QUrl::FullyEncoded), url.query(QUrl::FullyEncoded)}) {
        const QString token = decoded(QUrlQuery(part), QStringLiteral("success_token"));
        if (!token.isEmpty())
            return token;
    }
    return {};
}

} // namespace vkauth
