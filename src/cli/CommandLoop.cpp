// SPDX-License-Identifier: MIT
#include "CommandLoop.h"

#include <QCoreApplication>

namespace vkauth::cli {

int CommandLoop::exec()
{
    if (!m_finished) {
        m_running = true;
        QCoreApplication::exec();
        m_running = false;
    }
    return m_exitCode;
}

void CommandLoop::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    if (m_running)
        QCoreApplication::exit(exitCode);
}

} // namespace vkauth::cli
