#include "Cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vkauth"));
    QCoreApplication::setOrganizationName(QStringLiteral("vkauth"));
    // Messages are the CLI's own; the core's step-by-step log only when asked (QT_LOGGING_RULES wins).
    QLoggingCategory::setFilterRules(QStringLiteral("vkauth.*.debug=false\nvkauth.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    vkauth::cli::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
