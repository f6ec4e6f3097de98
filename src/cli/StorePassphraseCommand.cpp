// SPDX-License-Identifier: MIT
#include "StorePassphraseCommand.h"

#include "CommandParser.h"
#include "VaultUnlock.h"
#include "profiles/SecretVault.h"

#include <QJsonObject>

namespace vkauth::cli {

StorePassphraseCommand::StorePassphraseCommand(Output &output)
    : Command(output, QStringLiteral("store passphrase"), QString(), Needs::Nothing)
{
}

QString StorePassphraseCommand::description() const
{
    return tr("Changes the passphrase of the vault (the encrypted file that keeps the tokens when\n"
              "VKAUTH_SECRET_STORE=vault). The current passphrase is asked for first.");
}

void StorePassphraseCommand::addOptions(CommandParser &parser) const
{
    parser.add(QCommandLineOption(QStringLiteral("new-passphrase-stdin"),
        tr("Read the new passphrase from the next line of standard input.")));
}

int StorePassphraseCommand::execute(const CommandParser &parser, const std::optional<Profile> &)
{
    int exitCode = Ok;
    VaultUnlock ask(m_output, false);
    const auto passphrase = ask.askNew(parser.isSet(QStringLiteral("new-passphrase-stdin")), exitCode);
    if (!passphrase)
        return exitCode;
    if (const auto error = m_vault->changePassphrase(*passphrase))
        return keychainFailure(*error);
    if (m_output.json())
        m_output.document(QJsonObject {{QStringLiteral("changed"), true}});
    m_output.message(tr("The vault passphrase was changed."));
    return Ok;
}

} // namespace vkauth::cli
