// SPDX-License-Identifier: MIT
#include "TimeoutOption.h"

#include "CommandParser.h"

#include <QRegularExpression>

namespace vkauth::cli {

QCommandLineOption TimeoutOption::option()
{
    return QCommandLineOption(QStringLiteral("timeout"),
        tr("Timeout of each request, with a unit: 10s, 500ms (default: the app's setting)."), tr("TIME"));
}

std::optional<int> TimeoutOption::read(const CommandParser &parser, int fallbackMs, QString *error)
{
    if (!parser.isSet(QStringLiteral("timeout")))
        return fallbackMs;
    return parse(parser.value(QStringLiteral("timeout")), error);
}

std::optional<int> TimeoutOption::parse(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})(ms|s)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const qint64 number = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    if (match.hasMatch() && match.captured(2).isEmpty()) {
        const QString seconds = number % 1000 == 0 ? QStringLiteral(" (%1s)").arg(number / 1000) : QString();
        *error = tr("--timeout needs a unit: write %1ms%2.").arg(number).arg(seconds);
        return std::nullopt;
    }
    const qint64 ms = match.captured(2) == u"s" ? number * 1000 : number;
    if (!match.hasMatch() || ms <= 0 || ms > kMaxMs) {
        *error
            = tr("--timeout needs a duration from 1ms to 3600s, such as 10s or 500ms; got \"%1\".").arg(text);
        return std::nullopt;
    }
    return int(ms);
}

} // namespace vkauth::cli
