// SPDX-License-Identifier: MIT
#include "CheckCommand.h"

#include "CommandParser.h"
#include "TextColumns.h"
#include "auth/VkId.h"
#include "profiles/FreshToken.h"
#include "profiles/ProfileStore.h"
#include "profiles/TokenChecker.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace vkauth::cli {

namespace {
constexpr qsizetype kIdColumns = TextColumns::kId;
constexpr qsizetype kNameColumns = TextColumns::kName;
constexpr qsizetype kStatusColumns = 13;
} // namespace

CheckCommand::CheckCommand(Output &output, const Settings &settings)
    : Command(output, QStringLiteral("check"), QStringLiteral("[PROFILE]"), Needs::Profile)
    , m_settings(settings)
{
}

QString CheckCommand::description() const
{
    return tr("Asks VK whether the profile's token still works, and what it may do.\n"
              "Exit code 0 when it works, 3 when VK refuses it, 4 when VK cannot be reached.\n"
              "With no PROFILE (or --all) checks every profile and prints a table: exit code 0 when\n"
              "every token works, 10 otherwise.");
}

void CheckCommand::addOptions(CommandParser &parser) const
{
    parser.add(
        QCommandLineOption(QStringLiteral("all"), tr("Check every profile (the same as no PROFILE).")));
}

Command::Needs CheckCommand::needsFor(const CommandParser &parser) const
{
    return parser.isSet(QStringLiteral("all")) || parser.positional().isEmpty() ? Needs::Store
                                                                                : Needs::Profile;
}

int CheckCommand::execute(const CommandParser &parser, const std::optional<Profile> &profile)
{
    if (!profile) {
        if (!parser.positional().isEmpty())
            return m_output.fail(Usage, tr("Name one PROFILE or use --all, not both."));
        return checkAll();
    }
    auto *checker = new TokenChecker(NetworkContext::fromSettings(m_settings), nullptr, context());
    QObject::connect(checker, &TokenChecker::finished, context(),
        [this, profile = *profile](const QString &, const CheckResult &result) {
            // As kept now: a VK ID refresh may have changed it since the command started.
            Profile checked = m_store->profile(profile.id).value_or(profile);
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
                if (!result.reason.isEmpty())
                    o.insert(QStringLiteral("reason"), result.reason);
                m_output.document(o);
            } else {
                m_output.line(
                    QStringLiteral("%1: %2").arg(Profile::statusName(result.status), result.message));
                if (code == Ok)
                    m_output.message(tr("%1; permissions: %2")
                                         .arg(printable(checked.title()), checked.scopeNames().join(u',')));
            }
            if (result.reason == u"validation_required")
                m_output.message(tr("Run: vkauth-cli verify --profile %1").arg(checked.id));
            m_loop.finish(code);
        });
    withToken(
        *profile, [checker, profile = *profile](const QString &token) { checker->check(profile, token); });
    return m_loop.exec();
}

int CheckCommand::checkAll()
{
    const QList<Profile> profiles = m_store->profiles();
    if (profiles.isEmpty())
        return m_output.fail(
            NotFound, tr("No profiles yet. Sign in with \"vkauth-cli login direct\" or \"login browser\"."));
    auto *checker = new TokenChecker(NetworkContext::fromSettings(m_settings), nullptr, context());
    auto rows = std::make_shared<QList<Row>>();
    for (const Profile &p : profiles)
        rows->append(Row {p, {}, {}, {}});
    auto left = std::make_shared<qsizetype>(profiles.size());
    const auto done = [this, rows, left](const QString &id, const QString &status, const QString &message,
                          const QString &reason = {}) {
        for (Row &row : *rows) {
            if (row.profile.id == id && row.status.isEmpty()) {
                row.status = status;
                row.message = message;
                row.reason = reason;
                if (--*left == 0)
                    printAll(*rows);
                return;
            }
        }
    };
    QObject::connect(checker, &TokenChecker::finished, context(),
        [this, rows, done](const QString &id, const CheckResult &result) {
            if (const auto stored = m_store->profile(id)) {
                Profile checked = *stored;
                result.applyTo(checked);
                m_store->update(checked);
            }
            done(id, Profile::statusName(result.status), result.message, result.reason);
        });
    for (const Profile &p : profiles) {
        if (p.isVkId()) { // refreshed first when its access token has run out, as `check PROFILE` does
            auto *fresh = new FreshToken(m_store, m_net, context());
            QObject::connect(fresh, &FreshToken::finished, context(),
                [checker, done, p](const FreshToken::Result &result) {
                    if (result.ok())
                        checker->check(p, result.token);
                    else if (result.secretError)
                        done(p.id, QStringLiteral("keychain"), result.secretError->message);
                    else
                        done(p.id, Profile::statusName(CheckStatus::Invalid), result.error->text(),
                            result.error->reason.isEmpty() ? result.error->codeName() : result.error->reason);
                });
            fresh->fetch(p.id);
            continue;
        }
        m_store->readSecrets(p.id, context(),
            [checker, done, p](
                const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &error) {
                if (error || !secrets) {
                    const SecretError e = error.value_or(SecretError::make(SecretErrorCode::NotFound));
                    done(p.id, QStringLiteral("keychain"), e.message);
                    return;
                }
                checker->check(p, secrets->token);
            });
    }
    return m_loop.exec();
}

void CheckCommand::printAll(const QList<Row> &rows)
{
    const QString valid = Profile::statusName(CheckStatus::Valid);
    const bool allValid
        = std::all_of(rows.cbegin(), rows.cend(), [&valid](const Row &row) { return row.status == valid; });
    if (m_output.json()) {
        QJsonArray list;
        for (const Row &row : rows) {
            QJsonObject o {{QStringLiteral("id"), row.profile.id}, {QStringLiteral("status"), row.status},
                {QStringLiteral("message"), row.message}, {QStringLiteral("name"), row.profile.name}};
            if (!row.reason.isEmpty())
                o.insert(QStringLiteral("reason"), row.reason);
            list.append(o);
        }
        m_output.document(list);
    } else {
        QString header;
        TextColumns::cell(header, tr("ID"), kIdColumns);
        TextColumns::cell(header, tr("NAME"), kNameColumns);
        TextColumns::cell(header, tr("STATUS"), kStatusColumns);
        header += tr("MESSAGE");
        m_output.streamLine(header);
        for (const Row &row : rows) {
            QString line;
            TextColumns::cell(line, row.profile.id, std::max(kIdColumns, row.profile.id.size()));
            TextColumns::cell(line, printable(row.profile.title()), kNameColumns);
            TextColumns::cell(line, row.status, kStatusColumns);
            line += printable(row.message);
            m_output.streamLine(line);
        }
        m_output.message(allValid ? tr("Every token works.") : tr("Not every token works."));
    }
    m_loop.finish(allValid ? Ok : NotAllValid);
}

} // namespace vkauth::cli
