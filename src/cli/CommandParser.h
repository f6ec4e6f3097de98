// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace vkauth::cli {

class Output;

// The options of one command (e.g. "login direct"), parsed by QCommandLineParser, with --help and
// --json on every command and a help text of its own.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::CommandParser)

public:
    enum class Result { Ok, Help, Error };

    CommandParser(const QString &command, const QString &arguments, const QString &description);

    void add(const QCommandLineOption &option);
    Result parse(const QStringList &args); // the words after the command
    // parse() for a command: sets --json on output; false when the command is already done (help
    // printed, or bad usage reported) and exitCode says how it ends.
    bool run(Output &output, const QStringList &args, int &exitCode);
    QString error() const { return m_error; }
    QString helpText() const;

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QString m_command;
    QString m_arguments;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QCommandLineParser m_parser;
    QString m_error;
};

} // namespace vkauth::cli
