// SPDX-License-Identifier: MIT
#pragma once

// Profiles for the export/import tests: every field filled, names that must never appear in an
// encrypted file, tokens shaped like VK's.
#include "transfer/ExportFormats.h"

#include <QDateTime>

namespace transfertest {

inline QString tokenFor(int i)
{
    return QStringLiteral("vk1.a.TOKEN%1_%2")
        .arg(i, 5, 10, QLatin1Char('0'))
        .arg(QString(40, QLatin1Char('x')));
}

inline QString nameFor(int i)
{
    return QStringLiteral("Secret Name %1 «Кириллица»").arg(i);
}

inline vkauth::TransferEntry entry(int i)
{
    using namespace vkauth;
    Profile p;
    p.kind = i % 3 == 2 ? TokenKind::Community : TokenKind::User;
    p.vkId = 100000 + i;
    p.ownerId = p.kind == TokenKind::Community ? 7 : 0;
    p.appKey = i % 2 ? QStringLiteral("android") : QStringLiteral("windows");
    p.appClientId = i % 2 ? QStringLiteral("2274003") : QStringLiteral("3697615");
    p.appName = i % 2 ? QStringLiteral("VK for Android") : QStringLiteral("VK for Windows");
    p.id = Profile::makeId(p.kind, p.vkId, p.appClientId);
    p.name = nameFor(i);
    p.label = i % 4 == 0 ? QStringLiteral("label %1\nwith a newline and 'quotes'").arg(i) : QString();
    p.scope = p.kind == TokenKind::User ? 140492191u : 4096u + 4u;
    p.obtainedAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC).addSecs(i);
    if (i % 5 == 0)
        p.expiresAt = p.obtainedAt.addSecs(86400);
    p.email = i % 2 ? QStringLiteral("user%1@example.org").arg(i) : QString();
    ProfileSecrets s {tokenFor(i), i % 2 ? QStringLiteral("trusted-%1").arg(i) : QString()};
    p.hasTrustedHash = !s.trustedHash.isEmpty();
    return TransferEntry {p, s};
}

inline QList<vkauth::TransferEntry> entries(int count, int from = 0)
{
    QList<vkauth::TransferEntry> list;
    for (int i = from; i < from + count; ++i)
        list << entry(i);
    return list;
}

// Field by field, so a failure names what differs.
inline QString difference(const vkauth::TransferEntry &a, const vkauth::TransferEntry &b, bool secrets = true,
    bool trustedHash = true)
{
    const vkauth::Profile &x = a.profile;
    const vkauth::Profile &y = b.profile;
    if (x.id != y.id)
        return QStringLiteral("id %1 / %2").arg(x.id, y.id);
    if (x.kind != y.kind || x.vkId != y.vkId || x.ownerId != y.ownerId)
        return QStringLiteral("kind/vkId/owner");
    if (x.name != y.name || x.label != y.label)
        return QStringLiteral("name/label of %1").arg(x.id);
    if (x.appKey != y.appKey || x.appClientId != y.appClientId || x.appName != y.appName)
        return QStringLiteral("app");
    if (x.scope != y.scope || x.email != y.email)
        return QStringLiteral("scope/email");
    if (x.obtainedAt != y.obtainedAt || x.expiresAt != y.expiresAt)
        return QStringLiteral("dates of %1").arg(x.id);
    if (secrets && a.secrets.token != b.secrets.token)
        return QStringLiteral("token of %1").arg(x.id);
    if (secrets && trustedHash
        && (a.secrets.trustedHash != b.secrets.trustedHash || x.hasTrustedHash != y.hasTrustedHash))
        return QStringLiteral("trusted hash of %1").arg(x.id);
    return {};
}

} // namespace transfertest
