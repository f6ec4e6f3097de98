// SPDX-License-Identifier: MIT
#include "FakeVkPrivate.h"

#include <QtEndian>

#include <array>

// A PNG made by hand (zlib through qCompress, CRC32 here) so the fake needs no QtGui: a person
// trying the app by hand can read the captcha key off the image.

namespace fakevk {

namespace {

// 3×5 pixel glyphs, rows top to bottom, '1' = ink.
const char *glyph(QChar c)
{
    static const char *const digits[] = {
        "111101101101111",
        "010110010010111",
        "111001111100111",
        "111001111001111",
        "101101111001001",
        "111100111001111",
        "111100111101111",
        "111001010010010",
        "111101111101111",
        "111101111001111",
    };
    static const char *const letters[] = {
        "010101111101101",
        "110101110101110",
        "011100100100011",
        "110101101101110",
        "111100110100111",
        "111100110100100",
        "011100101101011",
        "101101111101101",
        "111010010010111",
        "001001001101010",
        "101110100110101",
        "100100100100111",
        "101111111101101",
        "110101101101101",
        "010101101101010",
        "110101110100100",
        "010101101110011",
        "110101110101101",
        "011100010001110",
        "111010010010010",
        "101101101101111",
        "101101101101010",
        "101101111111101",
        "101101010101101",
        "101101010010010",
        "111001010100111",
    };
    const char16_t u = c.toLower().unicode();
    if (u >= u'0' && u <= u'9')
        return digits[u - u'0'];
    if (u >= u'a' && u <= u'z')
        return letters[u - u'a'];
    return "000000010000000";
}

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ static_cast<quint8>(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type) + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(crc32(typed));
}

QByteArray png(int width, int height, char colorType, const QByteArray &raw)
{
    QByteArray header = bigEndian(quint32(width)) + bigEndian(quint32(height));
    header.append(char(8)); // bit depth
    header.append(colorType);
    header.append(char(0)); // deflate
    header.append(char(0)); // adaptive filtering
    header.append(char(0)); // no interlace
    const QByteArray zlib = qCompress(raw).mid(4); // qCompress prefixes the length; the rest is zlib
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", zlib)
        + chunk("IEND", {});
}

} // namespace

QByteArray renderAvatarPng(const QString &name)
{
    constexpr int size = 50;
    const quint32 seed = crc32(name.toUtf8());
    const char rgb[3]
        = {char(0x30 + (seed & 0x7F)), char(0x30 + ((seed >> 8) & 0x7F)), char(0x30 + ((seed >> 16) & 0x7F))};
    QByteArray raw;
    raw.reserve((size * 3 + 1) * size);
    for (int y = 0; y < size; ++y) {
        raw.append('\0'); // filter: none
        for (int x = 0; x < size; ++x) {
            const bool inner = x >= 15 && x < 35 && y >= 15 && y < 35;
            for (const char channel : rgb)
                raw.append(inner ? char(0xF0) : channel);
        }
    }
    return png(size, size, char(2), raw); // RGB
}

QByteArray renderCaptchaPng(const QString &text)
{
    constexpr int scale = 4;
    constexpr int margin = 6;
    const int width = margin * 2 + int(text.size()) * 4 * scale;
    const int height = margin * 2 + 5 * scale;

    QByteArray raw;
    raw.reserve((width + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter: none
        for (int x = 0; x < width; ++x) {
            char pixel = char(0xF0);
            const int gx = (x - margin) / scale;
            const int gy = (y - margin) / scale;
            if (x >= margin && y >= margin && gy < 5 && gx / 4 < text.size() && gx % 4 < 3) {
                if (glyph(text.at(gx / 4))[gy * 3 + gx % 4] == '1')
                    pixel = char(0x20);
            }
            raw.append(pixel);
        }
    }

    return png(width, height, char(0), raw); // grayscale
}

} // namespace fakevk
