#include "ProfileCommands.h"

#include "CommandParser.h"
#include "Settings.h"
#include "profiles/ProfileStore.h"
#include "profiles/TokenChecker.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vkauth::cli {

ProfileCommands::ProfileCommands(Output &output, QObject *parent)
    : QObject(parent)
    , m_output(output)
{
}

ProfileCommands::~ProfileCommands() = default;

QJsonObject ProfileCommands::toJson(const Profile &profile)
{
    QJsonObject o = profile.toJson();
    o.insert(QStringLiteral("vk_id"), profile.vkId);
    if (profile.ownerId != 0)
        o.insert(QStringLiteral("owner_id"), profile.ownerId);
    o.insert(QStringLiteral("label"), profile.label);
    o.insert(QStringLiteral("title"), profile.title());
    return o;
}

int ProfileCommands::keychainFailure(Output &output, const SecretError &error)
{
    if (error.code == SecretErrorCode::NotFound)
        return output.fail(Keychain, SecretError::codeName(error.code),
            tr("The token of this profile is missing from the system keychain."));
    QString message = error.message;
    if (!error.details.isEmpty())
        message += QStringLiteral(" (") + error.details + u')';
    return output.fail(Keychain, SecretError::codeName(error.code), message);
}

bool ProfileCommands::parse(CommandParser &parser, const QStringList &args, int &exitCode)
{
    if (!parser.run(m_output, args, exitCode))
        return false;
    return openStore(exitCode);
}

bool ProfileCommands::openStore(int &exitCode)
{
    m_store = new ProfileStore(this);
    const ProfileStore::LoadReport report = m_store->load();
    if (report.status == ProfileStore::LoadReport::Status::Failed) {
        exitCode = m_output.fail(Failure, report.message);
        return false;
    }
    if (!report.ok())
        m_output.message(report.message);
    return true;
}

std::optional<Profile> ProfileCommands::findProfile(const QStringList &positional, int &exitCode)
{
    if (positional.size() != 1) {
        exitCode = m_output.fail(Usage, tr("Name exactly one PROFILE (its id, VK id, label or name)."));
        return std::nullopt;
    }
    return lookup(*m_store, m_output, positional.first(), exitCode);
}

std::optional<Profile> ProfileCommands::lookup(
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

QString ProfileCommands::printable(const QString &text)
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

void ProfileCommands::withToken(const Profile &profile, const std::function<void(const QString &)> &then)
{
    m_store->readSecrets(profile.id, this,
        [this, then](const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &error) {
            if (error || !secrets) {
                m_loop.finish(
                    keychainFailure(m_output, error.value_or(SecretError::make(SecretErrorCode::NotFound))));
                return;
            }
            then(secrets->token);
        });
}

int ProfileCommands::runList(const QStringList &args)
{
    CommandParser parser(QStringLiteral("list"), {}, tr("Lists the kept profiles (the same as the app's)."));
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (!parser.positional().isEmpty())
        return m_output.fail(Usage, tr("list takes no arguments."));
    const QList<Profile> profiles = m_store->profiles();
    if (m_output.json()) {
        m_output.beginArray();
        for (const Profile &p : profiles)
            m_output.arrayItem(toJson(p));
        m_output.endArray();
        return Ok;
    }
    if (profiles.isEmpty()) {
        m_output.message(
            tr("No profiles yet. Sign in with \"vkauth-cli login direct\" or \"login browser\"."));
        return Ok;
    }
    const QString never = tr("never");
    for (const Profile &p : profiles) {
        const QString expires = p.expires() ? p.expiresAt.toString(Qt::ISODate) : never;
        m_output.streamLine(QStringLiteral("%1  %2  %3  %4  %5")
                                .arg(p.id.leftJustified(28), Profile::kindName(p.kind).leftJustified(9),
                                    QString::number(p.vkId).leftJustified(12),
                                    printable(p.title()).leftJustified(20), expires));
    }
    return Ok;
}

int ProfileCommands::runToken(const QStringList &args)
{
    CommandParser parser(QStringLiteral("token"), QStringLiteral("PROFILE"),
        tr("Prints just the token of a profile, for scripts:\n"
           "  VK_TOKEN=$(vkauth-cli token mybot)\n"
           "PROFILE is a profile id, a label or a VK id."));
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    const auto profile = findProfile(parser.positional(), exitCode);
    if (!profile)
        return exitCode;
    if (profile->isExpired())
        m_output.message(tr("Warning: the token of \"%1\" has expired.").arg(printable(profile->title())));
    withToken(*profile, [this, id = profile->id](const QString &token) {
        if (m_output.json())
            m_output.document(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("token"), token}});
        else
            m_output.line(token);
        m_loop.finish(Ok);
    });
    return m_loop.exec();
}

int ProfileCommands::runCheck(const QStringList &args)
{
    CommandParser parser(QStringLiteral("check"), QStringLiteral("PROFILE"),
        tr("Asks VK whether the profile's token still works, and what it may do.\n"
           "Exit code 0 when it works, 3 when VK refuses it, 4 when VK cannot be reached."));
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    const auto profile = findProfile(parser.positional(), exitCode);
    if (!profile)
        return exitCode;
    auto *checker = new TokenChecker(NetworkContext::fromSettings(Settings::load()), nullptr, this);
    connect(checker, &TokenChecker::finished, this,
        [this, profile = *profile](const QString &, const CheckResult &result) {
            Profile checked = profile;
            result.applyTo(checked);
            m_store->update(checked);
            const int code = result.status == CheckStatus::Valid ? Ok
                : result.status == CheckStatus::NetworkError     ? Network
                : result.status == CheckStatus::Unknown          ? Failure
                                                                 : AuthRefused;
            if (m_output.json()) {
                QJsonObject o {{QStringLiteral("id"), checked.id},
                    {QStringLiteral("status"), Profile::statusName(result.status)},
                    {QStringLiteral("message"), result.message}, {QStringLiteral("name"), checked.name},
                    {QStringLiteral("scope"), QJsonArray::fromStringList(checked.scopeNames())}};
                m_output.document(o);
            } else {
                m_output.line(
                    QStringLiteral("%1: %2").arg(Profile::statusName(result.status), result.message));
                if (code == Ok)
                    m_output.message(tr("%1; permissions: %2")
                                         .arg(printable(checked.title()), checked.scopeNames().join(u',')));
            }
            m_loop.finish(code);
        });
    withToken(
        *profile, [checker, profile = *profile](const QString &token) { checker->check(profile, token); });
    return m_loop.exec();
}

int ProfileCommands::runRemove(const QStringList &args)
{
    CommandParser parser(QStringLiteral("remove"), QStringLiteral("PROFILE"),
        tr("Forgets a profile: deletes its token from the system keychain, then the profile."));
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    const auto profile = findProfile(parser.positional(), exitCode);
    if (!profile)
        return exitCode;
    m_store->remove(profile->id, this, [this, profile = *profile](const std::optional<SecretError> &error) {
        if (error) {
            m_loop.finish(keychainFailure(m_output, *error));
            return;
        }
        if (m_output.json())
            m_output.document(QJsonObject {{QStringLiteral("removed"), profile.id}});
        else
            m_output.message(tr("Removed \"%1\" (%2).").arg(printable(profile.title()), profile.id));
        m_loop.finish(Ok);
    });
    return m_loop.exec();
}

} // namespace vkauth::cli
