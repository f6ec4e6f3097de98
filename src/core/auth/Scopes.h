// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace vkauth {

enum class ScopeKind { User, Community };

struct ScopeParseResult
{
    std::optional<quint32> mask;
    QString error; // names the bad word when mask is empty
};

// User and community permission tables (PROTOCOL.md "Scopes").
class Scopes
{
public:
    struct Entry
    {
        const char *name;
        quint32 bit;
    };

    static const QList<Entry> &table(ScopeKind kind);
    static quint32 allMask(ScopeKind kind);
    // Accepts "all", a number, or names separated by commas and/or spaces ("link" = "menu").
    static ScopeParseResult parse(const QString &text, ScopeKind kind);
    static ScopeParseResult parse(const QStringList &names, ScopeKind kind);
    static QStringList names(quint32 mask, ScopeKind kind);
};

} // namespace vkauth
