#include "Cli.h"
#include "Settings.h"
#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vkauth"));
    QCoreApplication::setOrganizationName(QStringLiteral("vkauth"));
    vkauth::Translations::install(vkauth::Settings::load().language);
    QTextStream out(stdout);
    QTextStream err(stderr);
    vkauth::cli::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
