// SPDX-License-Identifier: MIT
#include "ScopesCommand.h"

#include "CommandParser.h"
#include "auth/Scopes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vkauth::cli {

ScopesCommand::ScopesCommand(Output &output)
    : Command(output, QStringLiteral("scopes"), QStringLiteral("[user|community]"), Needs::Nothing)
{
}

QString ScopesCommand::description() const
{
    return tr("Lists permission names and their bits, for --scope.");
}

int ScopesCommand::execute(const CommandParser &parser, const std::optional<Profile> &)
{
    const QStringList words = parser.positional();
    ScopeKind kind = ScopeKind::User;
    if (!words.isEmpty()) {
        if (words.first() == u"community" || words.first() == u"group")
            kind = ScopeKind::Community;
        else if (words.first() != u"user" || words.size() > 1)
            return m_output.fail(
                Usage, tr("scopes: expected \"user\" or \"community\", got \"%1\"").arg(words.join(u' ')));
    }
    QJsonArray array;
    for (const auto &entry : Scopes::table(kind)) {
        if (m_output.json())
            array.append(QJsonObject {{QStringLiteral("name"), QString::fromLatin1(entry.name)},
                {QStringLiteral("bit"), qint64(entry.bit)}});
        else
            m_output.line(QString::fromLatin1(entry.name).leftJustified(16) + QString::number(entry.bit));
    }
    if (m_output.json())
        m_output.document(array);
    return Ok;
}

} // namespace vkauth::cli
