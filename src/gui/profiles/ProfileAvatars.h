// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthResult.h"

#include <QCache>
#include <QColor>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>

namespace vkauth {
class AvatarCache;
class ProfileStore;
struct NetworkContext;
} // namespace vkauth

namespace vkauth::gui {

// The pictures before the profile list's titles: the account's or community's avatar (VK's photo_50,
// kept by AvatarCache under the data folder) when there is one, else a letter icon — the title's first
// letter on a colour derived from the VK id. Accounts are circles and communities rounded squares, the
// avatars clipped likewise, so the two kinds differ even offline. Pictures are made for the device
// pixel ratio they are drawn at; letter icons are shared by colour and letter, avatars kept in a
// bounded cache (read from their files again when dropped), so 10,000 profiles cost little. Nothing is
// fetched before setContext() (the front's network settings); then a row without a picture asks
// for it once (AvatarCache's rules).
class ProfileAvatars : public QObject
{
    Q_OBJECT
public:
    explicit ProfileAvatars(ProfileStore *store, QObject *parent = nullptr);
    ~ProfileAvatars() override;

    void setContext(const NetworkContext &context); // and fetch avatars from now on
    AvatarCache *cache() const { return m_cache; }

    // The picture of a row, `size` logical pixels square at `ratio`; queues its avatar when missing.
    QPixmap picture(
        const QString &profileId, TokenKind kind, qint64 vkId, const QString &title, int size, qreal ratio);
    bool hasAvatar(TokenKind kind, qint64 vkId); // a picture is kept for it (read from the file)

    static QColor colorFor(qint64 vkId);
    static QString letterOf(const QString &title); // the first letter or digit, upper case; "?" if none

Q_SIGNALS:
    void changed(); // an avatar arrived: rows showing it need a repaint

private:
    // The kept avatar made into a picture, or null when there is no (readable) file.
    const QPixmap *avatar(TokenKind kind, qint64 vkId, int size, qreal ratio);
    QPixmap letterIcon(TokenKind kind, qint64 vkId, const QString &title, int size, qreal ratio);

    AvatarCache *m_cache;
    bool m_fetching = false;
    QSet<QString> m_absent; // keys looked for on disk without a file
    QCache<QString, QPixmap> m_avatars; // by key, size and ratio; cost in bytes
    QHash<QString, QPixmap> m_letters; // by kind, colour, letter, size and ratio
};

} // namespace vkauth::gui
