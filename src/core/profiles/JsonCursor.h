// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

namespace vkauth {

// A strict JSON reader over UTF-8 bytes, one token at a time, for IndexReader. Strict: every
// method returns false at anything it does not handle, and the caller then leaves the whole input to
// Qt's reader. What it accepts, Qt's QJsonDocument::fromJson accepts and reads the same: RFC 8259
// JSON without raw control characters in strings, without numbers that have a fraction, an exponent
// or over 18 digits, without "-0", and nested at most kMaxDepth deep (Qt: 1024).
class JsonCursor
{
public:
    static constexpr int kMaxDepth = 64;

    // One JSON string: the bytes between its quotes, already checked.
    struct Text
    {
        QByteArrayView raw;
        bool escaped = false;
        bool ascii = true; // no byte of 0x80 or more (meaningful when not escaped)
    };

    explicit JsonCursor(QByteArrayView content)
        : m_at(content.data())
        , m_end(content.data() + content.size())
    {
    }

    // Past any whitespace; the next byte, or 0 at the end (a 0 byte is no token either).
    char peek()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
        return m_at < m_end ? *m_at : '\0';
    }

    // Past whitespace and `c`; false (nothing taken but the whitespace) when `c` is not next.
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }

    bool atEnd() const { return m_at == m_end; }
    // Where the cursor is (after peek(): at the next token), to take the bytes of a skipped value.
    const char *position() const { return m_at; }

    // At the opening quote (after peek()): checks the string and steps past its closing quote.
    bool text(Text &out);
    // The string's text, as Qt's reader makes it: UTF-8 decoded, each escape one UTF-16 code unit
    // (a lone surrogate stays one, a pair makes its character).
    static QString decode(const Text &text);
    // At a number: -?(0|[1-9][0-9]*) of at most 18 digits, not "-0", with no fraction or exponent.
    bool integer(qint64 &out);
    // Any value, checked and skipped; `depth` is its nesting level.
    bool skipValue(int depth);
    // Just after an array's '[': how many objects it holds, counted without checking anything (a
    // hint, e.g. to reserve a list; the reading pass checks). The cursor does not move.
    qsizetype countObjects() const;

    // Past the '{': each member's key (unescaped: an escaped key is refused) to `member`, which
    // reads its value.
    template <typename Member> bool members(Member &&member);
    // Past the '[': `element` reads each value.
    template <typename Element> bool elements(Element &&element);

private:
    template <std::size_t N> bool literal(const char (&word)[N]);

    const char *m_at;
    const char *m_end;
};

template <typename Member> bool JsonCursor::members(Member &&member)
{
    if (peek() == '}') {
        ++m_at;
        return true;
    }
    for (;;) {
        Text key;
        if (peek() != '"' || !text(key) || key.escaped || !take(':'))
            return false;
        if (!member(key.raw))
            return false;
        const char next = peek();
        if (next != ',' && next != '}')
            return false;
        ++m_at;
        if (next == '}')
            return true;
    }
}

template <typename Element> bool JsonCursor::elements(Element &&element)
{
    if (peek() == ']') {
        ++m_at;
        return true;
    }
    for (;;) {
        if (!element())
            return false;
        const char next = peek();
        if (next != ',' && next != ']')
            return false;
        ++m_at;
        if (next == ']')
            return true;
    }
}

} // namespace vkauth
