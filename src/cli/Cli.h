#pragma once

#include "Output.h"

#include <QStringList>
#include <QTextStream>

namespace vkauth::cli {

// The vkauth-cli front: parses argv, runs one command, returns its exit code.
class Cli
{
public:
    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int login(const QStringList &args);
    int usage(const QString &problem);
    int printHelp();
    int printVersion(const QStringList &args);
    int listScopes(const QStringList &args);
    int listApps(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
    Output m_output;
};

} // namespace vkauth::cli
