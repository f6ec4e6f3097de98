#include "Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    return fail(exitCodeFor(error.code), error.codeName(), error.text(), error.reason);
}

int Output::fail(ExitCode code, const QString &codeName, const QString &message, const QString &reason)
{
    m_err << "vkauth-cli: " << message << Qt::endl;
    if (m_json) {
        QJsonObject error {{QStringLiteral("code"), codeName}, {QStringLiteral("message"), message}};
        if (!reason.isEmpty())
            error.insert(QStringLiteral("reason"), reason);
        document(QJsonObject {{QStringLiteral("error"), error}});
    }
    return code;
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
    case Failure:
        break;
    }
    return QStringLiteral("FAILED");
}

} // namespace vkauth::cli
