// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace vkauth {

// The index's dates. The store writes UTC as "YYYY-MM-DDTHH:MM:SSZ" (or with ".zzz" before the
// "Z"); those are read by hand, ten times faster than QDateTime::fromString, which reads anything
// else (offsets, other ISO-8601 forms). The result is UTC, or invalid when the text is no date.
namespace IsoDate {

QDateTime parseUtc(const QString &text);
QString toUtc(const QDateTime &date); // "" for an invalid date

} // namespace IsoDate
} // namespace vkauth
