// SPDX-License-Identifier: MIT
#include "profiles/IsoDate.h"

namespace vkauth::IsoDate {
namespace {

// Reads `count` ASCII digits at `from`; -1 when any is not a digit.
int digits(const QChar *text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isAt(const QChar *text, int at, char16_t c)
{
    return text[at].unicode() == c;
}

// "YYYY-MM-DDTHH:MM:SSZ" (20) or "YYYY-MM-DDTHH:MM:SS.zzzZ" (24); anything else is not ours.
QDateTime fastPath(const QString &text)
{
    const int size = int(text.size());
    if (size != 20 && size != 24)
        return {};
    const QChar *s = text.constData();
    if (!isAt(s, 4, u'-') || !isAt(s, 7, u'-') || !isAt(s, 10, u'T') || !isAt(s, 13, u':')
        || !isAt(s, 16, u':') || !isAt(s, size - 1, u'Z'))
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
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime parseUtc(const QString &text)
{
    if (const QDateTime fast = fastPath(text); fast.isValid())
        return fast;
    const QDateTime date = QDateTime::fromString(text, Qt::ISODate);
    return date.isValid() ? date.toUTC() : QDateTime();
}

QString toUtc(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace vkauth::IsoDate
