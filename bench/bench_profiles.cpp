// SPDX-License-Identifier: MIT
// Writes a profile index of N profiles (three accounts in four, each fourth a community of the account
// before it) into DIR/profiles.json, the way ProfileStore writes it. No secrets: start-up and "list"
// read only the index.
//   bench_profiles DIR N
#include "profiles/ProfileStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace vkauth;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() == 3 ? args.at(2).toInt() : -1;
    if (count < 0) {
        std::fprintf(stderr, "usage: bench_profiles DIR N\n");
        return 2;
    }
    ProfileStore store(ProfileStore::Options {args.at(1)});
    if (store.load().status == ProfileStore::LoadReport::Status::Failed)
        return 1;
    QList<Profile> list;
    list.reserve(count);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        Profile p;
        const bool community = i % 4 == 3;
        p.kind = community ? TokenKind::Community : TokenKind::User;
        p.vkId = community ? 200000 + i : 100000 + i;
        p.ownerId = community ? 100000 + i - 1 : 0;
        p.appKey = QStringLiteral("android");
        p.appClientId = QStringLiteral("2274003");
        p.appName = QStringLiteral("VK for Android");
        p.id = Profile::makeId(p.kind, p.vkId, p.appClientId);
        p.name = community ? QStringLiteral("Community %1").arg(i) : QStringLiteral("Person Number%1").arg(i);
        p.scope = community ? 4096u : 65536u | 8192u | 2u; // messages; offline, wall, friends
        p.obtainedAt = now.addSecs(-i);
        p.expiresAt = i % 2 ? now.addDays(1 + i % 300) : QDateTime();
        p.email = community ? QString() : QStringLiteral("user%1@example.org").arg(i);
        p.hasTrustedHash = !community;
        list << p;
    }
    return store.commitImport(list) ? 0 : 1;
}
