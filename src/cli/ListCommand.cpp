// SPDX-License-Identifier: MIT
#include "ListCommand.h"

#include "CommandParser.h"
#include "TextColumns.h"
#include "profiles/IsoDate.h"
#include "profiles/ProfileStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace vkauth::cli {
namespace {

// The columns of "list": fixed widths (an id fits whole; a longer name or app ends in "…").
constexpr qsizetype kIdColumns = TextColumns::kId;
constexpr qsizetype kKindColumns = 9;
constexpr qsizetype kVkIdColumns = 12;
constexpr qsizetype kNameColumns = TextColumns::kName;
constexpr qsizetype kAppColumns = 14;
constexpr qsizetype kExpiresColumns = 20;

} // namespace

ListCommand::ListCommand(Output &output)
    : Command(output, QStringLiteral("list"), QString(), Needs::Store)
{
}

QString ListCommand::description() const
{
    return tr("Lists the kept profiles (the same as the app's).");
}

QJsonObject ListCommand::toJson(const Profile &profile)
{
    QJsonObject o = profile.toJson();
    o.insert(QStringLiteral("vk_id"), profile.vkId);
    if (profile.ownerId != 0)
        o.insert(QStringLiteral("owner_id"), profile.ownerId);
    o.insert(QStringLiteral("label"), profile.label);
    o.insert(QStringLiteral("title"), profile.title());
    return o;
}

int ListCommand::execute(const CommandParser &parser, const std::optional<Profile> &)
{
    if (!parser.positional().isEmpty())
        return m_output.fail(Usage, tr("list takes no arguments."));
    // Straight from the store's records: a copy of 10,000 profiles was 3.4 MB of list's peak memory.
    if (m_output.json()) {
        m_output.beginArray();
        m_store->forEachProfile([this](const Profile &p) { m_output.arrayItem(toJson(p)); });
        m_output.endArray();
        return Ok;
    }
    if (m_store->count() == 0) {
        m_output.message(
            tr("No profiles yet. Sign in with \"vkauth-cli login direct\" or \"login browser\"."));
        return Ok;
    }
    const QString never = tr("never");
    QString header;
    TextColumns::cell(header, tr("ID"), kIdColumns);
    TextColumns::cell(header, tr("KIND"), kKindColumns);
    TextColumns::cell(header, tr("VK ID"), kVkIdColumns);
    TextColumns::cell(header, tr("NAME"), kNameColumns);
    TextColumns::cell(header, tr("APP"), kAppColumns);
    TextColumns::cell(header, tr("EXPIRES"), kExpiresColumns);
    header += tr("LAST CHECK");
    m_output.streamLine(header);
    // The padded columns appended by hand (10,000 lines: arg() and leftJustified() were a quarter of
    // list's instructions).
    m_store->forEachProfile([this, &never](const Profile &p) {
        QString line;
        line.reserve(140);
        TextColumns::cell(line, p.id, std::max(kIdColumns, p.id.size()));
        TextColumns::cell(line, Profile::kindName(p.kind), kKindColumns);
        TextColumns::cell(line, QString::number(p.vkId), kVkIdColumns);
        TextColumns::cell(line, printable(p.title()), kNameColumns);
        TextColumns::cell(line, printable(p.appName.isEmpty() ? p.appKey : p.appName), kAppColumns);
        TextColumns::cell(line, p.expires() ? IsoDate::toIsoString(p.expiresAt) : never, kExpiresColumns);
        if (p.lastCheckAt.isValid())
            line += Profile::statusName(p.lastCheck) + u' ' + IsoDate::toIsoString(p.lastCheckAt);
        else
            line += never;
        m_output.streamLine(line);
    });
    return Ok;
}

} // namespace vkauth::cli
