#include "net/Redact.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace vkauth::Redact {

namespace {
const QString kMask = QStringLiteral("***");
// Keys whose values are secrets, wherever they appear (query, fragment, form, JSON, free text).
const QString kSecretKeys = QStringLiteral(
    "password|pass|code|captcha_key|client_secret|trusted_hash|success_token|refresh_token|id_token|"
    "token|code_verifier|passphrase|access_token(?:_\\d+)?");

QString redactQuery(const QString &encoded)
{
    QUrlQuery query(encoded);
    auto items = query.queryItems(QUrl::FullyEncoded);
    for (auto &[key, value] : items) {
        if (isSecretKey(QUrl::fromPercentEncoding(key.toUtf8())))
            value = kMask;
    }
    query.setQueryItems(items);
    return query.toString(QUrl::FullyEncoded);
}
} // namespace

bool isSecretKey(const QString &key)
{
    static const QRegularExpression secret(
        QStringLiteral("^(?:%1)$").arg(kSecretKeys), QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

QString url(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo({});
    if (copy.hasQuery())
        copy.setQuery(redactQuery(copy.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    if (copy.hasFragment())
        copy.setFragment(redactQuery(copy.fragment(QUrl::FullyEncoded)), QUrl::StrictMode);
    return copy.toString(QUrl::FullyEncoded);
}

QString form(const QByteArray &urlEncodedBody)
{
    return redactQuery(QString::fromUtf8(urlEncodedBody));
}

QString text(const QString &input)
{
    static const QRegularExpression pairs(
        QStringLiteral("(\"?)(%1)\\1(\\s*[:=]\\s*\"?)([^\"&\\s,}]+)").arg(kSecretKeys),
        QRegularExpression::CaseInsensitiveOption);
    QString out = input;
    out.replace(pairs, QStringLiteral("\\1\\2\\1\\3***"));
    return out;
}

} // namespace vkauth::Redact
