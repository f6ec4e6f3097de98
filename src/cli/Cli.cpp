#include "Cli.h"

#include "ExitCode.h"
#include "OfficialApps.h"
#include "Scopes.h"
#include "Version.h"

#include <QCoreApplication>

namespace vkauth::cli {

namespace {
// lupdate files the tr() calls below under the class they sit in, so the context must be its name.
QString tr(const char *text)
{
    return QCoreApplication::translate("vkauth::cli::Cli", text);
}
} // namespace

Cli::Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int Cli::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usage(tr("no command given"));
    const QString command = args.first();
    if (command == u"--version" || command == u"-v" || command == u"version") {
        m_out << "vkauth-cli " << kVersion << Qt::endl;
        return Ok;
    }
    if (command == u"--help" || command == u"-h" || command == u"help")
        return printHelp();
    if (command == u"scopes")
        return listScopes(args.mid(1));
    if (command == u"apps")
        return listApps(args.mid(1));
    return usage(tr("unknown command \"%1\"").arg(command));
}

int Cli::usage(const QString &problem)
{
    m_err << "vkauth-cli: " << problem << Qt::endl << tr("Try \"vkauth-cli --help\".") << Qt::endl;
    return Usage;
}

int Cli::printHelp()
{
    m_out << tr("Usage: vkauth-cli COMMAND [OPTIONS]\n"
                "\n"
                "Gets, keeps and hands out VK access tokens, from a terminal or a script.\n"
                "\n"
                "Commands:\n"
                "  scopes [user|community]   list permission names and their bits\n"
                "  apps                      list the official apps usable for direct login\n"
                "  help                      show this help\n"
                "  version                   show the version\n")
          << Qt::flush;
    return Ok;
}

int Cli::listScopes(const QStringList &args)
{
    ScopeKind kind = ScopeKind::User;
    if (!args.isEmpty()) {
        if (args.first() == u"community" || args.first() == u"group")
            kind = ScopeKind::Community;
        else if (args.first() != u"user")
            return usage(tr("scopes: expected \"user\" or \"community\", got \"%1\"").arg(args.first()));
    }
    for (const auto &entry : Scopes::table(kind))
        m_out << QString::fromLatin1(entry.name).leftJustified(16) << entry.bit << '\n';
    m_out << Qt::flush;
    return Ok;
}

int Cli::listApps(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("apps takes no arguments"));
    for (const auto &app : AppCredentials::official())
        m_out << app.key.leftJustified(14) << app.clientId.leftJustified(10) << app.displayName << '\n';
    m_out << Qt::flush;
    return Ok;
}

} // namespace vkauth::cli
