// SPDX-License-Identifier: MIT
#include "StoreMigrateCommand.h"

#include "CommandParser.h"
#include "Settings.h"
#include "profiles/ProfileStore.h"
#include "profiles/StoreMigration.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vkauth::cli {

StoreMigrateCommand::StoreMigrateCommand(Output &output)
    : Command(output, QStringLiteral("store migrate"), QString(), Needs::Store)
{
}

QString StoreMigrateCommand::description() const
{
    return tr("Moves the tokens of every profile into the other secret store, all or nothing:\n"
              "  --to vault      into the encrypted vault file beside the profile list\n"
              "  --to keychain   into the system keychain\n"
              "The choice is kept in the settings (VKAUTH_SECRET_STORE still wins).");
}

void StoreMigrateCommand::addOptions(CommandParser &parser) const
{
    parser.add(QCommandLineOption(
        QStringLiteral("to"), tr("Where the tokens go: vault or keychain."), QStringLiteral("STORE")));
}

int StoreMigrateCommand::execute(const CommandParser &parser, const std::optional<Profile> &)
{
    const auto target = secretBackendFromName(parser.value(QStringLiteral("to")));
    if (!target)
        return m_output.fail(Usage, tr("Say where the tokens go: --to vault or --to keychain."));
    m_target = *target;
    auto *migration = new StoreMigration(m_store, m_vault, m_target, context());
    QObject::connect(migration, &StoreMigration::finished, context(),
        [this](const StoreMigration::Result &result) { finished(result); });
    migration->start();
    return m_loop.exec();
}

void StoreMigrateCommand::finished(const StoreMigration::Result &result)
{
    if (!result.ok) {
        QString message
            = tr("Nothing was moved; the tokens stay where they were: %1").arg(printable(result.message));
        if (!result.leftovers.isEmpty()) {
            message += u'\n'
                + tr("These copies could not be taken back from the target store: %1")
                      .arg(result.leftovers.join(QStringLiteral(", ")));
        }
        const QString code = result.errorCode.isEmpty() ? Output::codeName(Failure) : result.errorCode;
        m_loop.finish(m_output.fail(Keychain, code, message));
        return;
    }
    Settings settings = Settings::load();
    settings.secretStore = m_target;
    settings.secretStoreChosen = true;
    settings.save();
    const QString fromEnv = qEnvironmentVariable("VKAUTH_SECRET_STORE");
    if (!fromEnv.isEmpty() && secretBackendFromName(fromEnv) != m_target) {
        m_output.message(
            tr("Note: VKAUTH_SECRET_STORE=%1 is set and wins over the settings; set it to \"%2\".")
                .arg(fromEnv.left(40), secretBackendName(m_target)));
    }
    if (m_output.json()) {
        m_output.document(QJsonObject {{QStringLiteral("moved"), result.moved},
            {QStringLiteral("to"), secretBackendName(m_target)},
            {QStringLiteral("not_removed"), QJsonArray::fromStringList(result.leftovers)}});
    }
    m_output.message(movedMessage(result.moved, m_target));
    if (!result.leftovers.isEmpty()) {
        m_output.message(tr("These old copies could not be removed from the store they came from: %1")
                             .arg(result.leftovers.join(QStringLiteral(", "))));
    }
    m_loop.finish(Ok);
}

QString StoreMigrateCommand::movedMessage(int n, SecretBackend target)
{
    return target == SecretBackend::Vault ? tr("Moved %n profile(s) to the vault.", nullptr, n)
                                          : tr("Moved %n profile(s) to the system keychain.", nullptr, n);
}

} // namespace vkauth::cli
