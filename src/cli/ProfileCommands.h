#pragma once

#include "CommandLoop.h"
#include "Output.h"
#include "profiles/Profile.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace vkauth {
class ProfileStore;
struct SecretError;
} // namespace vkauth

namespace vkauth::cli {

class CommandParser;

// "list", "token", "check", "remove": the kept profiles, shared with the GUI (same index, same
// keychain entries). PROFILE is a profile id, a label, or a VK id.
class ProfileCommands : public QObject
{
    Q_OBJECT
public:
    explicit ProfileCommands(Output &output, QObject *parent = nullptr);
    ~ProfileCommands() override;

    int runList(const QStringList &args);
    int runToken(const QStringList &args);
    int runCheck(const QStringList &args);
    int runRemove(const QStringList &args);

    // The JSON object of a profile in "list --json" (and export listings).
    static QJsonObject toJson(const Profile &profile);
    // Exit code and message for a keychain failure.
    static int keychainFailure(Output &output, const SecretError &error);
    // PROFILE looked up in the documented order (exact id → VK id → label → name); no match: exit
    // NotFound, several at one level: exit Ambiguous with the matches listed.
    static std::optional<Profile> lookup(
        const ProfileStore &store, Output &output, const QString &query, int &exitCode);
    // Text from the index (names, labels, e-mails may come from an imported file) for a terminal:
    // control and format characters (escape sequences, bidi overrides) become '?'.
    static QString printable(const QString &text);

private:
    bool parse(CommandParser &parser, const QStringList &args, int &exitCode);
    bool openStore(int &exitCode);
    std::optional<Profile> findProfile(const QStringList &positional, int &exitCode);
    void withToken(const Profile &profile, const std::function<void(const QString &token)> &then);

    Output &m_output;
    CommandLoop m_loop;
    ProfileStore *m_store = nullptr;
};

} // namespace vkauth::cli
