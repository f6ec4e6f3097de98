// SPDX-License-Identifier: MIT
// Renders the app's SVG icon at build time, for every platform (Qt Svg only, no extra tool):
//   vkauth-render-icon ICON.svg OUTDIR SIZE...  → OUTDIR/<SIZE>x<SIZE>/apps/<ICON name>.png (hicolor)
//   vkauth-render-icon ICON.svg FILE.ico        → a Windows icon, 16..256 px PNG entries
//   vkauth-render-icon ICON.svg FILE.icns       → a macOS icon, 16..1024 px PNG entries
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

template <typename T> void append(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

// ICO: a 6-byte header, 16-byte entries, then the PNG images (Windows Vista and later read PNG entries).
QByteArray ico(QSvgRenderer &renderer)
{
    const QList<int> sizes {16, 24, 32, 48, 64, 128, 256};
    QList<QByteArray> images;
    for (int size : sizes)
        images << renderPng(renderer, size);
    QByteArray out;
    append(out, qToLittleEndian<quint16>(0));
    append(out, qToLittleEndian<quint16>(1)); // icon
    append(out, qToLittleEndian<quint16>(quint16(sizes.size())));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (int i = 0; i < sizes.size(); ++i) {
        append(out, quint8(sizes[i] >= 256 ? 0 : sizes[i])); // 0 means 256
        append(out, quint8(sizes[i] >= 256 ? 0 : sizes[i]));
        append(out, quint8(0)); // no palette
        append(out, quint8(0));
        append(out, qToLittleEndian<quint16>(1)); // planes
        append(out, qToLittleEndian<quint16>(32)); // bits per pixel
        append(out, qToLittleEndian<quint32>(quint32(images[i].size())));
        append(out, qToLittleEndian<quint32>(offset));
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out += image;
    return out;
}

// ICNS: "icns" + total length, then (type, length, PNG) entries; all big-endian.
QByteArray icns(QSvgRenderer &renderer)
{
    const QList<std::pair<const char *, int>> entries {
        {"icp4", 16},
        {"icp5", 32},
        {"icp6", 64},
        {"ic07", 128},
        {"ic08", 256},
        {"ic09", 512},
        {"ic11", 32},
        {"ic12", 64},
        {"ic13", 256},
        {"ic14", 512},
        {"ic10", 1024},
    };
    QByteArray body;
    for (const auto &[type, size] : entries) {
        const QByteArray png = renderPng(renderer, size);
        body.append(type, 4);
        append(body, qToBigEndian<quint32>(quint32(8 + png.size())));
        body += png;
    }
    QByteArray out("icns");
    append(out, qToBigEndian<quint32>(quint32(8 + body.size())));
    return out + body;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // a build step: no display needed
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments().mid(1);
    const bool single = args.size() == 2 && (args.at(1).endsWith(u".ico") || args.at(1).endsWith(u".icns"));
    if (args.size() < 3 && !single) {
        std::fputs(
            "usage: vkauth-render-icon ICON.svg OUTDIR SIZE... | ICON.svg FILE.ico | ICON.svg FILE.icns\n",
            stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "vkauth-render-icon: cannot read %s\n", qPrintable(args.at(0)));
        return 1;
    }
    if (single) {
        const QByteArray data = args.at(1).endsWith(u".ico") ? ico(renderer) : icns(renderer);
        if (!writeFile(args.at(1), data)) {
            std::fprintf(stderr, "vkauth-render-icon: cannot write %s\n", qPrintable(args.at(1)));
            return 1;
        }
        return 0;
    }
    const QString name = QFileInfo(args.at(0)).completeBaseName() + QStringLiteral(".png");
    for (const QString &sizeText : args.mid(2)) {
        const int size = sizeText.toInt();
        if (size <= 0)
            return 2;
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(1)).arg(size);
        if (!QDir().mkpath(dir) || !writeFile(dir + u'/' + name, renderPng(renderer, size))) {
            std::fprintf(stderr, "vkauth-render-icon: cannot write %s\n", qPrintable(dir + u'/' + name));
            return 1;
        }
    }
    return 0;
}
