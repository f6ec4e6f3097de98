// SPDX-License-Identifier: MIT
#include "profiles/IsoDate.h"

namespace vkauth::IsoDate {
namespace {

// The code unit at `at` as a number, for QChar and UTF-8 bytes alike.
inline char16_t unit(const QChar *text, qsizetype at)
{
    return text[at].unicode();
}

inline char16_t unit(const char *text, qsizetype at)
{
    return char16_t(static_cast<unsigned char>(text[at]));
}

// Reads `count` ASCII digits at `from`; -1 when any is not a digit.
template <typename Char> int digits(const Char *text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = unit(text, i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

template <typename Char> bool isAt(const Char *text, int at, char16_t c)
{
    return unit(text, at) == c;
}

// "YYYY-MM-DDTHH:MM:SSZ" (20) or "YYYY-MM-DDTHH:MM:SS.zzzZ" (24); anything else is not ours. Every
// position is checked against an ASCII character, so a match is ASCII: the same for QChar and bytes.
template <typename Char> QDateTime fastPath(const Char *s, qsizetype size)
{
    if (size != 20 && size != 24)
        return {};
    if (!isAt(s, 4, u'-') || !isAt(s, 7, u'-') || !isAt(s, 10, u'T') || !isAt(s, 13, u':')
        || !isAt(s, 16, u':') || !isAt(s, int(size) - 1, u'Z'))
        return {};
    int millis = 0;
    if (size == 24) {
        if (!isAt(s, 19, u'.'))
            return {};
        millis = digits(s, 20, 3);
    }
    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2);
    const int minute = digits(s, 14, 2);
    const int second = digits(s, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || millis < 0)
        return {};
    // What QDate::isValid and QTime::isValid check (there is no year 0), without building them.
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int monthDays[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year == 0 || month < 1 || month > 12 || day < 1 || day > monthDays[month - 1] || hour > 23
        || minute > 59 || second > 59)
        return {};
    // Howard Hinnant's days_from_civil (proleptic Gregorian, as QDate), for years 1 to 9999.
    const int shiftedYear = year - (month <= 2 ? 1 : 0);
    const int era = shiftedYear / 400;
    const int yearOfEra = shiftedYear - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    const qint64 days = qint64(era) * 146097 + dayOfEra - 719468;
    const qint64 msecs = days * 86400000 + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

void put(char16_t *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

} // namespace

QDateTime parseUtc(const QString &text)
{
    if (const QDateTime fast = fastPath(text.constData(), text.size()); fast.isValid())
        return fast;
    const QDateTime date = QDateTime::fromString(text, Qt::ISODate);
    return date.isValid() ? date.toUTC() : QDateTime();
}

QDateTime parseUtcUtf8(QByteArrayView text)
{
    if (const QDateTime fast = fastPath(text.data(), text.size()); fast.isValid())
        return fast;
    return parseUtc(QString::fromUtf8(text));
}

QString toUtc(const QDateTime &date)
{
    if (!date.isValid())
        return QString();
    return toIsoString(date.timeSpec() == Qt::UTC ? date : date.toUTC());
}

QString toIsoString(const QDateTime &date)
{
    constexpr qint64 kDayMs = 86400000;
    // 1000-01-01T00:00:00Z and 10000-01-01T00:00:00Z in milliseconds since the epoch.
    constexpr qint64 kFirst = -30610224000000;
    constexpr qint64 kEnd = 253402300800000;
    if (!date.isValid() || date.timeSpec() != Qt::UTC)
        return date.toString(Qt::ISODate);
    const qint64 msecs = date.toMSecsSinceEpoch();
    if (msecs < kFirst || msecs >= kEnd)
        return date.toString(Qt::ISODate);
    // Days since the epoch to the proleptic Gregorian calendar (as QDate counts), after Howard
    // Hinnant's days_from_civil inverse; the range above keeps every value positive from here on.
    const qint64 days = (msecs - kFirst) / kDayMs + (kFirst / kDayMs); // floor: msecs - kFirst >= 0
    const int secondOfDay = int((msecs - days * kDayMs) / 1000);
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

    char16_t text[20];
    char16_t *out = text;
    put(out, year, 4);
    *out++ = u'-';
    put(out, month, 2);
    *out++ = u'-';
    put(out, day, 2);
    *out++ = u'T';
    put(out, secondOfDay / 3600, 2);
    *out++ = u':';
    put(out, secondOfDay / 60 % 60, 2);
    *out++ = u':';
    put(out, secondOfDay % 60, 2);
    *out++ = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 20);
}

} // namespace vkauth::IsoDate
