// SPDX-License-Identifier: MIT
#include "ListCommand.h"

#include "CommandParser.h"
#include "profiles/IsoDate.h"
#include "profiles/ProfileStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vkauth::cli {

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
    const QList<Profile> profiles = m_store->profiles();
    if (m_output.json()) {
        m_output.beginArray();
        for (const Profile &p : profiles)
            m_output.arrayItem(toJson(p));
        m_output.endArray();
        return Ok;
    }
    if (profiles.isEmpty()) {
        m_output.message(
            tr("No profiles yet. Sign in with \"vkauth-cli login direct\" or \"login browser\"."));
        return Ok;
    }
    const QString never = tr("never");
    for (const Profile &p : profiles) {
        const QString expires = p.expires() ? IsoDate::toIsoString(p.expiresAt) : never;
        m_output.streamLine(QStringLiteral("%1  %2  %3  %4  %5")
                                .arg(p.id.leftJustified(28), Profile::kindName(p.kind).leftJustified(9),
                                    QString::number(p.vkId).leftJustified(12),
                                    printable(p.title()).leftJustified(20), expires));
    }
    return Ok;
}

} // namespace vkauth::cli
