// SPDX-License-Identifier: MIT
#include "CommandParser.h"

#include "ExitCode.h"
#include "Output.h"

#include <QCoreApplication>

namespace vkauth::cli {

namespace {
// Flags that would put a secret into argv, where every user of the machine can read it.
bool isSecretFlag(const QString &arg)
{
    for (const char *flag : {"--password", "--passphrase", "--token", "--code", "--client-secret"}) {
        const QString name = QString::fromLatin1(flag);
        if (arg == name || arg.startsWith(name + u'='))
            return true;
    }
    return false;
}
} // namespace

CommandParser::CommandParser(const QString &command, const QString &arguments, const QString &description)
    : m_command(command)
    , m_arguments(arguments)
    , m_description(description)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    add(QCommandLineOption(
        QStringLiteral("json"), CommandParser::tr("Print the result (or the error) as JSON on stdout.")));
    add(QCommandLineOption(
        {QStringLiteral("h"), QStringLiteral("help")}, CommandParser::tr("Show this help.")));
    add(QCommandLineOption(QStringLiteral("verbose"),
        CommandParser::tr("Errors add the raw words of VK (or of the system) behind them.")));
}

void CommandParser::add(const QCommandLineOption &option)
{
    m_options.append(option);
    m_parser.addOption(option);
}

CommandParser::Result CommandParser::parse(const QStringList &args)
{
    for (const QString &arg : args) {
        if (arg == u"--")
            break;
        if (isSecretFlag(arg) && arg.section(u'=', 0, 0) == u"--client-secret") {
            m_error = CommandParser::tr(
                "--client-secret is not accepted: secrets are never taken from the command line, "
                "where other users can see them. Use --client-secret-stdin or VKAUTH_CLIENT_SECRET instead.");
            return Result::Error;
        }
        if (isSecretFlag(arg)) {
            m_error = CommandParser::tr(
                "%1 is not accepted: secrets are never taken from the command line, where other "
                "users can see them. Type it when asked, pipe it with --password-stdin, or set "
                "VKAUTH_PASSWORD.")
                          .arg(arg.section(u'=', 0, 0));
            return Result::Error;
        }
    }
    if (!m_parser.parse(QStringList {QStringLiteral("vkauth-cli")} + args)) {
        m_error = m_parser.errorText();
        return Result::Error;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        return Result::Help;
    return Result::Ok;
}

bool CommandParser::run(Output &output, const QStringList &args, int &exitCode)
{
    output.setJson(args.contains(QStringLiteral("--json")));
    switch (parse(args)) {
    case Result::Help:
        output.line(helpText());
        exitCode = Ok;
        return false;
    case Result::Error:
        exitCode = output.fail(Usage, error());
        return false;
    case Result::Ok:
        break;
    }
    return true;
}

QString CommandParser::helpText() const
{
    QString text = CommandParser::tr("Usage: vkauth-cli %1 [options]").arg(m_command);
    if (!m_arguments.isEmpty())
        text += u' ' + m_arguments;
    text += QStringLiteral("\n\n") + m_description + QStringLiteral("\n\n") + CommandParser::tr("Options:")
        + u'\n';
    for (const QCommandLineOption &option : m_options) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = QStringLiteral("  ") + names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        if (left.size() < 30)
            text += left.leftJustified(30) + option.description() + u'\n';
        else
            text += left + QStringLiteral("\n") + QString(30, u' ') + option.description() + u'\n';
    }
    return text + u'\n' + exitCodeTable();
}

} // namespace vkauth::cli
