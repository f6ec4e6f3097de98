// SPDX-License-Identifier: MIT
#include "TextColumns.h"

#include <algorithm>

namespace vkauth::cli::TextColumns {

namespace {

bool isPlainAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u' ' && c <= u'~'; });
}

// East Asian Wide and Fullwidth blocks (as wcwidth() counts them), and the emoji blocks.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

int columnsOf(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        return isWide(c) ? 2 : 1;
    }
}

// The code point at `i` and how many UTF-16 units it takes (a lone surrogate counts as itself).
char32_t codePointAt(QStringView text, qsizetype i, qsizetype &units)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        units = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    units = 1;
    return c.unicode();
}

void pad(QString &line, qsizetype columns)
{
    if (columns > 0)
        line.resize(line.size() + columns, u' ');
}

} // namespace

qsizetype width(QStringView text)
{
    if (isPlainAscii(text))
        return text.size();
    qsizetype columns = 0;
    qsizetype units = 0;
    for (qsizetype i = 0; i < text.size(); i += units)
        columns += columnsOf(codePointAt(text, i, units));
    return columns;
}

void append(QString &line, QStringView text, qsizetype columns)
{
    if (isPlainAscii(text)) { // the common case, and list's 10,000 lines: no per-character work
        if (text.size() <= columns) {
            line += text;
            pad(line, columns - text.size());
        } else {
            line += text.first(std::max<qsizetype>(columns - 1, 0));
            line += u'\u2026';
        }
        return;
    }
    const qsizetype total = width(text);
    if (total <= columns) {
        line += text;
        pad(line, columns - total);
        return;
    }
    // Cut where one column is left for "…" (a wide character that would not fit is left out too).
    qsizetype used = 0;
    qsizetype units = 0;
    for (qsizetype i = 0; i < text.size(); i += units) {
        const int w = columnsOf(codePointAt(text, i, units));
        if (used + w > columns - 1)
            break;
        line += text.sliced(i, units);
        used += w;
    }
    line += u'\u2026';
    pad(line, columns - 1 - used);
}

} // namespace vkauth::cli::TextColumns
