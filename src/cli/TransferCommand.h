// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <functional>

namespace vkauth {
struct ExportError;
}

namespace vkauth::cli {

class InputReader;

// What "export" and "import" share: the passphrase typed without echo or read from stdin
// (--passphrase-stdin), never from argv, and how an export error ends the command.
class TransferCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::TransferCommands)

public:
    TransferCommand(Output &output, const QString &name, const QString &arguments);

protected:
    // confirm: a new passphrase (export), asked twice on a terminal and warned about when weak.
    void readPassphrase(bool fromStdin, bool confirm, const std::function<void(const QString &)> &then);
    int fail(const ExportError &error);

private:
    InputReader *m_input;
};

} // namespace vkauth::cli
