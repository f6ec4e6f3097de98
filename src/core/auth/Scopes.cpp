// SPDX-License-Identifier: MIT
#include "auth/Scopes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vkauth {

const QList<Scopes::Entry> &Scopes::table(ScopeKind kind)
{
    static const QList<Entry> user {
        {"notify", 1},
        {"friends", 2},
        {"photos", 4},
        {"audio", 8},
        {"video", 16},
        {"stories", 64},
        {"pages", 128},
        {"menu", 256},
        {"status", 1024},
        {"notes", 2048},
        {"messages", 4096},
        {"wall", 8192},
        {"ads", 32768},
        {"offline", 65536},
        {"docs", 131072},
        {"groups", 262144},
        {"notifications", 524288},
        {"stats", 1048576},
        {"email", 4194304},
        {"market", 134217728},
        {"phone", 268435456},
    };
    static const QList<Entry> community {
        {"stories", 1},
        {"photos", 4},
        {"app_widget", 64},
        {"messages", 4096},
        {"docs", 131072},
        {"manage", 262144},
    };
    return kind == ScopeKind::User ? user : community;
}

quint32 Scopes::allMask(ScopeKind kind)
{
    quint32 mask = 0;
    for (const Entry &e : table(kind))
        mask |= e.bit;
    return mask;
}

ScopeParseResult Scopes::parse(const QString &text, ScopeKind kind)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return parse(text.split(separators, Qt::SkipEmptyParts), kind);
}

ScopeParseResult Scopes::parse(const QStringList &words, ScopeKind kind)
{
    if (words.isEmpty())
        return {quint32(0), {}};
    quint32 mask = 0;
    for (const QString &raw : words) {
        const QString word = raw.trimmed().toLower();
        if (word == u"all") {
            mask |= allMask(kind);
            continue;
        }
        bool isNumber = false;
        const qulonglong number = word.toULongLong(&isNumber);
        if (isNumber) {
            if (number > 0xffffffffULL)
                return {std::nullopt,
                    QCoreApplication::translate("Scopes", "The scope mask %1 is too large.").arg(word)};
            mask |= quint32(number);
            continue;
        }
        const QString name = (kind == ScopeKind::User && word == u"link") ? QStringLiteral("menu") : word;
        bool found = false;
        for (const Entry &e : table(kind)) {
            if (name == QLatin1String(e.name)) {
                mask |= e.bit;
                found = true;
                break;
            }
        }
        if (!found) {
            const QString kindName = kind == ScopeKind::User
                ? QCoreApplication::translate("Scopes", "user")
                : QCoreApplication::translate("Scopes", "community");
            return {std::nullopt,
                QCoreApplication::translate("Scopes", "Unknown %1 scope \"%2\".")
                    .arg(kindName, raw.trimmed())};
        }
    }
    return {mask, {}};
}

QStringList Scopes::names(quint32 mask, ScopeKind kind)
{
    QStringList result;
    for (const Entry &e : table(kind)) {
        if (mask & e.bit)
            result << QString::fromLatin1(e.name);
    }
    return result;
}

} // namespace vkauth
