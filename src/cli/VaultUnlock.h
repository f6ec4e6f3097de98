// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vkauth {
class SecretVault;
struct SecretError;
} // namespace vkauth

namespace vkauth::cli {

class Output;

// The vault passphrase for vkauth-cli, never from argv: one line of standard input
// (--vault-passphrase-stdin), else the file named by VKAUTH_VAULT_PASSPHRASE_FILE (0600 or 0400),
// else a prompt without echo when standard input is a terminal (typed twice for a new vault).
// Everything here is synchronous and runs before the command's event loop: the questions come first.
class VaultUnlock
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::VaultUnlock)

public:
    explicit VaultUnlock(Output &output, bool fromStdin);

    // Gives the vault its passphrase and opens it when it exists (a wrong passphrase fails here,
    // before anything else is done). An error is returned as it is; the caller reports it.
    std::optional<SecretError> unlock(SecretVault &vault);
    // A new passphrase: the next line of standard input when `fromStdin`, else typed twice on the
    // terminal. nullopt after reporting why not (exitCode says how the command ends).
    std::optional<QString> askNew(bool fromStdin, int &exitCode);

    // One line from fd, read byte by byte so nothing after it is taken from the stream (later
    // questions read it); echo off on a terminal. nullopt at the end of input.
    static std::optional<QString> readLine(int fd, bool hideEcho);
    static bool stdinIsTerminal();

private:
    std::optional<QString> prompt(const QString &question);

    Output &m_output;
    bool m_fromStdin;
};

} // namespace vkauth::cli
