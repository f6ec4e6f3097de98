// SPDX-License-Identifier: MIT
#pragma once

#include "CommandLoop.h"
#include "Output.h"
#include "net/NetworkContext.h"
#include "profiles/Profile.h"
#include "profiles/SecretBackend.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace vkauth {
class ProfileStore;
class SecretVault;
struct SecretError;
} // namespace vkauth

namespace vkauth::cli {

class CommandParser;

// One vkauth-cli verb (as KeePassXC's cli/Command with Add, Show, ...): its name, arguments, help and
// options, and the preamble every verb shares, run before execute(): parse the words (--help, --json,
// usage errors), choose the secret store (VKAUTH_SECRET_STORE, else the settings) and, for the vault,
// get its passphrase (VaultUnlock), open the profile store, find PROFILE by the lookup rule; any failure ends
// the command with its documented exit code (ExitCode.h). A verb that ends later (network, keychain, stdin)
// returns m_loop.exec() and calls m_loop.finish(code) when done.
//
// Each verb keeps the tr() context of the file it came from (vkauth::cli::ProfileCommands, ...), so
// the translations carry over.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::ProfileCommands)
    Q_DISABLE_COPY_MOVE(Command)

public:
    // What the preamble prepares: nothing, the store, or the store and exactly one PROFILE.
    enum class Needs { Nothing, Store, Profile };

    Command(Output &output, const QString &name, const QString &arguments, Needs needs);
    virtual ~Command();

    // Parses args, runs the preamble, then execute(); returns the exit code.
    int run(const QStringList &args);
    // The secret store the settings choose (VKAUTH_SECRET_STORE wins); Cli sets it before run().
    void setSecretStoreSetting(SecretBackend fromSettings) { m_settingsBackend = fromSettings; }
    // The settings' network (VK ID refreshes a kept token with it); Cli sets it before run().
    void setNetwork(const NetworkContext &network) { m_net = network; }

    // The profile store, loaded (a repaired index is reported); nullptr when it cannot be read, and
    // exitCode says how the command ends.
    // With lostIndexIsFatal false, a list that could not be read and starts empty (the damaged
    // file kept aside) is only reported.
    // With a vault, the secrets are kept there.
    static ProfileStore *openStore(Output &output, QObject *parent, int &exitCode,
        bool lostIndexIsFatal = true, const std::shared_ptr<SecretVault> &vault = {});
    // PROFILE looked up in the documented order (exact id → VK id → label → name); no match: exit
    // NotFound, several at one level: exit Ambiguous with the matches listed.
    static std::optional<Profile> lookup(
        const ProfileStore &store, Output &output, const QString &query, int &exitCode);
    // Text from the index (names, labels, e-mails may come from an imported file) for a terminal:
    // control and format characters (escape sequences, bidi overrides) become '?'.
    static QString printable(const QString &text);
    // Where a keychain failure points a user without one: VKAUTH_SECRET_STORE=vault.
    static QString noKeychainHint();

protected:
    virtual QString description() const = 0;
    virtual void addOptions(CommandParser &parser) const;
    // What the preamble prepares, once the words are parsed (by default the constructor's `needs`).
    virtual Needs needsFor(const CommandParser &parser) const;
    // Whether a profile list that could not be read ends the command (exit Failure) before it runs.
    virtual bool lostIndexIsFatal() const { return true; }
    // Whether the verb reads or writes secrets: only then is the vault's passphrase asked for.
    virtual bool needsSecrets(const CommandParser &) const { return true; }
    // Whether the verb needs the vault open whichever store is in use (store migrate, passphrase).
    virtual bool needsVault() const { return false; }
    // Whether the verb may make a new vault (a new passphrase, typed twice); else no vault: NotFound.
    virtual bool createsVault() const { return true; }
    // After the preamble. `profile` is the one named, for Needs::Profile.
    virtual int execute(const CommandParser &parser, const std::optional<Profile> &profile) = 0;

    // Exit code and message for a failure of the secret store (keychain or vault).
    int keychainFailure(const SecretError &error);
    // Reads the profile's token from the keychain, then `then`; a keychain failure ends the command.
    // A VK ID profile's token is refreshed first when it is expired or about to be (FreshToken); a
    // refresh token VK no longer accepts ends the command with reason sign_in_again.
    void withToken(const Profile &profile, const std::function<void(const QString &token)> &then);
    // Parent of what a verb creates and context of its callbacks: they end with the command.
    QObject *context() { return &m_context; }

    QObject m_context;
    Output &m_output;
    CommandLoop m_loop;
    ProfileStore *m_store = nullptr;
    SecretBackend m_backend = SecretBackend::Keychain; // the store in use, once the preamble chose it
    std::shared_ptr<SecretVault> m_vault; // the vault, when in use or needsVault()
    NetworkContext m_net; // from the settings (setNetwork)

private:
    std::optional<Profile> findProfile(const QStringList &positional, int &exitCode);
    // Chooses the store and unlocks the vault if it is needed; false when the command ends here.
    bool prepareSecrets(const CommandParser &parser, Needs needs, int &exitCode);
    // No keychain and nothing chosen yet, on a terminal: offers the vault (once, the answer is kept).
    bool offerVault(int &exitCode);

    QString m_name;
    QString m_arguments;
    Needs m_needs;
    SecretBackend m_settingsBackend = SecretBackend::Keychain;
};

} // namespace vkauth::cli
