// SPDX-License-Identifier: MIT
#include "profiles/ProfileDelegate.h"

#include "profiles/ProfileAvatars.h"
#include "profiles/ProfileBadge.h"
#include "profiles/ProfileModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace vkauth::gui {
namespace {

constexpr int kGap = 6; // between the title and the badge, and after the badge
constexpr int kPad = 4; // inside the badge
constexpr int kMargin = 4; // around a row's contents
constexpr int kTitleChars = 9; // room a title keeps beside a badge, in average characters

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

// The two lines' block, centred in the row: its top.
int textTop(const QStyleOptionViewItem &option)
{
    const int height = QFontMetrics(option.font).height()
        + QFontMetrics(ProfileDelegate::subtitleFont(option.font)).height();
    return option.rect.top() + (option.rect.height() - height) / 2;
}

// The text column: from after the picture to the badge (or the row's end).
QRect textColumn(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QRect badge = ProfileDelegate::badgeRect(option, index);
    const int left = option.rect.left() + kMargin + ProfileDelegate::kIconSize + kGap;
    const int right = badge.isEmpty() ? option.rect.right() - kMargin : badge.left() - kGap;
    return QRect(QPoint(left, option.rect.top()), QPoint(qMax(right, left), option.rect.bottom()));
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

void drawBadge(QPainter *painter, const QStyleOptionViewItem &option, const QRect &badge, Badge kind)
{
    const QColor fg = ProfileBadge::foreground(kind);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath chip;
    chip.addRoundedRect(QRectF(badge), badge.height() / 2.0, badge.height() / 2.0);
    painter->fillPath(chip, ProfileBadge::background(kind));
    const int icon = badge.height() - 2 * kPad + 2;
    drawIcon(
        painter, QRectF(badge.left() + kPad, badge.center().y() - icon / 2.0 + 0.5, icon, icon), kind, fg);
    if (badge.width() > badge.height() + kPad) { // else only the icon: no room for the text
        painter->setPen(fg);
        painter->setFont(badgeFont(option));
        painter->drawText(badge.adjusted(kPad + icon + kPad, 0, -kPad, 0), Qt::AlignVCenter | Qt::AlignLeft,
            ProfileBadge::text(kind));
    }
    painter->restore();
}

} // namespace

QFont ProfileDelegate::subtitleFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    small.setItalic(false);
    return small;
}

QRect ProfileDelegate::badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const Badge badge = badgeOf(index);
    if (badge == Badge::None)
        return {};
    const QFontMetrics metrics(badgeFont(option));
    const int height = qMin(option.rect.height() - 2, metrics.height() + 2);
    int width = height + metrics.horizontalAdvance(ProfileBadge::text(badge)) + 3 * kPad;
    // A narrow list keeps room for the title: the chip shrinks to its icon (the tooltip says it all).
    const int titleRoom = option.rect.width() - (kMargin + kIconSize + kGap) - width - 2 * kGap;
    if (titleRoom < QFontMetrics(option.font).averageCharWidth() * kTitleChars)
        width = height + kPad;
    const QRect rect(
        option.rect.right() - kGap - width + 1, option.rect.center().y() - height / 2 + 1, width, height);
    return rect.left() > option.rect.left() + kGap ? rect : QRect();
}

QRect ProfileDelegate::iconRect(const QStyleOptionViewItem &option)
{
    return QRect(option.rect.left() + kMargin, option.rect.top() + (option.rect.height() - kIconSize) / 2,
        kIconSize, kIconSize);
}

QRect ProfileDelegate::titleRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QRect rect = textColumn(option, index);
    rect.setTop(textTop(option));
    rect.setHeight(QFontMetrics(option.font).height());
    return rect;
}

QRect ProfileDelegate::subtitleRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QRect rect = textColumn(option, index);
    rect.setTop(textTop(option) + QFontMetrics(option.font).height());
    rect.setHeight(QFontMetrics(subtitleFont(option.font)).height());
    return rect;
}

// The "Communities" heading: its name in bold, dimmer than a title, with a rule to the row's end.
void ProfileDelegate::paintHeading(QPainter *painter, QStyleOptionViewItem opt)
{
    const QString text = opt.text;
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    opt.state &= ~(QStyle::State_Selected | QStyle::State_MouseOver);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QFont font = opt.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const QRect box = opt.rect.adjusted(kMargin, 0, -kMargin, 0);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, box.width());
    QColor color = opt.palette.color(QPalette::Text);
    color.setAlphaF(0.75);
    painter->save();
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, shown);
    const int ruleLeft = box.left() + metrics.horizontalAdvance(shown) + kGap;
    if (ruleLeft < box.right()) {
        QColor rule = color;
        rule.setAlphaF(0.25);
        painter->setPen(rule);
        painter->drawLine(ruleLeft, box.center().y(), box.right(), box.center().y());
    }
    painter->restore();
}

void ProfileDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    if (index.data(ProfileModel::HeadingRole).toBool()) {
        paintHeading(painter, opt);
        return;
    }
    const QString title = opt.text;
    // The style draws the row's background, selection and focus; the texts are drawn here.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (m_avatars) {
        const QRect icon = iconRect(option);
        painter->drawPixmap(icon.topLeft(),
            m_avatars->picture(index.data(ProfileModel::IdRole).toString(),
                TokenKind(index.data(ProfileModel::KindRole).toInt()),
                index.data(ProfileModel::VkIdRole).toLongLong(), title, kIconSize,
                painter->device()->devicePixelRatioF()));
    }

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QPalette::ColorRole role
        = opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    const QColor color = opt.palette.color(group, role);
    painter->save();
    painter->setPen(color);
    painter->setFont(opt.font);
    const QRect titleBox = titleRect(option, index);
    painter->drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(opt.font).elidedText(title, Qt::ElideRight, titleBox.width()));
    const QString subtitle = index.data(ProfileModel::SubtitleRole).toString();
    if (!subtitle.isEmpty()) {
        const QFont small = subtitleFont(opt.font);
        QColor dim = color;
        dim.setAlphaF(0.7);
        painter->setPen(dim);
        painter->setFont(small);
        const QRect box = subtitleRect(option, index);
        painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(subtitle, Qt::ElideRight, box.width()));
    }
    painter->restore();

    const QRect badge = badgeRect(option, index);
    if (!badge.isEmpty())
        drawBadge(painter, option, badge, badgeOf(index));
}

QSize ProfileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    const QFontMetrics small(subtitleFont(opt.font));
    const int text = qMax(metrics.horizontalAdvance(opt.text),
        small.horizontalAdvance(index.data(ProfileModel::SubtitleRole).toString()));
    QSize size(2 * kMargin + kIconSize + kGap + text,
        qMax(kIconSize, metrics.height() + small.height()) + 2 * kMargin);
    const Badge badge = badgeOf(index);
    if (badge != Badge::None) {
        const QFontMetrics badgeMetrics(badgeFont(option));
        size.rwidth() += 2 * kGap + badgeMetrics.height() + 2
            + badgeMetrics.horizontalAdvance(ProfileBadge::text(badge)) + 3 * kPad;
    }
    return size;
}

void ProfileDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The editor covers the title line, a little taller so its frame fits.
    const QRect title = titleRect(option, index);
    const int extra = qMax(0, (editor->sizeHint().height() - title.height()) / 2);
    editor->setGeometry(title.adjusted(-2, -extra, 0, extra));
}

} // namespace vkauth::gui
