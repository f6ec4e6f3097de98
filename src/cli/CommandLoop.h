// SPDX-License-Identifier: MIT
#pragma once

namespace vkauth::cli {

// Runs the application's event loop once for a command that ends asynchronously (network, keychain,
// answers from stdin). finish() may come before exec(): then the loop is never entered.
class CommandLoop
{
public:
    int exec();
    void finish(int exitCode);

private:
    bool m_finished = false;
    bool m_running = false;
    int m_exitCode = 0;
};

} // namespace vkauth::cli
