// SPDX-License-Identifier: MIT
#include "profiles/ProfileAvatars.h"

#include "profiles/AvatarCache.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <iterator>

namespace vkauth::gui {
namespace {

constexpr qsizetype kAvatarCacheBytes = 8 * 1024 * 1024;

// Mid-dark colours that white letters read on (4.5:1 or better).
const QColor kColors[] = {QColor(0x2a, 0x5f, 0x9e), QColor(0x2e, 0x7d, 0x32), QColor(0xb2, 0x3c, 0x17),
    QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x69, 0x5c), QColor(0xad, 0x14, 0x57), QColor(0x45, 0x5a, 0x64),
    QColor(0x8d, 0x4e, 0x0b)};

size_t colorIndex(qint64 vkId)
{
    const quint64 mixed = quint64(vkId) * 0x9E3779B97F4A7C15ull;
    return size_t((mixed >> 32) % std::size(kColors));
}

// Shapes tell the kinds apart: a circle for an account, a rounded square for a community.
QPainterPath shapeOf(TokenKind kind, const QRectF &box)
{
    QPainterPath path;
    if (kind == TokenKind::User)
        path.addEllipse(box);
    else
        path.addRoundedRect(box, box.width() / 4.5, box.width() / 4.5);
    return path;
}

QPixmap canvas(int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

} // namespace

ProfileAvatars::ProfileAvatars(ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_cache(new AvatarCache(store, this))
    , m_avatars(kAvatarCacheBytes)
{
    connect(m_cache, &AvatarCache::fetched, this, [this](const QString &key) {
        m_absent.remove(key);
        Q_EMIT changed();
    });
}

ProfileAvatars::~ProfileAvatars() = default;

void ProfileAvatars::setContext(const NetworkContext &context)
{
    m_cache->setContext(context);
    m_fetching = true;
}

QColor ProfileAvatars::colorFor(qint64 vkId)
{
    return kColors[colorIndex(vkId)];
}

QString ProfileAvatars::letterOf(const QString &title)
{
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            return QString(c).toUpper();
    }
    return QStringLiteral("?");
}

const QPixmap *ProfileAvatars::avatar(TokenKind kind, qint64 vkId, int size, qreal ratio)
{
    const QString key = AvatarCache::key(kind, vkId);
    if (m_absent.contains(key))
        return nullptr;
    const QString sized = QStringLiteral("%1/%2/%3").arg(key).arg(size).arg(ratio);
    if (const QPixmap *made = m_avatars.object(sized))
        return made;
    QFile file(m_cache->filePath(kind, vkId));
    QImage image;
    if (file.open(QIODevice::ReadOnly) && file.size() <= AvatarCache::kMaxBytes)
        image = QImage::fromData(file.read(AvatarCache::kMaxBytes));
    if (image.isNull()) {
        m_absent.insert(key);
        return nullptr;
    }
    auto *pixmap = new QPixmap(canvas(size, ratio));
    QPainter painter(pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF box(0, 0, size, size);
    painter.setClipPath(shapeOf(kind, box));
    painter.drawImage(box, image);
    painter.end();
    const qsizetype bytes = qsizetype(pixmap->width()) * pixmap->height() * 4;
    return m_avatars.insert(sized, pixmap, bytes) ? m_avatars.object(sized) : nullptr;
}

QPixmap ProfileAvatars::letterIcon(TokenKind kind, qint64 vkId, const QString &title, int size, qreal ratio)
{
    const QString letter = letterOf(title);
    const QString key = QStringLiteral("%1/%2/%3/%4/%5")
                            .arg(int(kind))
                            .arg(colorIndex(vkId))
                            .arg(letter)
                            .arg(size)
                            .arg(ratio);
    if (const auto it = m_letters.constFind(key); it != m_letters.cend())
        return *it;
    QPixmap pixmap = canvas(size, ratio);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(0, 0, size, size);
    painter.fillPath(shapeOf(kind, box), colorFor(vkId));
    QFont font = painter.font();
    font.setPixelSize(qRound(size * 0.5));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, letter);
    painter.end();
    m_letters.insert(key, pixmap);
    return pixmap;
}

bool ProfileAvatars::hasAvatar(TokenKind kind, qint64 vkId)
{
    return avatar(kind, vkId, 32, 1.0) != nullptr;
}

QPixmap ProfileAvatars::picture(
    const QString &profileId, TokenKind kind, qint64 vkId, const QString &title, int size, qreal ratio)
{
    if (const QPixmap *kept = avatar(kind, vkId, size, ratio))
        return *kept;
    if (m_fetching && !profileId.isEmpty())
        m_cache->fetch(profileId, kind, vkId);
    return letterIcon(kind, vkId, title, size, ratio);
}

} // namespace vkauth::gui
