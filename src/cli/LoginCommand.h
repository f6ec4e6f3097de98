#pragma once

#include "CommandLoop.h"
#include "Output.h"
#include "auth/AuthResult.h"
#include "auth/DirectAuthorization.h"
#include "auth/ImplicitFlow.h"
#include "net/NetworkContext.h"
#include "profiles/TokenChecker.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace vkauth {
class ProfileStore;
}

namespace vkauth::cli {

class CommandParser;
class InputReader;
class TerminalPrompter;

// "login direct", "login browser" and "verify": run one flow with questions answered on the terminal
// or from stdin, save what it yields as profiles (unless --no-save) and print the token(s).
class LoginCommand : public QObject
{
    Q_OBJECT
public:
    explicit LoginCommand(Output &output, QObject *parent = nullptr);
    ~LoginCommand() override;

    int runDirect(const QStringList &args);
    int runBrowser(const QStringList &args);
    int runVerify(const QStringList &args);

private:
    bool parse(CommandParser &parser, const QStringList &args, int &exitCode);
    void withTrustedHash(ProfileStore *store, const QString &profileId, const DirectAuthOptions &options,
        const std::function<void(const DirectAuthOptions &)> &then);
    void startDirect(const DirectAuthOptions &options, bool passwordFromStdin);
    void readPassword(bool fromStdin, const QString &who, const std::function<void(const QString &)> &then);
    void readRedirect(const std::function<bool(const QString &)> &accept);
    void runBrowserWindow(const ImplicitFlowOptions &options);
    void readLine(bool secret, const QString &endMessage, const std::function<void(const QString &)> &take);
    void conclude(const AuthOutcome &outcome);
    void lookUpNames(const AuthOutcome &outcome);
    void save(const AuthOutcome &outcome, const QHash<QString, CheckResult> &checks);
    void saved(const AuthOutcome &outcome, ProfileStore *store, const QString &keychainError);
    void print(const AuthOutcome &outcome, const QStringList &profileIds, const QString &keychainError);

    Output &m_output;
    CommandLoop m_loop;
    InputReader *m_input;
    TerminalPrompter *m_prompter;
    QString m_label;
    QStringList m_savedIds;
    bool m_save = true;
    NetworkContext m_network; // from the settings, as the app's (VKAUTH_*_URL still win)
};

} // namespace vkauth::cli
