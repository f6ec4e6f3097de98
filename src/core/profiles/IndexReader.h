// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QByteArrayView>
#include <QList>

#include <functional>
#include <optional>

namespace vkauth {

// The profile index read straight from its UTF-8 bytes into profiles, without a QJsonDocument (whose
// element table and byte store were most of the read's time and peak memory). A JSON reader for the
// index's one shape, {"schema": N, "app": "vkauth", "profiles": [{...}, ...]}: keys in any order,
// whitespace anywhere, unknown keys skipped whatever their value, string escapes (\uXXXX and
// surrogates kept as the code units they name, as Qt does).
//
// It reads exactly what ProfileIndex::parseWithQt (QJsonDocument + Profile::fromJson) reads, or
// nothing: std::nullopt for anything it does not handle — a duplicate key it uses, an escaped key,
// numbers with a fraction or an exponent or over 18 digits, raw control characters in strings,
// nesting deeper than 64, a byte order mark — and for every error (bad JSON, a schema out of range,
// a damaged entry). The caller then reads the same bytes the Qt way, which gives today's result
// and today's problem text. It never accepts what the Qt path refuses, nor reads a profile
// differently (tst_indexreader compares the two; tests/fuzz/fuzz_index does so on random input).
namespace IndexReader {

std::optional<QList<Profile>> read(QByteArrayView content, int maxSchema);

// The same, each profile read in place where the caller wants it (ProfileStore::load reads straight
// into its records: no list of 10,000 profiles to move from). reserve() once with the count, add()
// once per profile; on false the caller drops what add() made and reads the Qt way.
struct Sink
{
    std::function<void(qsizetype count)> reserve;
    std::function<Profile &()> add;
};
bool read(QByteArrayView content, int maxSchema, const Sink &sink);

} // namespace IndexReader
} // namespace vkauth
