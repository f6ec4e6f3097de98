// SPDX-License-Identifier: MIT
#include "Command.h"

#include "CommandParser.h"
#include "VaultUnlock.h"
#include "profiles/FreshToken.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretVault.h"

#include "Settings.h"

#include <QDir>
#include <QEventLoop>

#include <algorithm>

#include <unistd.h>

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
    if (m_needs != Needs::Nothing || needsVault()) {
        parser.add(QCommandLineOption(QStringLiteral("vault-passphrase-stdin"),
            tr("Read the vault passphrase from the first line of standard input.")));
    }
    addOptions(parser);
    int exitCode = Ok;
    if (!parser.run(m_output, args, exitCode))
        return exitCode;
    const Needs needs = needsFor(parser);
    if (!prepareSecrets(parser, needs, exitCode))
        return exitCode;
    if (needs != Needs::Nothing) {
        m_store = openStore(m_output, &m_context, exitCode, lostIndexIsFatal(),
            m_backend == SecretBackend::Vault ? m_vault : nullptr);
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

bool Command::prepareSecrets(const CommandParser &parser, Needs needs, int &exitCode)
{
    if (needs == Needs::Nothing && !needsVault())
        return true;
    QString problem;
    const auto backend = chooseSecretBackend(m_settingsBackend, &problem);
    if (!backend) {
        exitCode = m_output.fail(Usage, problem);
        return false;
    }
    m_backend = *backend;
    if (m_backend == SecretBackend::Keychain && !needsVault()) {
        if (!needsSecrets(parser) || !offerVault(exitCode))
            return exitCode == Ok;
    }
    const QString dataDir = ProfileStore::defaultDataDir();
    m_vault
        = std::make_shared<SecretVault>(ProfileStore::vaultPath(dataDir), ProfileStore::lockPath(dataDir));
    if (!needsVault() && !needsSecrets(parser))
        return true;
    if (!createsVault() && !m_vault->exists()) {
        exitCode = m_output.fail(
            NotFound, tr("There is no vault yet (\"%1\").").arg(QDir::toNativeSeparators(m_vault->path())));
        return false;
    }
    VaultUnlock unlock(m_output, parser.isSet(QStringLiteral("vault-passphrase-stdin")));
    if (const auto error = unlock.unlock(*m_vault)) {
        exitCode = keychainFailure(*error);
        return false;
    }
    return true;
}

bool Command::offerVault(int &exitCode)
{
    // Asked on a terminal without a display (ssh to a server): a desktop has its keychain, and there
    // a locked keyring would show an unlock prompt for the question below.
    if (!VaultUnlock::stdinIsTerminal() || !qEnvironmentVariableIsEmpty("VKAUTH_SECRET_STORE")
        || !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || Settings::hasSecretStoreChoice())
        return false;
    // Is there a Secret Service at all? A read of a key nobody writes tells: a locked keyring answers
    // AccessDenied (no display for its prompt) — that is "locked", not "absent", and not asked about.
    SecretStore probe;
    probe.setTimeoutMs(3000);
    std::optional<SecretReply> answer;
    QEventLoop wait; // before the command's own loop: nothing else is running yet
    probe.read(QStringLiteral("vkauth-probe"), nullptr, [&answer, &wait](const SecretReply &reply) {
        answer = reply;
        wait.quit();
    });
    wait.exec();
    if (answer->ok() || answer->error->code != SecretErrorCode::Unavailable)
        return false;
    m_output.err() << tr("No system keychain here. Keep tokens in an encrypted file instead? [y/N] ")
                   << Qt::flush;
    const QString reply = VaultUnlock::readLine(STDIN_FILENO, false).value_or(QString()).trimmed().toLower();
    const bool yes = reply == u"y" || reply == u"yes";
    Settings settings = Settings::load();
    settings.secretStore = yes ? SecretBackend::Vault : SecretBackend::Keychain;
    settings.secretStoreChosen = true;
    settings.save(); // asked once: the answer is kept
    if (!yes) {
        m_output.message(noKeychainHint());
        return false;
    }
    m_backend = SecretBackend::Vault;
    exitCode = Ok;
    return true;
}

ProfileStore *Command::openStore(Output &output, QObject *parent, int &exitCode, bool lostIndexIsFatal,
    const std::shared_ptr<SecretVault> &vault)
{
    ProfileStore::Options options;
    options.vault = vault;
    auto *store = new ProfileStore(options, parent);
    const ProfileStore::LoadReport report = store->load();
    if (lostIndexIsFatal && report.status == ProfileStore::LoadReport::Status::Failed) {
        exitCode = output.fail(Failure, report.message);
        delete store;
        return nullptr;
    }
    if (!report.ok())
        output.message(report.message);
    // A profile list that could not be written is said, never silent (the secret is kept either way).
    QObject::connect(store, &ProfileStore::indexWriteFailed, store,
        [&output](const QString &message) { output.message(message); });
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
    const auto unsafe = [](QChar c) {
        const QChar::Category category = c.category();
        return category == QChar::Other_Control || category == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    };
    if (std::none_of(text.cbegin(), text.cend(), unsafe))
        return text; // shared, not copied ("list" of 10,000 profiles)
    QString out = text;
    for (QChar &c : out) {
        if (unsafe(c))
            c = u'?';
    }
    return out;
}

int Command::keychainFailure(const SecretError &error)
{
    if (error.code == SecretErrorCode::NotFound && m_backend == SecretBackend::Vault)
        return m_output.fail(
            Keychain, error.codeName(), tr("The token of this profile is missing from the vault."));
    if (error.code == SecretErrorCode::NotFound)
        return m_output.fail(
            Keychain, error.codeName(), tr("The token of this profile is missing from the system keychain."));
    if (error.code == SecretErrorCode::Unavailable)
        return m_output.fail(Keychain, error.codeName(), error.text() + u'\n' + noKeychainHint());
    return m_output.fail(Keychain, error.codeName(), error.text());
}

QString Command::noKeychainHint()
{
    return tr("No system keychain here? Keep tokens in an encrypted file instead: set "
              "VKAUTH_SECRET_STORE=vault (see \"On a server\" in the README).");
}

void Command::withToken(const Profile &profile, const std::function<void(const QString &)> &then)
{
    if (profile.isVkId()) {
        auto *fresh = new FreshToken(m_store, m_net, &m_context);
        QObject::connect(
            fresh, &FreshToken::finished, &m_context, [this, then](const FreshToken::Result &result) {
                if (!result.notice.isEmpty())
                    m_output.message(result.notice);
                if (result.ok())
                    then(result.token);
                else if (result.secretError)
                    m_loop.finish(keychainFailure(*result.secretError));
                else
                    m_loop.finish(m_output.fail(*result.error));
            });
        fresh->fetch(profile.id);
        return;
    }
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
