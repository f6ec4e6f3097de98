// SPDX-License-Identifier: MIT
#include "profiles/JsonCursor.h"

#include <cstring>

namespace vkauth {
namespace {

// Numbers up to 18 digits fit in qint64 whatever they are; longer ones are left to Qt.
constexpr int kMaxDigits = 18;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isContinuation(const char *at, const char *end, int offset)
{
    return end - at > offset && (static_cast<unsigned char>(at[offset]) & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence at `at` (a byte of 0x80 or more), or 0: no overlong
// forms, no surrogates, nothing past U+10FFFF (what Qt's UTF-8 decoder refuses too).
int utf8Length(const char *at, const char *end)
{
    const auto lead = static_cast<unsigned char>(at[0]);
    const auto second = end - at > 1 ? static_cast<unsigned char>(at[1]) : 0;
    if (lead >= 0xC2 && lead <= 0xDF)
        return isContinuation(at, end, 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F))
            return 0;
        return isContinuation(at, end, 1) && isContinuation(at, end, 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if ((lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
            return 0;
        return isContinuation(at, end, 1) && isContinuation(at, end, 2) && isContinuation(at, end, 3) ? 4 : 0;
    }
    return 0;
}

// Bytes that stand for themselves inside a string: printable ASCII but the quote and the backslash.
struct PlainBytes
{
    bool table[256] = {};
    constexpr PlainBytes()
    {
        for (int c = 0x20; c < 0x80; ++c)
            table[c] = c != '"' && c != '\\';
    }
};
constexpr PlainBytes kPlain;

} // namespace

bool JsonCursor::text(Text &out)
{
    ++m_at;
    const char *start = m_at;
    bool escaped = false;
    bool ascii = true;
    while (m_at < m_end) {
        while (m_at < m_end && kPlain.table[static_cast<unsigned char>(*m_at)])
            ++m_at;
        if (m_at == m_end)
            break;
        const auto c = static_cast<unsigned char>(*m_at);
        if (c == '"') {
            out = Text {QByteArrayView(start, m_at - start), escaped, ascii};
            ++m_at;
            return true;
        }
        if (c < 0x20)
            return false; // Qt takes raw control characters; the store escapes them, so they are rare
        if (c == '\\') {
            escaped = true;
            if (m_end - m_at < 2)
                return false;
            const char e = m_at[1];
            if (e == 'u') {
                if (m_end - m_at < 6)
                    return false;
                for (int i = 2; i < 6; ++i) {
                    if (hexValue(m_at[i]) < 0)
                        return false;
                }
                m_at += 6;
            } else if (std::strchr("\"\\/bfnrt", e) && e != '\0') {
                m_at += 2;
            } else {
                return false; // Qt reads "\q" as "q"; JSON does not allow it
            }
        } else if (c < 0x80) {
            ++m_at;
        } else {
            ascii = false;
            const int length = utf8Length(m_at, m_end);
            if (length == 0)
                return false;
            m_at += length;
        }
    }
    return false;
}

QString JsonCursor::decode(const Text &text)
{
    if (!text.escaped)
        return text.ascii ? QString::fromLatin1(text.raw) : QString::fromUtf8(text.raw);
    QString out;
    const char *at = text.raw.data();
    const char *end = at + text.raw.size();
    while (at < end) {
        const char *run = at;
        while (at < end && *at != '\\')
            ++at;
        if (at > run)
            out += QString::fromUtf8(run, at - run);
        if (at == end)
            break;
        char16_t unit = 0;
        switch (at[1]) {
        case 'b':
            unit = u'\b';
            break;
        case 'f':
            unit = u'\f';
            break;
        case 'n':
            unit = u'\n';
            break;
        case 'r':
            unit = u'\r';
            break;
        case 't':
            unit = u'\t';
            break;
        case 'u':
            for (int i = 2; i < 6; ++i)
                unit = char16_t(unit << 4 | hexValue(at[i]));
            at += 4;
            break;
        default: // '"', '\\', '/'
            unit = char16_t(at[1]);
            break;
        }
        at += 2;
        out += QChar(unit);
    }
    return out;
}

template <std::size_t N> bool JsonCursor::literal(const char (&word)[N])
{
    constexpr auto length = qsizetype(N - 1);
    if (m_end - m_at < length || std::memcmp(m_at, word, std::size_t(length)) != 0)
        return false;
    m_at += length;
    return true;
}

bool JsonCursor::integer(qint64 &out)
{
    const bool negative = m_at < m_end && *m_at == '-';
    if (negative)
        ++m_at;
    const char *start = m_at;
    while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
        ++m_at;
    const qsizetype count = m_at - start;
    if (count == 0 || count > kMaxDigits || (*start == '0' && (count > 1 || negative)))
        return false;
    qint64 value = 0; // counted first: 18 digits cannot overflow (fuzz_index found the other order)
    for (const char *digit = start; digit < m_at; ++digit)
        value = value * 10 + (*digit - '0');
    if (m_at < m_end && (*m_at == '.' || *m_at == 'e' || *m_at == 'E'))
        return false;
    out = negative ? -value : value;
    return true;
}

bool JsonCursor::skipValue(int depth)
{
    if (depth > kMaxDepth)
        return false;
    switch (peek()) {
    case '"': {
        Text ignored;
        return text(ignored);
    }
    case '{':
        ++m_at;
        return members([this, depth](QByteArrayView) { return skipValue(depth + 1); });
    case '[':
        ++m_at;
        return elements([this, depth] { return skipValue(depth + 1); });
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default: {
        qint64 ignored = 0;
        return integer(ignored);
    }
    }
}

qsizetype JsonCursor::countObjects() const
{
    qsizetype count = 0;
    int depth = 0;
    for (const char *at = m_at; at < m_end;) {
        switch (*at++) {
        case '"':
            // To the closing quote: the next quote after an even number of backslashes.
            for (;;) {
                const auto *quote = static_cast<const char *>(std::memchr(at, '"', std::size_t(m_end - at)));
                if (!quote)
                    return count;
                const char *backslashes = quote;
                while (backslashes > at && backslashes[-1] == '\\')
                    --backslashes;
                at = quote + 1;
                if ((quote - backslashes) % 2 == 0)
                    break;
            }
            break;
        case '{':
            count += depth == 0 ? 1 : 0;
            ++depth;
            break;
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (depth-- == 0)
                return count;
            break;
        default:
            break;
        }
    }
    return count;
}

} // namespace vkauth
