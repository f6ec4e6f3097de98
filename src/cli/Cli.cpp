// SPDX-License-Identifier: MIT
#include "Cli.h"

#include "AddCommand.h"
#include "AppsCommand.h"
#include "CheckCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ListCommand.h"
#include "LoginBrowserCommand.h"
#include "LoginDirectCommand.h"
#include "LoginVkIdCommand.h"
#include "RemoveCommand.h"
#include "ScopesCommand.h"
#include "StoreMigrateCommand.h"
#include "StorePassphraseCommand.h"
#include "TokenCommand.h"
#include "VersionCommand.h"

#include <QCoreApplication>

namespace vkauth::cli {

namespace {
// lupdate files the tr() calls below under the class they sit in, so the context must be its name.
QString tr(const char *text)
{
    return QCoreApplication::translate("vkauth::cli::Cli", text);
}
} // namespace

Cli::Cli(QTextStream &out, QTextStream &err, const Settings &settings)
    : m_out(out)
    , m_err(err)
    , m_output(out, err)
    , m_settings(settings)
{
}

int Cli::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    // --verbose is global: anywhere before "--", before or after the verb.
    const qsizetype end
        = args.contains(QStringLiteral("--")) ? args.indexOf(QStringLiteral("--")) : args.size();
    for (qsizetype i = end - 1; i >= 0; --i) {
        if (args.at(i) == u"--verbose") {
            args.removeAt(i);
            m_output.setVerbose(true);
        }
    }
    m_output.setJson(args.contains(QStringLiteral("--json")));
    if (args.isEmpty())
        return usage(tr("no command given"));
    const QString command = args.first();
    if (command == u"--help" || command == u"-h" || command == u"help")
        return printHelp();
    const bool login = command == u"login";
    const bool twoWords = login || command == u"store";
    if (const auto verb = commandFor(command, args.value(1))) {
        verb->setSecretStoreSetting(m_settings.secretStore);
        verb->setNetwork(NetworkContext::fromSettings(m_settings));
        return verb->run(args.mid(twoWords ? 2 : 1));
    }
    if (login)
        return this->login(args.value(1));
    if (command == u"store")
        return store(args.value(1));
    return usage(tr("unknown command \"%1\"").arg(command));
}

std::unique_ptr<Command> Cli::commandFor(const QString &name, const QString &method)
{
    if (name == u"login" && method == u"direct")
        return std::make_unique<LoginDirectCommand>(m_output, m_settings);
    if (name == u"login" && method == u"browser")
        return std::make_unique<LoginBrowserCommand>(m_output, m_settings);
    if (name == u"login" && method == u"vkid")
        return std::make_unique<LoginVkIdCommand>(m_output, m_settings);
    if (name == u"store" && method == u"migrate")
        return std::make_unique<StoreMigrateCommand>(m_output);
    if (name == u"store" && method == u"passphrase")
        return std::make_unique<StorePassphraseCommand>(m_output);
    if (name == u"verify")
        return std::make_unique<VerifyCommand>(m_output, m_settings);
    if (name == u"--version" || name == u"-v" || name == u"version")
        return std::make_unique<VersionCommand>(m_output);
    if (name == u"scopes")
        return std::make_unique<ScopesCommand>(m_output);
    if (name == u"apps")
        return std::make_unique<AppsCommand>(m_output);
    if (name == u"list")
        return std::make_unique<ListCommand>(m_output);
    if (name == u"token")
        return std::make_unique<TokenCommand>(m_output);
    if (name == u"check")
        return std::make_unique<CheckCommand>(m_output, m_settings);
    if (name == u"remove")
        return std::make_unique<RemoveCommand>(m_output);
    if (name == u"add")
        return std::make_unique<AddCommand>(m_output, m_settings);
    if (name == u"export")
        return std::make_unique<ExportCommand>(m_output);
    if (name == u"import")
        return std::make_unique<ImportCommand>(m_output);
    return nullptr;
}

// "login" without a known method: its help, or a usage error.
int Cli::login(const QString &method)
{
    if (method == u"--help" || method == u"-h") {
        m_out << tr(
            "Usage: vkauth-cli login direct|browser|vkid [options]\n"
            "  login direct    sign in with login/phone and password (vkauth-cli login direct --help)\n"
            "  login browser   sign in on VK's page in a browser (vkauth-cli login browser --help)\n"
            "  login vkid      sign in with VK ID and your own app (vkauth-cli login vkid --help)\n")
              << '\n'
              << exitCodeTable() << Qt::flush;
        return Ok;
    }
    return usage(method.isEmpty() ? tr("login needs a method: direct, browser or vkid")
                                  : tr("unknown login method \"%1\" (direct, browser or vkid)").arg(method));
}

// "store" without a known action: its help, or a usage error.
int Cli::store(const QString &action)
{
    if (action == u"--help" || action == u"-h") {
        m_out << tr("Usage: vkauth-cli store migrate|passphrase [options]\n"
                    "  store migrate --to vault|keychain   move every token into the other secret store\n"
                    "  store passphrase                    change the vault's passphrase\n")
              << '\n'
              << exitCodeTable() << Qt::flush;
        return Ok;
    }
    return usage(action.isEmpty() ? tr("store needs an action: migrate or passphrase")
                                  : tr("unknown store action \"%1\" (migrate or passphrase)").arg(action));
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
                "Commands (each has --help, and --json for output a script can parse; --verbose adds\n"
                "VK's raw words to errors):\n"
                "  login direct --login L|--phone P [--app APP] [--scope S] ...\n"
                "                            sign in with a password; saves a profile (the token is printed\n"
                "                            to a pipe or file, on a terminal only with --print-token)\n"
                "  login browser --client-id ID|--app APP [--groups 1,2] [--scope S]\n"
                "                            sign in on VK's page in a browser, paste the final address\n"
                "  login vkid --client-id ID --redirect-uri URL [--scope \"a b\"]\n"
                "                            sign in with VK ID (your app; the token is refreshed on use)\n"
                "  verify REDIRECT_URI [--login L|--phone P]\n"
                "                            pass VK's security check to a token\n"
                "  list                      list the kept profiles (the same as the app's)\n"
                "  token PROFILE             print just the token: VK_TOKEN=$(vkauth-cli token mybot)\n"
                "  check [PROFILE|--all]     ask VK whether the token (or every profile's) still works\n"
                "  remove PROFILE            forget a profile and its token\n"
                "  add [FILE]                keep a token you already have (a token, VK's blank.html\n"
                "                            address, vk_config.v2.json, .env; stdin without FILE)\n"
                "  export [--format encrypted|json|env|meta] [PROFILE...] --output FILE\n"
                "                            write profiles to a file (encrypted by default)\n"
                "  import FILE               add the profiles of an export file\n"
                "  store migrate --to vault|keychain\n"
                "                            move every token into the encrypted vault or the keychain\n"
                "  store passphrase          change the vault's passphrase\n"
                "  scopes [user|community]   list permission names and their bits\n"
                "  apps                      list the official apps usable for direct login\n"
                "  help                      show this help\n"
                "  version                   show the version\n"
                "\n"
                "Tokens are kept in the system keychain, or with VKAUTH_SECRET_STORE=vault in an encrypted\n"
                "file; its passphrase comes from VKAUTH_VAULT_PASSPHRASE_FILE, --vault-passphrase-stdin or\n"
                "a prompt.\n")
          << '\n'
          << exitCodeTable() << Qt::flush;
    return Ok;
}

} // namespace vkauth::cli
