// SPDX-License-Identifier: MIT
#include "ListCommand.h"

#include "CommandParser.h"
#include "profiles/IsoDate.h"
#include "profiles/ProfileStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace vkauth::cli {
namespace {

// What text.leftJustified(width) appends, without the copy.
void appendPadded(QString &line, QStringView text, qsizetype width)
{
    line += text;
    if (text.size() < width)
        line.resize(line.size() + width - text.size(), u' ');
}

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
    const auto isPlain = [](const QString &text) {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u' ' && c <= u'~'; });
    };
    // "%1  %2  %3  %4  %5" of the padded columns, appended by hand (10,000 lines: arg() and
    // leftJustified() were a quarter of list's instructions); the same bytes.
    for (const Profile &p : profiles) {
        const QString title = p.title();
        QString line;
        line.reserve(100);
        appendPadded(line, p.id, 28);
        line += u"  ";
        appendPadded(line, Profile::kindName(p.kind), 9);
        line += u"  ";
        appendPadded(line, QString::number(p.vkId), 12);
        line += u"  ";
        appendPadded(line, isPlain(title) ? title : printable(title), 20); // printable ASCII: as it is
        line += u"  ";
        line += p.expires() ? IsoDate::toIsoString(p.expiresAt) : never;
        m_output.streamLine(line);
    }
    return Ok;
}

} // namespace vkauth::cli
