// SPDX-License-Identifier: MIT
#include "AddCommand.h"

#include "CommandParser.h"
#include "InputReader.h"
#include "profiles/ProfileStore.h"
#include "profiles/TokenAdder.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace vkauth::cli {

AddCommand::AddCommand(Output &output, const Settings &settings)
    : Command(output, QStringLiteral("add"), QStringLiteral("[FILE]"), Needs::Store)
    , m_settings(settings)
{
}

QString AddCommand::description() const
{
    return tr("Keeps a token you already have as a profile, after asking VK whose it is. Reads FILE\n"
              "(python vk_api's vk_config.v2.json, a .env file with VK_TOKEN=..., or text holding VK's\n"
              "blank.html#access_token=... address or the token), or stdin: vkauth-cli add < token.txt.\n"
              "On a terminal without FILE it asks for the token or address (not echoed). Never pass a\n"
              "token itself as an argument: it would stay in the shell's history.");
}

void AddCommand::addOptions(CommandParser &parser) const
{
    parser.add(QCommandLineOption(QStringLiteral("label"), tr("Name the new profile."), tr("NAME")));
}

int AddCommand::execute(const CommandParser &parser, const std::optional<Profile> &)
{
    const QStringList positional = parser.positional();
    if (positional.size() > 1)
        return m_output.fail(Usage, tr("add takes one FILE (or none, for stdin)"));
    m_label = parser.value(QStringLiteral("label")).trimmed();
    const QString file = positional.value(0);
    if (!file.isEmpty() && file != u"-") {
        if (!QFileInfo::exists(file)) {
            // A token or an address typed as the argument is in the shell's history now: say so, use nothing.
            if (TokenSources::looksLikeToken(file) || file.contains(QLatin1String("access_token")))
                return m_output.fail(Usage,
                    tr("a token on the command line stays in the shell's history and is visible to other "
                       "users: pipe it instead (vkauth-cli add < file), or run vkauth-cli add and paste it"));
            return m_output.fail(NotFound, tr("no such file: %1").arg(printable(file)));
        }
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly) || in.size() > TokenSources::maxInput)
            return m_output.fail(Failure,
                in.isOpen() ? tr("%1 is too large for a token file").arg(printable(file))
                            : tr("cannot read %1: %2").arg(printable(file), in.errorString()));
        addAll(in.read(TokenSources::maxInput + 1));
        return m_loop.exec();
    }
    if (isatty(STDIN_FILENO)) {
        auto *reader = new InputReader(STDIN_FILENO, context());
        m_output.err() << tr("Paste the token or VK's address with access_token, then press Enter:")
                       << Qt::endl;
        reader->readLine(true, context(),
            [this](const std::optional<QString> &line) { addAll(line.value_or(QString()).toUtf8()); });
        return m_loop.exec();
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return m_output.fail(Failure, tr("cannot read stdin"));
    addAll(in.read(TokenSources::maxInput + 1));
    return m_loop.exec();
}

void AddCommand::addAll(const QByteArray &input)
{
    QByteArray text = input;
    FoundTokens found = TokenSources::read(text);
    text.fill('\0');
    if (found.tokens.isEmpty()) {
        m_loop.finish(m_output.fail(Usage, found.problem));
        return;
    }
    m_found = found.tokens;
    addNext();
}

void AddCommand::addNext()
{
    if (m_found.isEmpty()) {
        if (m_output.json())
            m_output.document(m_added);
        m_loop.finish(m_failures == 0 ? Ok : m_lastFailure);
        return;
    }
    const FoundToken next = m_found.takeFirst();
    auto *adder = new TokenAdder(m_store, NetworkContext::fromSettings(m_settings), context());
    QObject::connect(adder, &TokenAdder::finished, context(), [this, adder](const AddTokenResult &r) {
        adder->deleteLater();
        if (!r.ok()) {
            ++m_failures;
            using Problem = AddTokenResult::Problem;
            m_lastFailure = r.problem == Problem::Refused ? AuthRefused
                : r.problem == Problem::Network           ? Network
                : r.problem == Problem::Store             ? Keychain
                                                          : Failure;
            m_output.fail(
                ExitCode(m_lastFailure), Output::codeName(ExitCode(m_lastFailure)), r.error, r.details);
        } else {
            if (!m_label.isEmpty())
                m_store->setLabel(r.profileId, m_label);
            const QString name = printable(r.owner.name.isEmpty() ? r.profileId : r.owner.name);
            if (!m_output.json())
                m_output.message(
                    (r.updated ? tr("Updated profile \"%1\" (%2).") : tr("Added profile \"%1\" (%2)."))
                        .arg(name, r.profileId));
            m_added.append(QJsonObject {{QStringLiteral("id"), r.profileId},
                {QStringLiteral("kind"), Profile::kindName(r.owner.kind)},
                {QStringLiteral("vk_id"), QJsonValue(r.owner.vkId)}, {QStringLiteral("name"), r.owner.name},
                {QStringLiteral("updated"), r.updated}});
        }
        addNext();
    });
    adder->add(next);
}

} // namespace vkauth::cli
