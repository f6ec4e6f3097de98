#pragma once

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
    int usage(const QString &problem);
    int printHelp();
    int listScopes(const QStringList &args);
    int listApps(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace vkauth::cli
