#pragma once

#include "CommandLoop.h"
#include "Output.h"
#include "auth/AuthResult.h"
#include "auth/SignInRequest.h"
#include "net/NetworkContext.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace vkauth {
class PageRunner;
class ProfileStore;
struct SignInResult;
} // namespace vkauth

namespace vkauth::cli {

class CommandParser;
class InputReader;
class PastePage;
class TerminalPrompter;

// "login direct", "login browser" and "verify": read the flags into a SignInRequest and run SignIn with
// questions answered on the terminal or from stdin (VK's page in a window or pasted back), then print
// the token(s). SignIn saves them as profiles (unless --no-save).
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
    ProfileStore *openStore();
    std::optional<QString> firstProblem(const SignInRequest &request) const;
    void runSignIn(const SignInRequest &request, PageRunner *pages, ProfileStore *store);
    void readPassword(bool fromStdin, const QString &who, const std::function<void(const QString &)> &then);
    void readLine(bool secret, const QString &endMessage, const std::function<void(const QString &)> &take);
    void conclude(const SignInResult &result, ProfileStore *store);
    void print(const AuthOutcome &outcome, const QStringList &profileIds, const QString &keychainError);

    Output &m_output;
    CommandLoop m_loop;
    InputReader *m_input;
    TerminalPrompter *m_prompter;
    QPointer<PastePage> m_paste;
    QString m_label;
    bool m_save = true;
    NetworkContext m_network; // from the settings, as the app's (VKAUTH_*_URL still win)
    VkDomain m_domain = VkDomain::VkRu;
};

} // namespace vkauth::cli
