// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace vkauth {

// The index's dates. The store writes UTC as "YYYY-MM-DDTHH:MM:SSZ" (or with ".zzz" before the
// "Z"); those are read by hand, ten times faster than QDateTime::fromString, which reads anything
// else (offsets, other ISO-8601 forms). The result is UTC, or invalid when the text is no date.
namespace IsoDate {

QDateTime parseUtc(const QString &text);
// The same for UTF-8 text (the index reader's bytes): the result of parseUtc(QString::fromUtf8(text)).
QDateTime parseUtcUtf8(QByteArrayView text);
QString toUtc(const QDateTime &date); // "" for an invalid date
// Exactly date.toString(Qt::ISODate); UTC dates of the years 1000–9999 are written by hand (about
// twenty times faster), any other date by Qt.
QString toIsoString(const QDateTime &date);

} // namespace IsoDate
} // namespace vkauth
