// SPDX-License-Identifier: MIT
#include "StoreMigrateCommand.h"

#include "CommandParser.h"
#include "Settings.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "profiles/SecretVault.h"

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
    auto *keychain = new SecretStore(QStringLiteral("vkauth"), context());
    auto *vault = new SecretStore(QStringLiteral("vkauth"), context());
    vault->useVault(m_vault);
    m_from = m_target == SecretBackend::Vault ? keychain : vault;
    m_to = m_target == SecretBackend::Vault ? vault : keychain;
    for (const Profile &p : m_store->profiles()) {
        if (p.secretStore != m_target)
            m_moves.append(Move {p, {}, false});
    }
    readNext();
    return m_loop.exec();
}

void StoreMigrateCommand::readNext()
{
    if (m_at == m_moves.size()) {
        m_at = 0;
        writeNext();
        return;
    }
    m_from->read(m_moves.at(m_at).profile.id, context(), [this](const SecretReply &reply) {
        if (!reply.ok()) {
            fail(reply.error->codeName(),
                tr("the token of \"%1\" could not be read: %2")
                    .arg(printable(m_moves.at(m_at).profile.title()), reply.error->text()));
            return;
        }
        m_moves[m_at++].secret = reply.data;
        readNext();
    });
}

void StoreMigrateCommand::writeNext()
{
    if (m_at == m_moves.size()) {
        commit();
        return;
    }
    m_to->write(
        m_moves.at(m_at).profile.id, m_moves.at(m_at).secret, context(), [this](const SecretReply &reply) {
            Move &move = m_moves[m_at];
            move.written = reply.ok() || reply.error->code == SecretErrorCode::Timeout;
            if (!reply.ok()) {
                fail(reply.error->codeName(), reply.error->text());
                return;
            }
            ++m_at;
            writeNext();
        });
}

void StoreMigrateCommand::commit()
{
    QList<Profile> profiles;
    for (const Move &move : std::as_const(m_moves)) {
        profiles << move.profile;
        profiles.last().secretStore = m_target;
    }
    if (!profiles.isEmpty() && !m_store->commitImport(profiles)) {
        fail(Output::codeName(Failure), tr("the profile list could not be written"));
        return;
    }
    Settings settings = Settings::load();
    settings.secretStore = m_target;
    settings.save();
    const QString fromEnv = qEnvironmentVariable("VKAUTH_SECRET_STORE");
    if (!fromEnv.isEmpty() && secretBackendFromName(fromEnv) != m_target) {
        m_output.message(
            tr("Note: VKAUTH_SECRET_STORE=%1 is set and wins over the settings; set it to \"%2\".")
                .arg(fromEnv.left(40), secretBackendName(m_target)));
    }
    m_at = 0;
    removeNext();
}

// The source copies go last: the profiles already point at the target, so a copy that cannot be
// removed is only reported.
void StoreMigrateCommand::removeNext()
{
    if (m_at == m_moves.size()) {
        wipeSecrets();
        if (m_output.json()) {
            m_output.document(QJsonObject {{QStringLiteral("moved"), m_moves.size()},
                {QStringLiteral("to"), secretBackendName(m_target)},
                {QStringLiteral("not_removed"), QJsonArray::fromStringList(m_leftovers)}});
        }
        m_output.message(movedMessage());
        if (!m_leftovers.isEmpty()) {
            m_output.message(tr("These old copies could not be removed from the store they came from: %1")
                                 .arg(m_leftovers.join(QStringLiteral(", "))));
        }
        m_loop.finish(Ok);
        return;
    }
    m_from->remove(m_moves.at(m_at).profile.id, context(), [this](const SecretReply &reply) {
        if (!reply.ok())
            m_leftovers << m_moves.at(m_at).profile.id;
        ++m_at;
        removeNext();
    });
}

QString StoreMigrateCommand::movedMessage() const
{
    const int n = int(m_moves.size());
    return m_target == SecretBackend::Vault ? tr("Moved %n profile(s) to the vault.", nullptr, n)
                                            : tr("Moved %n profile(s) to the system keychain.", nullptr, n);
}

void StoreMigrateCommand::fail(const QString &codeName, const QString &why)
{
    m_failureCode = codeName;
    m_failure = why;
    m_at = m_moves.size();
    undoNext();
}

// Newest first: takes back what was written to the target.
void StoreMigrateCommand::undoNext()
{
    while (m_at > 0 && !m_moves.at(m_at - 1).written)
        --m_at;
    if (m_at == 0) {
        wipeSecrets();
        QString message = tr("Nothing was moved; the tokens stay where they were: %1").arg(m_failure);
        if (!m_leftovers.isEmpty()) {
            message += u'\n'
                + tr("These copies could not be taken back from the target store: %1")
                      .arg(m_leftovers.join(QStringLiteral(", ")));
        }
        m_loop.finish(m_output.fail(Keychain, m_failureCode, message));
        return;
    }
    m_to->remove(m_moves.at(m_at - 1).profile.id, context(), [this](const SecretReply &reply) {
        if (!reply.ok())
            m_leftovers << m_moves.at(m_at - 1).profile.id;
        m_moves[m_at - 1].written = false;
        --m_at;
        undoNext();
    });
}

void StoreMigrateCommand::wipeSecrets()
{
    for (Move &move : m_moves)
        SecretVault::wipe(move.secret);
}

} // namespace vkauth::cli
