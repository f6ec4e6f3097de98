// Renders the app's SVG icon to the PNG sizes of the hicolor theme at build time:
//   vkauth-render-icon ICON.svg OUTDIR SIZE... → OUTDIR/<SIZE>x<SIZE>/apps/<name of ICON>.png
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // a build step: no display needed
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments().mid(1);
    if (args.size() < 3) {
        std::fputs("usage: vkauth-render-icon ICON.svg OUTDIR SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "vkauth-render-icon: cannot read %s\n", qPrintable(args.at(0)));
        return 1;
    }
    const QString name = QFileInfo(args.at(0)).completeBaseName() + QStringLiteral(".png");
    for (const QString &sizeText : args.mid(2)) {
        const int size = sizeText.toInt();
        if (size <= 0)
            return 2;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(1)).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + u'/' + name)) {
            std::fprintf(stderr, "vkauth-render-icon: cannot write %s\n", qPrintable(dir + u'/' + name));
            return 1;
        }
    }
    return 0;
}
