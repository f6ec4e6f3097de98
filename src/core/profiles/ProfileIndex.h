// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace vkauth {

// The profile index file, {"schema": N, "app": "vkauth", "profiles": [...]}, read and written.
// Written compact (half the bytes of the indented form to read and parse); indented files written
// by earlier versions read the same.
namespace ProfileIndex {

// The profiles, or std::nullopt with the problem in `problem`. Read by IndexReader straight from the
// bytes; whatever that reader does not take (any error, any rare form) is read by parseWithQt, so
// results and problem texts are parseWithQt's for every input.
// `content` is taken over: pass it with std::move when the caller does not need it any more.
std::optional<QList<Profile>> parse(QByteArray content, QString *problem);
// Whether a profile's field `name` that this version does not read is kept on rewrite
// (Profile::extra): fields written by a newer version are, so that rewriting the index never drops
// them; names that could hold a secret never are (an index must not carry one, whoever wrote it).
bool keepsUnknownField(const QString &name);
// The same through QJsonDocument and Profile::fromJson (the reference; tst_indexreader compares).
// It frees the raw bytes as soon as they are parsed and each profile's JSON as soon as the profile
// is made, so at most one full copy of the index is alive.
std::optional<QList<Profile>> parseWithQt(QByteArray content, QString *problem);
QByteArray serialize(const QJsonArray &profiles, int schema);

} // namespace ProfileIndex
} // namespace vkauth
