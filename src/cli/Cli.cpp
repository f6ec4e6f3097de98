#include "Cli.h"

#include "ExitCode.h"
#include "LoginCommand.h"
#include "ProfileCommands.h"
#include "TransferCommands.h"
#include "Version.h"
#include "auth/OfficialApps.h"
#include "auth/Scopes.h"

#include "CommandParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vkauth::cli {

namespace {
// lupdate files the tr() calls below under the class they sit in, so the context must be its name.
QString tr(const char *text)
{
    return QCoreApplication::translate("vkauth::cli::Cli", text);
}
} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_output(out, err)
{
}

int Cli::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    m_output.setJson(args.contains(QStringLiteral("--json")));
    if (args.isEmpty())
        return usage(tr("no command given"));
    const QString command = args.first();
    if (command == u"--version" || command == u"-v" || command == u"version")
        return printVersion(args.mid(1));
    if (command == u"--help" || command == u"-h" || command == u"help")
        return printHelp();
    if (command == u"scopes")
        return listScopes(args.mid(1));
    if (command == u"apps")
        return listApps(args.mid(1));
    if (command == u"login")
        return login(args.mid(1));
    if (command == u"verify")
        return LoginCommand(m_output).runVerify(args.mid(1));
    if (command == u"list")
        return ProfileCommands(m_output).runList(args.mid(1));
    if (command == u"token")
        return ProfileCommands(m_output).runToken(args.mid(1));
    if (command == u"check")
        return ProfileCommands(m_output).runCheck(args.mid(1));
    if (command == u"remove")
        return ProfileCommands(m_output).runRemove(args.mid(1));
    if (command == u"export")
        return TransferCommands(m_output).runExport(args.mid(1));
    if (command == u"import")
        return TransferCommands(m_output).runImport(args.mid(1));
    return usage(tr("unknown command \"%1\"").arg(command));
}

int Cli::login(const QStringList &args)
{
    const QString method = args.value(0);
    if (method == u"direct")
        return LoginCommand(m_output).runDirect(args.mid(1));
    if (method == u"browser")
        return LoginCommand(m_output).runBrowser(args.mid(1));
    if (method == u"--help" || method == u"-h") {
        m_out << tr(
            "Usage: vkauth-cli login direct|browser [options]\n"
            "  login direct    sign in with login/phone and password (vkauth-cli login direct --help)\n"
            "  login browser   sign in on VK's page in a browser (vkauth-cli login browser --help)\n")
              << Qt::flush;
        return Ok;
    }
    return usage(method.isEmpty() ? tr("login needs a method: direct or browser")
                                  : tr("unknown login method \"%1\" (direct or browser)").arg(method));
}

int Cli::usage(const QString &problem)
{
    m_output.fail(Usage, problem);
    m_err << tr("Try \"vkauth-cli --help\".") << Qt::endl;
    return Usage;
}

int Cli::printHelp()
{
    m_out << tr("Usage: vkauth-cli COMMAND [OPTIONS]\n"
                "\n"
                "Gets, keeps and hands out VK access tokens, from a terminal or a script.\n"
                "\n"
                "Commands (each has --help, and --json for output a script can parse):\n"
                "  login direct --login L|--phone P [--app APP] [--scope S] ...\n"
                "                            sign in with a password; saves a profile, prints the token\n"
                "  login browser --client-id ID|--app APP [--groups 1,2] [--scope S]\n"
                "                            sign in on VK's page in a browser, paste the final address\n"
                "  verify REDIRECT_URI [--login L|--phone P]\n"
                "                            pass VK's security check to a token\n"
                "  list                      list the kept profiles (the same as the app's)\n"
                "  token PROFILE             print just the token: VK_TOKEN=$(vkauth-cli token mybot)\n"
                "  check PROFILE             ask VK whether the token still works\n"
                "  remove PROFILE            forget a profile and its token\n"
                "  export [--format encrypted|json|env|meta] [PROFILE...] --output FILE\n"
                "                            write profiles to a file (encrypted by default)\n"
                "  import FILE               add the profiles of an export file\n"
                "  scopes [user|community]   list permission names and their bits\n"
                "  apps                      list the official apps usable for direct login\n"
                "  help                      show this help\n"
                "  version                   show the version\n")
          << Qt::flush;
    return Ok;
}

int Cli::printVersion(const QStringList &args)
{
    CommandParser parser(QStringLiteral("version"), {}, tr("Shows the version."));
    int exitCode = Ok;
    if (!parser.run(m_output, args, exitCode))
        return exitCode;
    if (m_output.json())
        m_output.document(QJsonObject {{QStringLiteral("version"), QString::fromLatin1(kVersion)}});
    else
        m_out << "vkauth-cli " << kVersion << Qt::endl;
    return Ok;
}

int Cli::listScopes(const QStringList &args)
{
    CommandParser parser(QStringLiteral("scopes"), QStringLiteral("[user|community]"),
        tr("Lists permission names and their bits, for --scope."));
    int exitCode = Ok;
    if (!parser.run(m_output, args, exitCode))
        return exitCode;
    const QStringList words = parser.positional();
    ScopeKind kind = ScopeKind::User;
    if (!words.isEmpty()) {
        if (words.first() == u"community" || words.first() == u"group")
            kind = ScopeKind::Community;
        else if (words.first() != u"user" || words.size() > 1)
            return m_output.fail(
                Usage, tr("scopes: expected \"user\" or \"community\", got \"%1\"").arg(words.join(u' ')));
    }
    QJsonArray array;
    for (const auto &entry : Scopes::table(kind)) {
        if (m_output.json())
            array.append(QJsonObject {{QStringLiteral("name"), QString::fromLatin1(entry.name)},
                {QStringLiteral("bit"), qint64(entry.bit)}});
        else
            m_out << QString::fromLatin1(entry.name).leftJustified(16) << entry.bit << '\n';
    }
    if (m_output.json())
        m_output.document(array);
    m_out << Qt::flush;
    return Ok;
}

int Cli::listApps(const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps"), {},
        tr("Lists the official apps usable for direct login (--app), and the browser apps."));
    int exitCode = Ok;
    if (!parser.run(m_output, args, exitCode))
        return exitCode;
    if (!parser.positional().isEmpty())
        return m_output.fail(Usage, tr("apps takes no arguments"));
    QJsonArray array;
    for (const auto *list : {&AppCredentials::official(), &AppCredentials::browserApps()}) {
        for (const auto &app : *list) {
            if (m_output.json())
                array.append(QJsonObject {{QStringLiteral("key"), app.key},
                    {QStringLiteral("client_id"), app.clientId}, {QStringLiteral("name"), app.displayName},
                    {QStringLiteral("direct_login"), app.directLogin}});
            else
                m_out << app.key.leftJustified(14) << app.clientId.leftJustified(10) << app.displayName
                      << (app.directLogin ? QString() : tr("  (browser only)")) << '\n';
        }
    }
    if (m_output.json())
        m_output.document(array);
    m_out << Qt::flush;
    return Ok;
}

} // namespace vkauth::cli
