// SPDX-License-Identifier: MIT
// The profile index reader (profiles/IndexReader), differentially: ProfileIndex::parse (the fast
// reader, falling back to Qt) and ProfileIndex::parseWithQt (QJsonDocument + Profile::fromJson) must
// accept and refuse the same bytes, with the same problem text and the same profiles field by field;
// whatever the fast reader accepts on its own, Qt accepts too and reads the same.
#include "FuzzSupport.h"
#include "profiles/IndexReader.h"
#include "profiles/ProfileIndex.h"
#include "profiles/ProfileStore.h"

using namespace vkauth;

namespace {

bool sameDate(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || (a == b && a.timeSpec() == b.timeSpec()));
}

bool sameProfile(const Profile &a, const Profile &b)
{
    return a.id == b.id && a.kind == b.kind && a.vkId == b.vkId && a.ownerId == b.ownerId && a.name == b.name
        && a.label == b.label && a.appKey == b.appKey && a.appClientId == b.appClientId
        && a.appName == b.appName && a.scope == b.scope && sameDate(a.obtainedAt, b.obtainedAt)
        && sameDate(a.expiresAt, b.expiresAt) && a.email == b.email && a.hasTrustedHash == b.hasTrustedHash
        && sameDate(a.lastCheckAt, b.lastCheckAt) && a.lastCheck == b.lastCheck
        && a.lastCheckMessage == b.lastCheckMessage && a.lastCheckReason == b.lastCheckReason;
}

bool sameList(const QList<Profile> &a, const QList<Profile> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameProfile(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    QString problem;
    QString qtProblem;
    const auto parsed = ProfileIndex::parse(input, &problem);
    const auto qt = ProfileIndex::parseWithQt(input, &qtProblem);
    fuzz::check(parsed.has_value() == qt.has_value(), "parse and parseWithQt accept the same bytes");
    fuzz::check(problem == qtProblem, "the same problem text");
    if (qt)
        fuzz::check(sameList(*parsed, *qt), "the same profiles");
    if (const auto fast = IndexReader::read(input, ProfileStore::kSchemaVersion)) {
        fuzz::check(qt.has_value(), "the fast reader accepts nothing Qt refuses");
        fuzz::check(sameList(*fast, *qt), "the fast reader reads the profiles Qt reads");
    }
    return 0;
}
