// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace vkauth {

// The answer VK writes on the address a browser step ends on (blank.html, a not-robot page): key=value
// pairs in the fragment, or in the query when a failure comes back there. The one reader of it for
// the implicit flow, the account verification, and the captcha views. Values are form-decoded
// (VK writes spaces in error_description as '+'). A plain value; no policy, no catch rule.
class OAuthRedirect
{
public:
    explicit OAuthRedirect(const QUrl &url);

    bool isEmpty() const { return m_answer.isEmpty(); }
    bool has(const QString &key) const { return m_answer.hasQueryItem(key); }
    QString value(const QString &key) const;
    QStringList keys() const;

    // error=... or fail=1: VK refused; errorText() is "error: description", redacted.
    bool isError() const;
    QString errorText() const;

    // The success_token a solved not-robot check hands out, from the fragment or the query; empty if none.
    static QString successToken(const QUrl &url);

private:
    QUrlQuery m_answer;
};

} // namespace vkauth
