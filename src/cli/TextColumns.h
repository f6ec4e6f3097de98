// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace vkauth::cli {

// Fixed-width columns for a terminal ("list", "check --all"): widths count what a terminal shows,
// not UTF-16 units — a CJK character or an emoji takes two columns, a combining mark none — and a
// cell longer than its column ends in "…".
namespace TextColumns {

// Shared by "list" and "check --all": an id fits whole (and is never cut), a name ends in "…".
constexpr qsizetype kId = 28;
constexpr qsizetype kName = 24;

// Columns `text` takes on a terminal.
qsizetype width(QStringView text);
// Appends `text` to `line`, cut to `columns` (its last column then "…") and padded with spaces to
// exactly `columns`.
void append(QString &line, QStringView text, qsizetype columns);
// append(), then the two spaces between columns: every column of a row but the last.
inline void cell(QString &line, QStringView text, qsizetype columns)
{
    append(line, text, columns);
    line += u"  ";
}

} // namespace TextColumns

} // namespace vkauth::cli
