// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace vkauth::gui {

// Draws the profile list's rows as usual, with the row's badge (ProfileModel::BadgeRole) at the
// right: a small chip in the badge's own colours with an icon and a short text, so it reads on light
// and dark palettes alike. The row's tooltip (the model's) says what to do about it.
class ProfileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the badge of a row drawn in `rect` goes (empty for a row without one): for tests and paint.
    static QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace vkauth::gui
