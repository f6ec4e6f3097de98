// SPDX-License-Identifier: MIT
#include "Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vkauth::cli {

void Output::message(const QString &text)
{
    m_err << text << Qt::endl;
}

void Output::line(const QString &text)
{
    m_out << text << Qt::endl;
}

void Output::document(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented)) << Qt::flush;
}

void Output::streamLine(const QString &text)
{
    m_out << text << '\n';
}

void Output::beginArray()
{
    m_items = 0;
    m_out << "[\n";
}

void Output::arrayItem(const QJsonObject &item)
{
    QByteArray text = QJsonDocument(item).toJson(QJsonDocument::Indented);
    text.chop(1); // its final newline
    text.replace('\n', "\n    ");
    m_out << (m_items++ == 0 ? "    " : ",\n    ") << QString::fromUtf8(text);
}

void Output::endArray()
{
    m_out << (m_items > 0 ? "\n]\n" : "]\n") << Qt::flush;
}

int Output::fail(ExitCode code, const QString &message)
{
    return fail(code, codeName(code), message);
}

int Output::fail(const AuthError &error)
{
    return fail(exitCodeFor(error.code), error.codeName(), error.message, error.details, error.reason);
}

int Output::fail(ExitCode code, const QString &codeName, const QString &message)
{
    return fail(code, codeName, message, QString());
}

int Output::fail(ExitCode code, const QString &codeName, const QString &message, const QString &details,
    const QString &reason)
{
    QString text = message;
    if (m_verbose) {
        text = formatError(message, details);
    } else if (const QString words = humanWords(message, details); !words.isEmpty()) {
        const bool ended = message.endsWith(u'.') || message.endsWith(u'!') || message.endsWith(u'?');
        text += (ended ? QStringLiteral(" ") : QStringLiteral(". ")) + words;
    }
    m_err << "vkauth-cli: " << text << Qt::endl;
    if (m_json) {
        QJsonObject error {{QStringLiteral("code"), codeName}, {QStringLiteral("message"), text}};
        if (!details.isEmpty())
            error.insert(QStringLiteral("details"), details);
        if (!reason.isEmpty())
            error.insert(QStringLiteral("reason"), reason);
        document(QJsonObject {{QStringLiteral("error"), error}});
    }
    return code;
}

QString Output::humanWords(const QString &message, const QString &details)
{
    static const QRegularExpression technical(QStringLiteral("[_;{}\\[\\]=<>/\\\\|#@]"));
    QStringList words;
    for (const QString &part : details.split(QStringLiteral(": "), Qt::SkipEmptyParts)) {
        const QString text = part.trimmed();
        const bool sentence = text.contains(u' ') && text.front().isLetter() && !text.contains(technical);
        if (sentence && !message.contains(text, Qt::CaseInsensitive) && !words.contains(text))
            words << text;
    }
    if (words.isEmpty())
        return {};
    QString joined = words.join(QStringLiteral(". "));
    if (!joined.endsWith(u'.') && !joined.endsWith(u'!') && !joined.endsWith(u'?'))
        joined += u'.';
    joined[0] = joined[0].toUpper();
    return joined;
}

QString Output::codeName(ExitCode code)
{
    switch (code) {
    case Ok:
        return QStringLiteral("OK");
    case Usage:
        return QStringLiteral("BAD_USAGE");
    case AuthRefused:
        return QStringLiteral("AUTHORIZATION_FAILED");
    case Network:
        return QStringLiteral("NETWORK_ERROR");
    case Keychain:
        return QStringLiteral("KEYCHAIN_ERROR");
    case NotFound:
        return QStringLiteral("PROFILE_NOT_FOUND");
    case Cancelled:
        return QStringLiteral("CANCELLED");
    case NeedsBrowser:
        return QStringLiteral("NEEDS_BROWSER");
    case Ambiguous:
        return QStringLiteral("PROFILE_AMBIGUOUS");
    case NotAllValid:
        return QStringLiteral("NOT_ALL_VALID");
    case Failure:
        break;
    }
    return QStringLiteral("FAILED");
}

} // namespace vkauth::cli
