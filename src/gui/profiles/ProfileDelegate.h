// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace vkauth::gui {

// Draws the profile list's rows: a picture (ProfileAvatars: the avatar, else a letter icon; a circle
// for an account, a rounded square for a community), the title, under it in a smaller, dimmer font the app
// the token was obtained with (ProfileModel::SubtitleRole), and the row's badge (ProfileModel::BadgeRole) at
// the right: a small chip in the badge's own colours with an icon and a short text, so it reads on light and
// dark palettes alike (only the icon when the list is too narrow for both it and the title). The row's
// tooltip (the model's) says what to do about it. Every row is as tall as two lines (the view keeps uniform
// row heights); a rename edits the title line. The "Communities" heading (ProfileModel::HeadingRole) is its
// name in bold with a rule after it.
class ProfileAvatars;

class ProfileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kIconSize = 32; // logical pixels; drawn at the device pixel ratio

    using QStyledItemDelegate::QStyledItemDelegate;

    // Where the pictures before the titles come from (none: the room stays empty).
    void setAvatars(ProfileAvatars *avatars) { m_avatars = avatars; }

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the badge of a row drawn in `rect` goes (empty for a row without one): for tests and paint.
    static QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    // Where the picture, the title and the second line of a row go.
    static QRect iconRect(const QStyleOptionViewItem &option);
    static QRect titleRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    static QRect subtitleRect(const QStyleOptionViewItem &option, const QModelIndex &index);
    static QFont subtitleFont(const QFont &font);

private:
    static void paintHeading(QPainter *painter, QStyleOptionViewItem option);

    ProfileAvatars *m_avatars = nullptr;
};

} // namespace vkauth::gui
