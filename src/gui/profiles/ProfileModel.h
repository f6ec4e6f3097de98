// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

class QTimer;

namespace vkauth {
class ProfileStore;
}

namespace vkauth::gui {

// The profile list as a tree: accounts at the top (in the store's order), each account's communities
// beneath the first account profile of the signed-in user, communities without a listed owner under
// one heading row "Communities" after the accounts (there only while it has any). One column: the
// title, editable (an edit sets the label; the name or nothing clears it). The heading is no profile:
// enabled (it opens and closes) but neither selectable nor editable, with an empty IdRole and
// SearchRole (a filter shows it only for its children) and HeadingRole true.
//
// Fed by the store's signals and kept in step by changes, never by a reset: profilesChanged() is
// diffed against the rows shown (rows inserted, removed or moved, dataChanged for edited profiles);
// profileChanged() and secretStateChanged() become dataChanged() of one row. Holds each row's id, a
// fingerprint of its shown fields and an id → row lookup; the fields themselves are read from the store.
class ProfileModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the profile id
        SearchRole, // what the filter looks at: title, name, label, VK id, e-mail, app, id
        BadgeRole, // the warning shown beside the title: int(Badge) (ProfileBadge.h)
        BadgeTextRole, // its short text ("Expires soon"), empty for none
        BadgeActionRole, // the suggested action ("Sign in again"), empty for none
        SubtitleRole, // the second line: the app the token was obtained with ("VK ID" for VK ID)
        HeadingRole, // true on the "Communities" heading row, which is no profile
        KindRole, // int(TokenKind): its picture's shape (ProfileAvatars)
        VkIdRole, // the account's or community's VK id (qint64)
    };

    explicit ProfileModel(ProfileStore *store, QObject *parent = nullptr);
    ~ProfileModel() override;

    QModelIndex indexOf(const QString &id) const; // invalid when not listed

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // Time passed a moment at which a profile's badge changes by itself (it starts to expire within
    // kExpiresSoonDays, or expires): the rows of the profiles concerned got dataChanged(); views of
    // one profile's details (relative dates, "in 3 days") should show it again.
    void badgesChanged();

private:
    // No copy of the profile (10,000 copies were 3.4 MB): data() looks it up in the store by id.
    struct Node
    {
        QString id; // the profile's; the heading's is a reserved id
        qint64 ownerId = 0; // where a community was placed (refresh() re-places it when this changes)
        size_t fields = 0; // fingerprint of what the row shows (sync() emits dataChanged when it moves)
        bool unsaved = false; // secret not (yet) in the keychain
        bool heading = false; // the "Communities" heading: no profile
        int row = 0;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };

    QVariant headingData(int role) const;
    void sync(); // profilesChanged(): diff the store's list into row changes
    void refresh(const QString &id); // one profile's fields or secret state changed
    void removeStale(Node *parent, const QHash<QString, QString> &parentOf);
    void take(Node *node, const Profile &p, bool unsaved); // the node now shows p
    void arrange(Node *parent, const std::vector<const Profile *> &wanted, const QSet<QString> &unsaved);
    void forget(Node *node);
    void renumber(Node *parent, size_t from);
    QModelIndex indexFor(const Node *node) const;
    void scheduleBadgeChange(); // the timer at the next such moment of any listed profile
    void wakeForBadgeAt(qint64 moment, qint64 now); // sooner than the timer's moment: move it
    void badgeMomentPassed();
    Node *nodeAt(const QModelIndex &index) const;

    ProfileStore *m_store;
    Node m_root;
    QHash<QString, Node *> m_nodes; // id → node
    QTimer *m_badgeTimer;
    qint64 m_badgeDue = -1; // the moment the timer is for (ms since the epoch), -1 when idle
    qint64 m_badgeCheckedAt = 0; // when the moments were last looked at
};

} // namespace vkauth::gui
