// SPDX-License-Identifier: MIT
#include "profiles/ProfileDelegate.h"

#include "profiles/ProfileBadge.h"
#include "profiles/ProfileModel.h"

#include <QPainter>
#include <QPainterPath>

namespace vkauth::gui {
namespace {

constexpr int kGap = 6; // between the title and the badge, and after the badge
constexpr int kPad = 4; // inside the badge

QFont badgeFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    return font;
}

Badge badgeOf(const QModelIndex &index)
{
    return Badge(index.data(ProfileModel::BadgeRole).toInt());
}

// The icon: a ring with "!" for VK's questions and an early expiry, with "×" for a token gone.
void drawIcon(QPainter *painter, const QRectF &box, Badge badge, const QColor &color)
{
    QPen pen(color, qMax(1.2, box.width() / 8));
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF ring
        = box.adjusted(pen.widthF() / 2, pen.widthF() / 2, -pen.widthF() / 2, -pen.widthF() / 2);
    painter->drawEllipse(ring);
    const QPointF c = ring.center();
    const qreal r = ring.width() / 4;
    if (badge == Badge::Expired || badge == Badge::Dead) {
        painter->drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
        painter->drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
    } else {
        painter->drawLine(c + QPointF(0, -r * 1.3), c + QPointF(0, r * 0.3));
        painter->drawPoint(c + QPointF(0, r * 1.2));
    }
}

} // namespace

QRect ProfileDelegate::badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const Badge badge = badgeOf(index);
    if (badge == Badge::None)
        return {};
    const QFontMetrics metrics(badgeFont(option));
    const int height = qMin(option.rect.height() - 2, metrics.height() + 2);
    const int width = height + metrics.horizontalAdvance(ProfileBadge::text(badge)) + 3 * kPad;
    const QRect rect(
        option.rect.right() - kGap - width + 1, option.rect.center().y() - height / 2 + 1, width, height);
    return rect.left() > option.rect.left() + kGap ? rect : QRect();
}

void ProfileDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect badge = badgeRect(option, index);
    QStyleOptionViewItem title(option);
    if (!badge.isEmpty())
        title.rect.setRight(badge.left() - kGap);
    QStyledItemDelegate::paint(painter, title, index);
    if (badge.isEmpty())
        return;

    const Badge kind = badgeOf(index);
    const QColor fg = ProfileBadge::foreground(kind);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath chip;
    chip.addRoundedRect(QRectF(badge), badge.height() / 2.0, badge.height() / 2.0);
    painter->fillPath(chip, ProfileBadge::background(kind));
    const int icon = badge.height() - 2 * kPad + 2;
    drawIcon(
        painter, QRectF(badge.left() + kPad, badge.center().y() - icon / 2.0 + 0.5, icon, icon), kind, fg);
    painter->setPen(fg);
    painter->setFont(badgeFont(option));
    painter->drawText(badge.adjusted(kPad + icon + kPad, 0, -kPad, 0), Qt::AlignVCenter | Qt::AlignLeft,
        ProfileBadge::text(kind));
    painter->restore();
}

QSize ProfileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const Badge badge = badgeOf(index);
    if (badge != Badge::None) {
        const QFontMetrics metrics(badgeFont(option));
        size.rwidth() += 2 * kGap + metrics.height() + 2
            + metrics.horizontalAdvance(ProfileBadge::text(badge)) + 3 * kPad;
    }
    return size;
}

} // namespace vkauth::gui
