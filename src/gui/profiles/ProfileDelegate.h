// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace vkauth::gui {

// Draws the profile list's rows: the title, under it in a smaller, dimmer font the app the token was
// obtained with (ProfileModel::SubtitleRole), and the row's badge (ProfileModel::BadgeRole) at the
// right: a small chip in the badge's own colours with an icon and a short text, so it reads on light
// and dark palettes alike. The row's tooltip (the model's) says what to do about it. Every row is as
// tall as two lines (the view keeps uniform row heights); a rename edits the title line. The
// "Communities" heading (ProfileModel::HeadingRole) is its name in bold with a rule after it.
class ProfileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the badge of a row drawn in `rect` goes (empty for a row without one): for tests and paint.
    static QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    // Where the title and the second line of a row go.
    static QRect titleRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    static QRect subtitleRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    static QFont subtitleFont(const QFont &font);

private:
    static void paintHeading(QPainter *painter, QStyleOptionViewItem option);
};

} // namespace vkauth::gui
