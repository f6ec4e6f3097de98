// SPDX-License-Identifier: MIT
#include "VaultUnlock.h"

#include "Output.h"
#include "profiles/PassphraseFile.h"
#include "profiles/SecretVault.h"

#include <cerrno>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace vkauth::cli {
namespace {
constexpr int kMaxLineBytes = 4096;
} // namespace

VaultUnlock::VaultUnlock(Output &output, bool fromStdin)
    : m_output(output)
    , m_fromStdin(fromStdin)
{
}

bool VaultUnlock::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QString> VaultUnlock::readLine(int fd, bool hideEcho)
{
    struct termios saved
    {
    };
    const bool echoOff = hideEcho && isatty(fd) == 1 && tcgetattr(fd, &saved) == 0;
    if (echoOff) {
        struct termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSANOW, &quiet);
    }
    QByteArray line;
    bool ended = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n == 1) {
            if (c == '\n')
                break;
            if (line.size() < kMaxLineBytes)
                line.append(c);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            struct pollfd wait
            {
                fd, POLLIN, 0
            };
            ::poll(&wait, 1, -1);
            continue;
        }
        ended = line.isEmpty();
        break;
    }
    if (echoOff) {
        tcsetattr(fd, TCSANOW, &saved);
        [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, "\n", 1);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (ended)
        return std::nullopt;
    const QString text = QString::fromUtf8(line);
    line.fill('\0');
    return text;
}

std::optional<QString> VaultUnlock::prompt(const QString &question)
{
    m_output.err() << question << Qt::flush;
    return readLine(STDIN_FILENO, true);
}

std::optional<SecretError> VaultUnlock::unlock(SecretVault &vault)
{
    const bool creating = !vault.exists();
    QString passphrase;
    if (m_fromStdin) {
        const auto line = readLine(STDIN_FILENO, false);
        if (!line || line->isEmpty())
            return SecretError::make(
                SecretErrorCode::VaultLocked, QStringLiteral("no line on standard input"));
        passphrase = *line;
    } else if (const QString file = qEnvironmentVariable(PassphraseFile::variable); !file.isEmpty()) {
        if (auto error = PassphraseFile::read(file, &passphrase))
            return error;
    } else if (stdinIsTerminal()) {
        if (creating)
            m_output.err() << tr("A new vault will keep the tokens in \"%1\".").arg(vault.path()) << Qt::endl;
        const auto typed = prompt(creating ? tr("New vault passphrase: ") : tr("Vault passphrase: "));
        if (!typed || typed->isEmpty())
            return SecretError::make(SecretErrorCode::VaultLocked, QStringLiteral("no passphrase typed"));
        if (creating && prompt(tr("Type it again: ")) != typed)
            return SecretError::make(SecretErrorCode::VaultLocked, tr("the two passphrases differ"));
        passphrase = *typed;
    } else {
        return SecretError::make(SecretErrorCode::VaultLocked,
            tr("give it with VKAUTH_VAULT_PASSPHRASE_FILE or --vault-passphrase-stdin"));
    }
    vault.setPassphrase(passphrase);
    return vault.unlock();
}

std::optional<QString> VaultUnlock::askNew(bool fromStdin, int &exitCode)
{
    if (fromStdin) {
        auto line = readLine(STDIN_FILENO, false);
        if (line && !line->isEmpty())
            return line;
        exitCode = m_output.fail(Cancelled, tr("No new passphrase on standard input."));
        return std::nullopt;
    }
    if (!stdinIsTerminal()) {
        exitCode = m_output.fail(Usage,
            tr("A new vault passphrase is typed on a terminal, or given with --new-passphrase-stdin."));
        return std::nullopt;
    }
    const auto first = prompt(tr("New vault passphrase: "));
    if (!first || first->isEmpty()) {
        exitCode = m_output.fail(Cancelled, tr("No passphrase typed."));
        return std::nullopt;
    }
    const auto again = prompt(tr("Type it again: "));
    if (again != first) {
        exitCode = m_output.fail(Cancelled, tr("The two passphrases differ; nothing was changed."));
        return std::nullopt;
    }
    return first;
}

} // namespace vkauth::cli
