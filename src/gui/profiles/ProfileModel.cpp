// SPDX-License-Identifier: MIT
#include "profiles/ProfileModel.h"

#include "profiles/ProfileBadge.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <utility>

namespace vkauth::gui {
namespace {

// The heading's id among the nodes: never a profile's (theirs are printable).
const QString &headingId()
{
    static const QString id = QStringLiteral("\x01communities");
    return id;
}

const Profile *headingProfile()
{
    static const Profile heading = [] {
        Profile p;
        p.id = headingId();
        return p;
    }();
    return &heading;
}

// What a row shows (title, search text, badges, second line, picture), as one number: a change of
// any of them changes it (up to a 64-bit hash collision), so sync() knows which rows to repaint.
size_t shownFields(const Profile &p)
{
    return qHashMulti(0, p.id, int(p.kind), p.vkId, p.ownerId, p.name, p.label, p.appKey, p.appClientId,
        p.appName, qint64(p.scope), p.obtainedAt, p.expiresAt, p.email, p.hasTrustedHash, p.lastCheckAt,
        int(p.lastCheck), p.lastCheckMessage, p.lastCheckReason, p.signInAgain, p.refreshExpiresAt);
}

// Dimmed in the list: the badge's one rule (a VK ID profile counts only when its refresh token is spent).
bool isDead(const Profile &p)
{
    const Badge badge = ProfileBadge::of(p);
    return badge == Badge::Expired || badge == Badge::Dead;
}

QString searchText(const Profile &p)
{
    return QStringList {p.title(), p.name, p.label, QString::number(p.vkId), p.email, p.appName, p.id}.join(
        u'\n');
}

// The app the token was obtained with, as the list's second line tells two profiles of one account apart.
QString subtitle(const Profile &p)
{
    if (p.isVkId())
        return QStringLiteral("VK ID");
    return p.appName.isEmpty() ? p.appClientId : p.appName;
}

// The title and what is wrong, then what to do about the badge (if any).
QString toolTip(const Profile &p, bool unsaved)
{
    // These texts were ProfilesWidget's before the model existed: its context keeps their translations.
    QString text = p.title();
    if (unsaved)
        text = QCoreApplication::translate("vkauth::gui::ProfilesWidget", "%1 — not saved in the keychain")
                   .arg(p.title());
    else if (isDead(p))
        text = QCoreApplication::translate("vkauth::gui::ProfilesWidget", "%1 — %2")
                   .arg(p.title(), Profile::describe(p.isSpent() ? CheckStatus::Expired : p.lastCheck));
    const Badge badge = ProfileBadge::of(p);
    if (badge != Badge::None)
        text += u'\n' + ProfileBadge::advice(badge);
    return text;
}

} // namespace

ProfileModel::ProfileModel(ProfileStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_badgeTimer(new QTimer(this))
{
    m_badgeTimer->setSingleShot(true);
    m_badgeTimer->setTimerType(Qt::CoarseTimer);
    connect(m_badgeTimer, &QTimer::timeout, this, &ProfileModel::badgeMomentPassed);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileModel::sync);
    connect(m_store, &ProfileStore::profileChanged, this, &ProfileModel::refresh);
    connect(m_store, &ProfileStore::secretStateChanged, this, [this](const QString &id) { refresh(id); });
    sync();
}

namespace {

constexpr qint64 kSoonMs = qint64(kExpiresSoonDays) * 86400 * 1000;

// The moments (ms since the epoch) at which p's badge changes by itself: it starts to expire within
// kExpiresSoonDays, then it expires. Empty without an expiry.
std::optional<std::array<qint64, 2>> badgeMoments(const Profile &p)
{
    const QDateTime end = p.usableUntil();
    if (!end.isValid())
        return std::nullopt;
    const qint64 at = end.toMSecsSinceEpoch();
    return std::array<qint64, 2> {at - kSoonMs, at};
}

// The next of them at or after now; -1: none.
qint64 nextBadgeMoment(const Profile &p, qint64 now)
{
    if (const auto moments = badgeMoments(p)) {
        for (const qint64 moment : *moments) {
            if (moment >= now)
                return moment;
        }
    }
    return -1;
}

// Whether one of them fell in (since, now].
bool badgeMovedBetween(const Profile &p, qint64 since, qint64 now)
{
    if (const auto moments = badgeMoments(p)) {
        for (const qint64 moment : *moments) {
            if (since < moment && moment <= now)
                return true;
        }
    }
    return false;
}

} // namespace

void ProfileModel::scheduleBadgeChange()
{
    // A badge computed at paint time is only as new as the last paint: with the app left open, a
    // token could pass its expiry and still show no badge. So the model wakes at the next moment
    // any listed profile's badge changes by itself. Whole milliseconds since the epoch: cheap for
    // 10,000 profiles (no QDateTime arithmetic).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_badgeCheckedAt = now;
    m_badgeDue = -1;
    m_badgeTimer->stop();
    m_store->forEachProfile([&](const Profile &p) { wakeForBadgeAt(nextBadgeMoment(p, now), now); });
}

void ProfileModel::wakeForBadgeAt(qint64 moment, qint64 now)
{
    // Then look again: a QTimer counts on a clock that stops while the computer sleeps, so after a
    // resume the moment may have passed long ago; a wake-up before the moment does nothing.
    constexpr qint64 kLongestWaitMs = 15LL * 60 * 1000;
    constexpr qint64 kAfterMs = 250; // wake just after the moment, not just before it
    if (moment < 0 || (m_badgeDue >= 0 && moment >= m_badgeDue))
        return;
    m_badgeDue = moment;
    m_badgeTimer->start(int(std::min(moment - now + kAfterMs, kLongestWaitMs)));
}

void ProfileModel::badgeMomentPassed()
{
    // Coarse timers may fire a little early, and long waits are cut into pieces: not there yet.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_badgeDue >= 0 && now < m_badgeDue) {
        const qint64 due = std::exchange(m_badgeDue, -1);
        wakeForBadgeAt(due, now);
        return;
    }
    // Only the rows whose moment passed since the last look: with 10,000 profiles expiring at
    // different times, a wake-up is one or two rows, not every row through the filter again.
    QStringList moved;
    m_store->forEachProfile([&](const Profile &p) {
        if (badgeMovedBetween(p, m_badgeCheckedAt, now))
            moved << p.id;
    });
    for (const QString &id : std::as_const(moved)) {
        if (const QModelIndex at = indexOf(id); at.isValid())
            Q_EMIT dataChanged(at, at);
    }
    scheduleBadgeChange();
    Q_EMIT badgesChanged();
}

ProfileModel::~ProfileModel() = default;

QModelIndex ProfileModel::indexOf(const QString &id) const
{
    return indexFor(m_nodes.value(id));
}

QModelIndex ProfileModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeAt(parent);
    if (column != 0 || row < 0 || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex ProfileModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexFor(nodeAt(child)->parent) : QModelIndex();
}

int ProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : int(nodeAt(parent)->children.size());
}

int ProfileModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ProfileModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeAt(index);
    if (node->heading)
        return headingData(role);
    if (role == IdRole)
        return node->id;
    const Profile *found = m_store->lookup(node->id);
    if (!found)
        return {}; // gone from the store: the row goes at the next sync()
    const Profile &p = *found;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return p.title();
    case SearchRole:
        return searchText(p);
    case BadgeRole:
        return int(ProfileBadge::of(p));
    case BadgeTextRole:
        return ProfileBadge::text(ProfileBadge::of(p));
    case BadgeActionRole:
        return ProfileBadge::action(ProfileBadge::of(p));
    case SubtitleRole:
        return subtitle(p);
    case KindRole:
        return int(p.kind);
    case VkIdRole:
        return p.vkId;
    case Qt::AccessibleDescriptionRole: {
        const Badge badge = ProfileBadge::of(p);
        return badge == Badge::None
            ? QString()
            : ProfileBadge::text(badge) + QStringLiteral(": ") + ProfileBadge::advice(badge);
    }
    case Qt::FontRole:
        if (node->unsaved) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Tokens known not to work are greyed out.
        return isDead(p) ? QVariant(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text))
                         : QVariant();
    case Qt::ToolTipRole:
        return toolTip(p, node->unsaved);
    default:
        return {};
    }
}

QVariant ProfileModel::headingData(int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("Communities");
    case Qt::ToolTipRole:
        return tr("Communities whose owner account is not in the list");
    case HeadingRole:
        return true;
    case IdRole:
    case SearchRole:
    case SubtitleRole:
    case BadgeTextRole:
    case BadgeActionRole:
        return QString();
    case BadgeRole:
        return int(Badge::None);
    default:
        return {};
    }
}

bool ProfileModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || nodeAt(index)->heading)
        return false;
    const Profile *found = m_store->lookup(nodeAt(index)->id);
    if (!found)
        return false;
    const Profile &p = *found;
    const QString text = value.toString().trimmed();
    const QString label = (text.isEmpty() || text == p.name) ? QString() : text;
    // A new label comes back through the store's profileChanged(); otherwise show the title again.
    if (label == p.label || !m_store->setLabel(p.id, label))
        Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags ProfileModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (nodeAt(index)->heading)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

void ProfileModel::sync()
{
    // Pointers into the store's own records (no copy of 10,000 profiles); nothing here changes the store.
    std::vector<const Profile *> profiles;
    profiles.reserve(size_t(m_store->count()));
    m_store->forEachProfile([&profiles](const Profile &p) { profiles.push_back(&p); });
    const QSet<QString> unsaved = m_store->unsavedIds();
    // Where each profile belongs: accounts at the top; a community under the first account profile of
    // its owner, else under the "Communities" heading after the accounts.
    QHash<qint64, const Profile *> accounts;
    std::vector<const Profile *> top;
    std::vector<const Profile *> orphans;
    QHash<QString, std::vector<const Profile *>> under;
    QHash<QString, QString> parentOf; // id → parent id, empty at the top
    parentOf.reserve(qsizetype(profiles.size()));
    if (m_nodes.isEmpty())
        m_nodes.reserve(qsizetype(profiles.size()) + 1); // the first fill: grown once, not rehashed
    for (const Profile *each : profiles) {
        const Profile &p = *each;
        if (p.kind != TokenKind::User)
            continue;
        top.push_back(&p);
        parentOf.insert(p.id, QString());
        if (!accounts.contains(p.vkId))
            accounts.insert(p.vkId, &p);
    }
    for (const Profile *each : profiles) {
        const Profile &p = *each;
        if (p.kind == TokenKind::User)
            continue;
        if (const Profile *owner = accounts.value(p.ownerId)) {
            under[owner->id].push_back(&p);
            parentOf.insert(p.id, owner->id);
        } else {
            orphans.push_back(&p);
            parentOf.insert(p.id, headingId());
        }
    }
    if (!orphans.empty()) {
        top.push_back(headingProfile());
        parentOf.insert(headingId(), QString());
    }

    removeStale(&m_root, parentOf);
    arrange(&m_root, top, unsaved);
    arrange(m_nodes.value(headingId()), orphans, unsaved);
    for (auto it = under.cbegin(); it != under.cend(); ++it)
        arrange(m_nodes.value(it.key()), it.value(), unsaved);
    scheduleBadgeChange();
}

void ProfileModel::refresh(const QString &id)
{
    Node *node = m_nodes.value(id);
    const Profile *p = m_store->lookup(id);
    if (!node || !p)
        return;
    if (p->ownerId != node->ownerId) {
        sync(); // a community may belong under another account now
        return;
    }
    take(node, *p, m_store->secretState(id) != ProfileStore::SecretState::Saved);
    const QModelIndex at = indexFor(node);
    Q_EMIT dataChanged(at, at);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    wakeForBadgeAt(nextBadgeMoment(*p, now), now); // a new expiry (signed in again) may come sooner
}

void ProfileModel::removeStale(Node *parent, const QHash<QString, QString> &parentOf)
{
    const QString parentId = parent == &m_root ? QString() : parent->id;
    auto &kids = parent->children;
    const auto stale = [&](size_t row) {
        const auto it = parentOf.constFind(kids[row]->id);
        return it == parentOf.cend() || *it != parentId;
    };
    for (size_t row = 0; row < kids.size(); ++row) {
        if (!kids[row]->children.empty() && !stale(row)) // a stale row goes with all beneath it
            removeStale(kids[row].get(), parentOf);
    }
    // From the end, one contiguous run at a time: the rows before a run keep their numbers.
    for (size_t last = kids.size(); last > 0;) {
        if (!stale(last - 1)) {
            --last;
            continue;
        }
        size_t first = last - 1;
        while (first > 0 && stale(first - 1))
            --first;
        beginRemoveRows(indexFor(parent), int(first), int(last - 1));
        for (size_t row = first; row < last; ++row)
            forget(kids[row].get());
        kids.erase(kids.begin() + qsizetype(first), kids.begin() + qsizetype(last));
        renumber(parent, first);
        endRemoveRows();
        last = first;
    }
}

void ProfileModel::arrange(
    Node *parent, const std::vector<const Profile *> &wanted, const QSet<QString> &unsaved)
{
    if (!parent)
        return;
    auto &kids = parent->children;
    const QModelIndex at = indexFor(parent);
    const auto update = [&](Node *node, const Profile &p) {
        const bool isUnsaved = unsaved.contains(p.id);
        if (node->fields == shownFields(p) && node->unsaved == isUnsaved)
            return;
        take(node, p, isUnsaved);
        const QModelIndex changed = indexFor(node);
        Q_EMIT dataChanged(changed, changed);
    };
    for (size_t i = 0; i < wanted.size();) {
        const Profile &p = *wanted[i];
        if (i < kids.size() && kids[i]->id == p.id) {
            update(kids[i].get(), p);
            ++i;
            continue;
        }
        if (Node *existing = m_nodes.value(p.id)) { // listed here, further down: move it up
            Q_ASSERT(existing->parent == parent && size_t(existing->row) > i);
            const int from = existing->row;
            beginMoveRows(at, from, from, at, int(i));
            std::unique_ptr<Node> moving = std::move(kids[size_t(from)]);
            kids.erase(kids.begin() + from);
            kids.insert(kids.begin() + qsizetype(i), std::move(moving));
            renumber(parent, i);
            endMoveRows();
            update(existing, p);
            ++i;
            continue;
        }
        size_t end = i;
        while (end < wanted.size() && !m_nodes.contains(wanted[end]->id))
            ++end;
        std::vector<std::unique_ptr<Node>> fresh;
        fresh.reserve(end - i);
        for (size_t k = i; k < end; ++k) {
            auto node = std::make_unique<Node>();
            take(node.get(), *wanted[k], unsaved.contains(wanted[k]->id));
            node->heading = node->id == headingId();
            node->parent = parent;
            fresh.push_back(std::move(node));
        }
        beginInsertRows(at, int(i), int(end - 1));
        for (const auto &node : fresh)
            m_nodes.insert(node->id, node.get());
        kids.insert(kids.begin() + qsizetype(i), std::make_move_iterator(fresh.begin()),
            std::make_move_iterator(fresh.end()));
        renumber(parent, i);
        endInsertRows();
        i = end;
    }
}

void ProfileModel::forget(Node *node)
{
    for (const auto &kid : node->children)
        forget(kid.get());
    m_nodes.remove(node->id);
}

void ProfileModel::take(Node *node, const Profile &p, bool unsaved)
{
    node->id = p.id;
    node->ownerId = p.ownerId;
    node->fields = shownFields(p);
    node->unsaved = unsaved;
}

void ProfileModel::renumber(Node *parent, size_t from)
{
    for (size_t row = from; row < parent->children.size(); ++row)
        parent->children[row]->row = int(row);
}

QModelIndex ProfileModel::indexFor(const Node *node) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(node->row, 0, node);
}

ProfileModel::Node *ProfileModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

} // namespace vkauth::gui
