// SPDX-License-Identifier: MIT
#include "profiles/IndexReader.h"

#include "profiles/IsoDate.h"
#include "profiles/JsonCursor.h"
#include "profiles/ProfileIndex.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace vkauth::IndexReader {
namespace {

using Text = JsonCursor::Text;

// Many profiles share an app: one copy of its key, client id and name (as ProfileIndex's Interner).
constexpr qsizetype kMaxShared = 256;

// 1 to 18 ASCII digits: their value; else -1.
qint64 plainDigits(const Text &text)
{
    if (text.escaped || text.raw.isEmpty() || text.raw.size() > 18)
        return -1;
    qint64 value = 0;
    for (const char c : text.raw) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

enum ProfileKey : int {
    Id,
    Kind,
    VkId,
    OwnerId,
    Name,
    Label,
    App,
    Scope,
    ObtainedAt,
    ExpiresAt,
    Email,
    HasTrustedHash,
    LastCheck,
    SecretStore,
    RefreshExpiresAt,
    VkIdScope,
    SignInAgain,
    ProfileKeyCount
};

constexpr QByteArrayView kProfileKeys[ProfileKeyCount] = {"id", "kind", "vk_id", "owner_id", "name", "label",
    "app", "scope", "obtained_at", "expires_at", "email", "has_trusted_hash", "last_check", "secret_store",
    "refresh_expires_at", "vkid_scope", "sign_in_again"};
constexpr QByteArrayView kAppKeys[] = {"key", "client_id", "name"};
constexpr QByteArrayView kLastCheckKeys[] = {"at", "result", "message", "reason"};

template <std::size_t N> int keyIndex(QByteArrayView key, const QByteArrayView (&keys)[N])
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key.size() == keys[i].size()
            && std::memcmp(key.data(), keys[i].data(), std::size_t(key.size())) == 0)
            return int(i);
    }
    return -1;
}

// Marks key `index` (of keyIndex; -1 for a key not read) as seen; false when it was seen before, a
// duplicate key the fast reader leaves to Qt's (which keeps the last).
bool firstSight(unsigned &seen, int index)
{
    if (index < 0)
        return true;
    if (seen & (1u << index))
        return false;
    seen |= 1u << index;
    return true;
}

// Each value reader below reads what the matching QJsonValue accessor in Profile::fromJson would
// give for that value: toString() is null for anything but a string, toBool() false for anything
// but true, toObject() empty for anything but an object, toInteger() 0 for anything but a number.
class Reader : JsonCursor
{
public:
    using JsonCursor::JsonCursor;

    bool document(int maxSchema, const Sink &sink);

private:
    QString shared(const Text &text);
    bool stringValue(QString &out, int depth);
    struct Last
    {
        QByteArrayView raw;
        QString value;
    };
    bool sharedValue(QString &out, Last &last, int depth);
    bool dateValue(QDateTime &out, int depth);
    bool idValue(qint64 &out, bool &ok, int depth);
    bool profile(Profile &p, int depth);
    bool app(Profile &p, int depth);
    bool scope(Profile &p, int depth);
    bool lastCheck(Profile &p, int depth);

    QHash<QByteArrayView, QString> m_shared; // views into the content, alive while reading
    // The last value of each shared field: most profiles repeat the one before.
    Last m_lastKind;
    Last m_lastAppKey;
    Last m_lastClientId;
    Last m_lastAppName;
    Last m_lastResult;
    Last m_lastMessage;
    Last m_lastReason;
    Last m_lastStore;
};

QString Reader::shared(const Text &text)
{
    if (text.escaped)
        return decode(text);
    const auto found = m_shared.constFind(text.raw);
    if (found != m_shared.cend())
        return *found;
    QString value = decode(text);
    if (m_shared.size() < kMaxShared)
        m_shared.insert(text.raw, value);
    return value;
}

bool Reader::stringValue(QString &out, int depth)
{
    if (peek() != '"') {
        out = QString();
        return skipValue(depth);
    }
    Text t;
    if (!text(t))
        return false;
    out = decode(t);
    return true;
}

bool Reader::sharedValue(QString &out, Last &last, int depth)
{
    if (peek() != '"') {
        out = QString();
        return skipValue(depth);
    }
    Text t;
    if (!text(t))
        return false;
    if (t.escaped) {
        out = decode(t);
        return true;
    }
    if (t.raw != last.raw)
        last = Last {t.raw, shared(t)};
    out = last.value;
    return true;
}

// Profile::fromJson's dates: IsoDate::parseUtc(value.toString()).
bool Reader::dateValue(QDateTime &out, int depth)
{
    if (peek() != '"') {
        out = QDateTime(); // IsoDate::parseUtc(QString()), without asking QDateTime::fromString
        return skipValue(depth);
    }
    Text t;
    if (!text(t))
        return false;
    out = t.escaped ? IsoDate::parseUtc(decode(t)) : IsoDate::parseUtcUtf8(t.raw);
    return true;
}

// Profile::fromJson's ids: value.toString().toLongLong(&ok).
bool Reader::idValue(qint64 &out, bool &ok, int depth)
{
    if (peek() != '"') {
        out = QString().toLongLong(&ok);
        return skipValue(depth);
    }
    Text t;
    if (!text(t))
        return false;
    out = plainDigits(t);
    ok = out >= 0;
    if (!ok)
        out = decode(t).toLongLong(&ok);
    return true;
}

// Past the '{' of one entry of "profiles"; what Profile::fromJson makes of it.
bool Reader::profile(Profile &p, int depth)
{
    unsigned seen = 0;
    bool kindOk = false;
    bool vkIdOk = false;
    const bool read = members([&](QByteArrayView key) {
        const int index = keyIndex(key, kProfileKeys);
        if (!firstSight(seen, index))
            return false;
        const int inner = depth + 1;
        switch (index) {
        case Id:
            return stringValue(p.id, inner);
        case Kind: {
            QString kind;
            if (!sharedValue(kind, m_lastKind, inner))
                return false;
            kindOk = kind == Profile::kindName(TokenKind::User)
                || kind == Profile::kindName(TokenKind::Community);
            p.kind = kind == Profile::kindName(TokenKind::User) ? TokenKind::User : TokenKind::Community;
            return true;
        }
        case VkId:
            return idValue(p.vkId, vkIdOk, inner);
        case OwnerId: {
            bool ignored = false;
            return idValue(p.ownerId, ignored, inner);
        }
        case Name:
            return stringValue(p.name, inner);
        case Label:
            return stringValue(p.label, inner);
        case App:
            return app(p, inner);
        case Scope:
            return scope(p, inner);
        case ObtainedAt:
            return dateValue(p.obtainedAt, inner);
        case ExpiresAt:
            return dateValue(p.expiresAt, inner);
        case Email:
            return stringValue(p.email, inner);
        case HasTrustedHash:
            p.hasTrustedHash = peek() == 't';
            return skipValue(inner);
        case LastCheck:
            return lastCheck(p, inner);
        case SecretStore: {
            QString store;
            if (!sharedValue(store, m_lastStore, inner))
                return false;
            p.secretStore = secretBackendFromName(store).value_or(SecretBackend::Keychain);
            return true;
        }
        case RefreshExpiresAt:
            return dateValue(p.refreshExpiresAt, inner);
        case VkIdScope:
            return stringValue(p.scopeText, inner);
        case SignInAgain:
            p.signInAgain = peek() == 't';
            return skipValue(inner);
        default: {
            // A field this version does not know, kept on rewrite (Profile::extra) as Qt reads it.
            peek();
            const char *start = position();
            if (!skipValue(inner))
                return false;
            const QString name = QString::fromUtf8(key);
            if (ProfileIndex::keepsUnknownField(name)) {
                const QByteArray value = '[' + QByteArrayView(start, position() - start).toByteArray() + ']';
                p.extra.insert(name, QJsonDocument::fromJson(value).array().first());
            }
            return true;
        }
        }
    });
    // Profile::fromJson's acceptance rules; a damaged entry is left to the Qt path (its message).
    return read && kindOk && vkIdOk && p.vkId > 0 && !p.id.isEmpty();
}

bool Reader::app(Profile &p, int depth)
{
    if (!take('{'))
        return skipValue(depth);
    unsigned seen = 0;
    return members([&](QByteArrayView key) {
        const int index = keyIndex(key, kAppKeys);
        if (!firstSight(seen, index))
            return false;
        switch (index) {
        case 0:
            return sharedValue(p.appKey, m_lastAppKey, depth + 1);
        case 1:
            return sharedValue(p.appClientId, m_lastClientId, depth + 1);
        case 2:
            return sharedValue(p.appName, m_lastAppName, depth + 1);
        default:
            return skipValue(depth + 1);
        }
    });
}

bool Reader::scope(Profile &p, int depth)
{
    if (!take('{'))
        return skipValue(depth);
    bool seen = false;
    return members([&](QByteArrayView key) {
        if (key != QByteArrayView("mask"))
            return skipValue(depth + 1);
        if (seen)
            return false;
        seen = true;
        const char c = peek();
        if (c != '-' && (c < '0' || c > '9')) {
            p.scope = 0;
            return skipValue(depth + 1);
        }
        qint64 mask = 0;
        if (!integer(mask))
            return false;
        p.scope = quint32(mask); // as quint32(toInteger())
        return true;
    });
}

bool Reader::lastCheck(Profile &p, int depth)
{
    if (!take('{'))
        return skipValue(depth);
    unsigned seen = 0;
    return members([&](QByteArrayView key) {
        const int index = keyIndex(key, kLastCheckKeys);
        if (!firstSight(seen, index))
            return false;
        switch (index) {
        case 0:
            return dateValue(p.lastCheckAt, depth + 1);
        case 1: {
            QString result;
            if (!sharedValue(result, m_lastResult, depth + 1))
                return false;
            p.lastCheck = Profile::statusFromName(result);
            return true;
        }
        case 2:
            return sharedValue(p.lastCheckMessage, m_lastMessage, depth + 1);
        case 3:
            return sharedValue(p.lastCheckReason, m_lastReason, depth + 1);
        default:
            return skipValue(depth + 1);
        }
    });
}

bool Reader::document(int maxSchema, const Sink &sink)
{
    qint64 schema = 0;
    bool schemaSeen = false;
    bool profilesSeen = false;
    if (!take('{'))
        return false; // also a byte order mark: Qt's
    const bool read = members([&](QByteArrayView key) {
        if (key == QByteArrayView("schema")) {
            if (schemaSeen)
                return false;
            schemaSeen = true;
            const char c = peek();
            return (c == '-' || (c >= '0' && c <= '9')) && integer(schema);
        }
        if (key == QByteArrayView("profiles")) {
            if (profilesSeen || !take('['))
                return false;
            profilesSeen = true;
            // The list is made at its size once: no regrowth that would move every profile and
            // hold two lists at once.
            sink.reserve(countObjects());
            return elements([&] {
                if (!take('{'))
                    return false;
                return profile(sink.add(), 3);
            });
        }
        return skipValue(2);
    });
    if (!read || peek() != '\0' || !atEnd())
        return false;
    // "no schema version", "written by a newer version": Qt's messages
    return schemaSeen && schema >= 1 && schema <= maxSchema;
}

} // namespace

std::optional<QList<Profile>> read(QByteArrayView content, int maxSchema)
{
    QList<Profile> list;
    const Sink sink {[&list](qsizetype count) { list.reserve(count); },
        [&list]() -> Profile & { return list.emplaceBack(); }};
    if (!Reader(content).document(maxSchema, sink))
        return std::nullopt;
    return list;
}

bool read(QByteArrayView content, int maxSchema, const Sink &sink)
{
    return Reader(content).document(maxSchema, sink);
}

} // namespace vkauth::IndexReader
