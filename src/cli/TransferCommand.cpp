// SPDX-License-Identifier: MIT
#include "TransferCommand.h"

#include "InputReader.h"
#include "crypto/PassphraseStrength.h"
#include "transfer/ExportError.h"

#include <unistd.h>

namespace vkauth::cli {

TransferCommand::TransferCommand(Output &output, const QString &name, const QString &arguments)
    : Command(output, name, arguments, Needs::Store)
    , m_input(new InputReader(STDIN_FILENO, context()))
{
}

int TransferCommand::fail(const ExportError &error)
{
    const ExitCode code = error.code == ExportErrorCode::KeychainFailed ? Keychain
        : error.code == ExportErrorCode::Cancelled                      ? Cancelled
                                                                        : Failure;
    return m_output.fail(code, error.codeName(), error.text());
}

void TransferCommand::readPassphrase(
    bool fromStdin, bool confirm, const std::function<void(const QString &)> &given)
{
    // A new passphrase (export) that is easy to guess gets a warning, as in the app's export dialog.
    const auto then = [this, confirm, given](const QString &passphrase) {
        const auto strength = PassphraseStrength::assess(passphrase);
        if (confirm && strength.level <= PassphraseStrength::Level::Weak) {
            m_output.message(tr("Warning: this passphrase is weak (%1): anyone who gets the file can try "
                                "guesses offline. %2")
                                 .arg(PassphraseStrength::levelName(strength.level), strength.hint));
        }
        given(passphrase);
    };
    if (!fromStdin && !m_input->isTerminal()) {
        m_loop.finish(
            m_output.fail(Cancelled, tr("No passphrase: stdin is not a terminal. Use --passphrase-stdin.")));
        return;
    }
    const bool ask = m_input->isTerminal();
    m_input->readLine(true, context(), [this, ask, confirm, then](const std::optional<QString> &first) {
        if (!first || first->isEmpty()) {
            m_loop.finish(m_output.fail(Cancelled, tr("No passphrase was given.")));
            return;
        }
        if (!ask || !confirm) {
            then(*first);
            return;
        }
        m_input->readLine(true, context(), [this, first, then](const std::optional<QString> &second) {
            if (second != first) {
                m_loop.finish(m_output.fail(Cancelled, tr("The passphrases differ.")));
                return;
            }
            then(*first);
        });
        m_output.err() << tr("Repeat the passphrase: ") << Qt::flush;
    });
    // Asked only once the echo is off, so nothing typed in reply shows.
    if (ask)
        m_output.err() << tr("Passphrase: ") << Qt::flush;
}

} // namespace vkauth::cli
