// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "Settings.h"
#include "auth/AuthResult.h"
#include "auth/SignInRequest.h"
#include "net/NetworkContext.h"

#include <QCommandLineOption>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace vkauth {
class PageRunner;
struct VkIdApp;
struct SignInResult;
} // namespace vkauth

namespace vkauth::cli {

class InputReader;
class PastePage;
class TerminalPrompter;

// What "login direct", "login browser" and "verify" share: a SignInRequest made from the Settings (as
// the app's; VKAUTH_*_URL still win), --label/--no-save, SignIn run with questions answered on the
// terminal or from stdin (VK's page in a window or pasted back), the password and secrets read
// without argv, and the token(s) printed. SignIn saves them as profiles in the store the Command
// preamble opened (none with --no-save).
class SignInCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::LoginCommand)

public:
    SignInCommand(Output &output, const Settings &settings, const QString &name, const QString &arguments);
    ~SignInCommand() override;

protected:
    // The store is opened only to save to (and for "login direct --profile"); a list that cannot be
    // read starts empty (the damaged file is kept aside) rather than stopping the sign-in.
    Needs needsFor(const CommandParser &parser) const override;
    bool lostIndexIsFatal() const override { return false; }

    // Options shared by several verbs.
    static QCommandLineOption valueOption(const QString &name, const QString &description,
        const QString &valueName, const QString &defaultValue = {});
    static QCommandLineOption flag(const QString &name, const QString &description);
    static void addSaveOptions(CommandParser &parser);
    static QCommandLineOption scopeOption(const QString &description);
    QCommandLineOption apiVersionOption() const;

    // Reads --label/--no-save and checks the endpoints; an exit code when the command ends here.
    std::optional<int> begin(const CommandParser &parser);
    // --timeout (default: the Settings') into request.timeoutMs; an exit code on a usage error.
    std::optional<int> readTimeout(const CommandParser &parser, SignInRequest &request);
    // A request for `method` with the Settings' domain, API version and timeout.
    SignInRequest baseRequest(SignInRequest::Method method) const;
    // The first problem SignInRequest's rules find (the password is read later), in the CLI's words
    // where a flag says it better.
    std::optional<QString> firstProblem(const SignInRequest &request) const;
    // Runs SignIn and ends the command when it finishes; `pages` shows VK's pages (nullptr: none).
    // SignIn reads a trusted hash from the store and saves to it (none opened with --no-save alone).
    void runSignIn(const SignInRequest &request, PageRunner *pages);
    // The same for a VK ID sign-in (VkIdSignIn) with this app.
    void runVkId(const VkIdApp &app, PageRunner *pages);
    // The password never passes through argv: VKAUTH_PASSWORD (then removed from the environment), the
    // first line of stdin, or a prompt without echo on the terminal.
    void readPassword(bool fromStdin, const QString &who, const std::function<void(const QString &)> &then);
    // One line from stdin for `take`; at the end of input the command fails with `endMessage`.
    void readLine(bool secret, const QString &endMessage, const std::function<void(const QString &)> &take);

    InputReader *m_input;
    TerminalPrompter *m_prompter;
    QPointer<PastePage> m_paste;
    NetworkContext m_network; // from the settings
    VkDomain m_domain = VkDomain::VkRu;
    QString m_defaultApp; // the Settings' app preselected for sign-in (an AppCredentials key)
    QString m_verifiedProfile; // "verify --profile": the kept profile the verification is for

private:
    void conclude(const SignInResult &result);
    // Says which profiles were saved, updated or renamed (never silently), and how to get the token
    // when it is not printed.
    void reportSaved(const QStringList &profileIds, bool tokenPrinted);
    void print(const AuthOutcome &outcome, const QStringList &profileIds, const QString &keychainError,
        bool withToken);

    QString m_label;
    bool m_save = true;
    bool m_printToken = false; // --print-token: on a terminal too
    QHash<QString, Profile> m_before; // the store's profiles before the sign-in, by id
};

} // namespace vkauth::cli
