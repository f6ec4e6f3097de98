// SPDX-License-Identifier: MIT
#include "net/Redact.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace vkauth::Redact {

namespace {
const QString kMask = QStringLiteral("***");
// Keys whose values are secrets, wherever they appear (query, fragment, form, JSON, free text).
const QString kSecretKeys = QStringLiteral(
    "password|passwd|pass|code|captcha_key|client_secret|trusted_hash|success_token|refresh_token|id_token|"
    "token|code_verifier|device_id|passphrase|secret|sid_token|access_token(?:_\\d+)?");
// Keys whose values identify a person: hidden in URLs and bodies that reach a log.
const QString kPersonalKeys = QStringLiteral("username|login|email|phone");
constexpr int kMaxDepth = 4; // nested encodings followed (a redirect_uri inside a to= inside ...)

bool isPersonalKey(const QString &key)
{
    static const QRegularExpression personal(
        QStringLiteral("^(?:%1)$").arg(kPersonalKeys), QRegularExpression::CaseInsensitiveOption);
    return personal.match(key).hasMatch();
}

QString redactQuery(const QString &encoded, int depth);

// A value that is not itself secret may carry secrets inside: a percent-encoded URL or form
// ("to=https%3A%2F%2Fx%2F%23access_token%3D..."), any number of levels deep.
QString redactValue(const QString &encoded, int depth)
{
    if (depth >= kMaxDepth)
        return text(encoded);
    const QString decoded = QUrl::fromPercentEncoding(encoded.toUtf8());
    if (decoded == encoded)
        return text(encoded);
    const qsizetype mark = decoded.indexOf(u'?') >= 0 ? decoded.indexOf(u'?') : decoded.indexOf(u'#');
    QString inner;
    if (decoded.contains(u'=')) {
        // A URL: redact its query and fragment; a bare form: redact it whole.
        if (mark >= 0) {
            const QString head = decoded.left(mark + 1);
            QString rest = decoded.mid(mark + 1);
            const qsizetype hash = head.endsWith(u'?') ? rest.indexOf(u'#') : -1;
            if (hash >= 0)
                inner = head + redactQuery(rest.left(hash), depth + 1) + u'#'
                    + redactQuery(rest.mid(hash + 1), depth + 1);
            else
                inner = head + redactQuery(rest, depth + 1);
        } else {
            inner = redactQuery(decoded, depth + 1);
        }
    } else {
        inner = redactValue(decoded, depth + 1);
    }
    if (inner == decoded)
        return encoded;
    return QString::fromLatin1(QUrl::toPercentEncoding(inner));
}

QString redactQuery(const QString &encoded, int depth)
{
    QStringList parts = encoded.split(u'&');
    for (QString &part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = QUrl::fromPercentEncoding(part.left(eq).toUtf8());
        const QString value = part.mid(eq + 1);
        if (value.isEmpty())
            continue;
        if (isSecretKey(key) || isPersonalKey(key))
            part = part.left(eq + 1) + kMask;
        else
            part = part.left(eq + 1) + redactValue(value, depth);
    }
    return parts.join(u'&');
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
    QString out = copy.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (copy.hasQuery())
        out += u'?' + redactQuery(copy.query(QUrl::FullyEncoded), 0);
    if (copy.hasFragment())
        out += u'#' + redactQuery(copy.fragment(QUrl::FullyEncoded), 0);
    return out;
}

QString form(const QByteArray &urlEncodedBody)
{
    return redactQuery(QString::fromUtf8(urlEncodedBody), 0);
}

QString text(const QString &input)
{
    // "key": "any value, spaces and \"escapes\" included"
    static const QRegularExpression quoted(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"").arg(kSecretKeys),
        QRegularExpression::CaseInsensitiveOption);
    // key=value, key: value, "key"=value, and their percent-encoded form key%3Dvalue (inside another
    // URL); the key must not be the tail of a longer word ("passcode" is not "code"), but may follow
    // an encoded delimiter ("%23access_token").
    static const QRegularExpression pairs(
        QStringLiteral("((?:(?<![A-Za-z0-9_])|(?<=%[0-9A-Fa-f]{2}))\"?(?:%1)\"?(?:\\s*[:=]\\s*|%3[Dd]))"
                       "(?!\"?\\*\\*\\*)\"?(?:(?!%2[236]|%23)[^\"&\\s,}#;])+\"?")
            .arg(kSecretKeys),
        QRegularExpression::CaseInsensitiveOption);
    QString out = input;
    out.replace(quoted, QStringLiteral("\\1\"***\""));
    out.replace(pairs, QStringLiteral("\\1***"));
    return out;
}

} // namespace vkauth::Redact
