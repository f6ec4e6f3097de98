// SPDX-License-Identifier: MIT
#include "profiles/ProfileIndex.h"

#include "profiles/IndexReader.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace vkauth::ProfileIndex {
namespace {

// Many profiles share an app: keep one copy of its key, client id and name.
class Interner
{
public:
    void share(QString &text)
    {
        const auto it = m_seen.constFind(text);
        if (it != m_seen.cend())
            text = *it;
        else if (m_seen.size() < kMaxDistinct)
            m_seen.insert(text);
    }

private:
    static constexpr qsizetype kMaxDistinct = 256;
    QSet<QString> m_seen;
};

void keepUnknownFields(const QJsonObject &object, Profile &profile)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (keepsUnknownField(it.key()))
            profile.extra.insert(it.key(), it.value());
    }
}

} // namespace

bool keepsUnknownField(const QString &name)
{
    static const QStringList secretNames {QStringLiteral("token"), QStringLiteral("trusted_hash"),
        QStringLiteral("access_token"), QStringLiteral("refresh_token")};
    return !Profile::isKnownField(name) && !secretNames.contains(name);
}

std::optional<QList<Profile>> parse(QByteArray content, QString *problem)
{
    if (auto list = IndexReader::read(content, ProfileStore::kSchemaVersion))
        return list;
    return parseWithQt(std::move(content), problem);
}

// The messages keep ProfileStore's context (where they were first written): translations carry over.
std::optional<QList<Profile>> parseWithQt(QByteArray content, QString *problem)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
    content = QByteArray();
    if (!doc.isObject()) {
        *problem = parseError.error != QJsonParseError::NoError
            ? parseError.errorString()
            : QCoreApplication::translate("vkauth::ProfileStore", "not a JSON object");
        return std::nullopt;
    }
    QJsonObject root = doc.object();
    doc = QJsonDocument();
    const int schema = root.value(QStringLiteral("schema")).toInt(0);
    if (schema < 1) {
        *problem = QCoreApplication::translate("vkauth::ProfileStore", "no schema version");
        return std::nullopt;
    }
    if (schema > ProfileStore::kSchemaVersion) {
        *problem = QCoreApplication::translate(
            "vkauth::ProfileStore", "written by a newer version of VK Auth (schema %1)")
                       .arg(schema);
        return std::nullopt;
    }
    QJsonArray array = root.value(QStringLiteral("profiles")).toArray();
    root = QJsonObject();
    QList<Profile> list;
    list.reserve(array.size());
    Interner interner;
    // From the back, dropping each entry once read: the document shrinks while the list grows.
    while (!array.isEmpty()) {
        const QJsonObject object = array.last().toObject();
        auto p = Profile::fromJson(object);
        if (!p) {
            *problem = QCoreApplication::translate("vkauth::ProfileStore", "a profile entry is damaged");
            return std::nullopt;
        }
        keepUnknownFields(object, *p);
        array.removeLast();
        interner.share(p->appKey);
        interner.share(p->appClientId);
        interner.share(p->appName);
        list.append(std::move(*p));
    }
    std::reverse(list.begin(), list.end());
    return list;
}

QByteArray serialize(const QJsonArray &profiles, int schema)
{
    const QJsonObject root {{QStringLiteral("schema"), schema},
        {QStringLiteral("app"), QStringLiteral("vkauth")}, {QStringLiteral("profiles"), profiles}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace vkauth::ProfileIndex
