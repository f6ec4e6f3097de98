// SPDX-License-Identifier: MIT
#include "Command.h"

#include "CommandParser.h"
#include "profiles/ProfileStore.h"

namespace vkauth::cli {

Command::Command(Output &output, const QString &name, const QString &arguments, Needs needs)
    : m_output(output)
    , m_name(name)
    , m_arguments(arguments)
    , m_needs(needs)
{
}

Command::~Command() = default;

void Command::addOptions(CommandParser &) const { }

Command::Needs Command::needsFor(const CommandParser &) const
{
    return m_needs;
}

int Command::run(const QStringList &args)
{
    CommandParser parser(m_name, m_arguments, description());
    addOptions(parser);
    int exitCode = Ok;
    if (!parser.run(m_output, args, exitCode))
        return exitCode;
    const Needs needs = needsFor(parser);
    if (needs != Needs::Nothing) {
        m_store = openStore(m_output, &m_context, exitCode, lostIndexIsFatal());
        if (!m_store)
            return exitCode;
    }
    std::optional<Profile> profile;
    if (needs == Needs::Profile) {
        profile = findProfile(parser.positional(), exitCode);
        if (!profile)
            return exitCode;
    }
    return execute(parser, profile);
}

ProfileStore *Command::openStore(Output &output, QObject *parent, int &exitCode, bool lostIndexIsFatal)
{
    auto *store = new ProfileStore(parent);
    const ProfileStore::LoadReport report = store->load();
    if (lostIndexIsFatal && report.status == ProfileStore::LoadReport::Status::Failed) {
        exitCode = output.fail(Failure, report.message);
        delete store;
        return nullptr;
    }
    if (!report.ok())
        output.message(report.message);
    return store;
}

std::optional<Profile> Command::findProfile(const QStringList &positional, int &exitCode)
{
    if (positional.size() != 1) {
        exitCode = m_output.fail(Usage, tr("Name exactly one PROFILE (its id, VK id, label or name)."));
        return std::nullopt;
    }
    return lookup(*m_store, m_output, positional.first(), exitCode);
}

std::optional<Profile> Command::lookup(
    const ProfileStore &store, Output &output, const QString &query, int &exitCode)
{
    const QList<Profile> found = store.findAll(query);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
        exitCode
            = output.fail(NotFound, tr("No profile \"%1\"; see \"vkauth-cli list\".").arg(printable(query)));
        return std::nullopt;
    }
    QStringList matches;
    for (const Profile &p : found)
        matches << QStringLiteral("  %1  %2").arg(p.id, printable(p.title()));
    exitCode = output.fail(Ambiguous,
        tr("\"%1\" matches several profiles; name one by its id:\n%2")
            .arg(printable(query), matches.join(u'\n')));
    return std::nullopt;
}

QString Command::printable(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u'?';
    }
    return out;
}

int Command::keychainFailure(const SecretError &error)
{
    if (error.code == SecretErrorCode::NotFound)
        return m_output.fail(
            Keychain, error.codeName(), tr("The token of this profile is missing from the system keychain."));
    return m_output.fail(Keychain, error.codeName(), error.text());
}

void Command::withToken(const Profile &profile, const std::function<void(const QString &)> &then)
{
    m_store->readSecrets(profile.id, &m_context,
        [this, then](const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &error) {
            if (error || !secrets) {
                m_loop.finish(keychainFailure(error.value_or(SecretError::make(SecretErrorCode::NotFound))));
                return;
            }
            then(secrets->token);
        });
}

} // namespace vkauth::cli
