// SPDX-License-Identifier: MIT
#pragma once

#include "Output.h"
#include "Settings.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace vkauth::cli {

class Command;

// The vkauth-cli front: parses argv, runs one command, returns its exit code.
class Cli
{
public:
    // `settings` are the app's (domain, proxy, timeout), read once by main().
    Cli(QTextStream &out, QTextStream &err, const Settings &settings);
    int run(const QStringList &arguments);

private:
    // The verb's Command ("login" takes its method, direct or browser, as a second word); nullptr for
    // "help" and unknown words.
    std::unique_ptr<Command> commandFor(const QString &name, const QString &method);
    int login(const QString &method);
    int store(const QString &action);
    int usage(const QString &problem);
    int printHelp();

    QTextStream &m_out;
    QTextStream &m_err;
    Output m_output;
    Settings m_settings;
};

} // namespace vkauth::cli
