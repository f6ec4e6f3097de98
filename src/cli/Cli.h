#pragma once

#include "Output.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace vkauth::cli {

class Command;

// The vkauth-cli front: parses argv, runs one command, returns its exit code.
class Cli
{
public:
    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    // The verb's Command; nullptr for "login" (its methods below), "help" and unknown words.
    std::unique_ptr<Command> commandFor(const QString &name);
    int login(const QStringList &args);
    int usage(const QString &problem);
    int printHelp();

    QTextStream &m_out;
    QTextStream &m_err;
    Output m_output;
};

} // namespace vkauth::cli
