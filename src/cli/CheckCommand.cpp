// SPDX-License-Identifier: MIT
#include "CheckCommand.h"

#include "CommandParser.h"
#include "profiles/ProfileStore.h"
#include "profiles/TokenChecker.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vkauth::cli {

CheckCommand::CheckCommand(Output &output, const Settings &settings)
    : Command(output, QStringLiteral("check"), QStringLiteral("PROFILE"), Needs::Profile)
    , m_settings(settings)
{
}

QString CheckCommand::description() const
{
    return tr("Asks VK whether the profile's token still works, and what it may do.\n"
              "Exit code 0 when it works, 3 when VK refuses it, 4 when VK cannot be reached.");
}

int CheckCommand::execute(const CommandParser &, const std::optional<Profile> &profile)
{
    auto *checker = new TokenChecker(NetworkContext::fromSettings(m_settings), nullptr, context());
    QObject::connect(checker, &TokenChecker::finished, context(),
        [this, profile = *profile](const QString &, const CheckResult &result) {
            Profile checked = profile;
            result.applyTo(checked);
            m_store->update(checked);
            const int code = result.status == CheckStatus::Valid ? Ok
                : result.status == CheckStatus::NetworkError     ? Network
                : result.status == CheckStatus::Unknown          ? Failure
                                                                 : AuthRefused;
            if (m_output.json()) {
                QJsonObject o {{QStringLiteral("id"), checked.id},
                    {QStringLiteral("status"), Profile::statusName(result.status)},
                    {QStringLiteral("message"), result.message}, {QStringLiteral("name"), checked.name},
                    {QStringLiteral("scope"), QJsonArray::fromStringList(checked.scopeNames())}};
                if (!result.reason.isEmpty())
                    o.insert(QStringLiteral("reason"), result.reason);
                m_output.document(o);
            } else {
                m_output.line(
                    QStringLiteral("%1: %2").arg(Profile::statusName(result.status), result.message));
                if (code == Ok)
                    m_output.message(tr("%1; permissions: %2")
                                         .arg(printable(checked.title()), checked.scopeNames().join(u',')));
            }
            if (result.reason == u"validation_required")
                m_output.message(tr("Run: vkauth-cli verify --profile %1").arg(checked.id));
            m_loop.finish(code);
        });
    withToken(
        *profile, [checker, profile = *profile](const QString &token) { checker->check(profile, token); });
    return m_loop.exec();
}

} // namespace vkauth::cli
