// SPDX-License-Identifier: MIT
// Issue 16: vkauth-cli with the encrypted vault file as its secret store, as on a server: the built
// CLI against the loopback fake VK with no D-Bus session at all (the bus address points nowhere and
// DISPLAY is unset, so nothing can autolaunch one). Only the migration round trip uses the session's
// keychain (scripts/test). Each test has its own data and settings folders.
#include "CliLoginFixture.h"
#include "ProfileStoreHelpers.h"
#include "transfer/ExportFormats.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace clitest;
using namespace vkauth;

class TestCliVault : public QObject, public CliLoginFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void loginThenTokenFromTheVault();
    void wrongPassphraseChangesNothing();
    void loosePassphraseFileRefused();
    void flippedByteRefused();
    void twoWritersKeepEverything();
    void passphraseChange();
    void noKeychainWithoutTerminalNamesTheVariable();
    void noKeychainOnTerminalOffersTheVault();
    void migrateRoundTrip();
    void migrateFailureChangesNothing();

private:
    void useVault(const QByteArray &passphrase = "server passphrase");
    void noBus();
    void writePassphraseFile(const QByteArray &passphrase, QFile::Permissions permissions);
    QString login(qint64 userId, CliResult *result = nullptr);
    QByteArray file(const QString &name) const;
    QString vaultPath() const { return m_cli->dataDir() + QStringLiteral("/secrets.vault"); }
    QString indexPath() const { return m_cli->dataDir() + QStringLiteral("/profiles.json"); }
    // Exported with tokens (json to stdout): id → "token|trusted hash".
    QMap<QString, QString> exportedTokens();
    QString importFile(const QString &name, qint64 firstId, int count, QMap<QString, QString> &tokens);

    std::unique_ptr<QTemporaryDir> m_dir; // passphrase file, settings
};

void TestCliVault::init()
{
    QVERIFY(startCli());
    m_dir = std::make_unique<QTemporaryDir>();
    m_cli->env().insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    m_cli->env().remove(QStringLiteral("VKAUTH_SECRET_STORE"));
    m_cli->env().remove(QStringLiteral("VKAUTH_VAULT_PASSPHRASE_FILE"));
}

void TestCliVault::cleanup()
{
    m_dir.reset();
    stopCli();
}

void TestCliVault::noBus()
{
    m_cli->env().insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/vkauth-bus"));
    m_cli->env().remove(QStringLiteral("DISPLAY"));
}

void TestCliVault::writePassphraseFile(const QByteArray &passphrase, QFile::Permissions permissions)
{
    QFile f(m_dir->filePath(QStringLiteral("passphrase")));
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(passphrase + '\n');
    f.close();
    QVERIFY(f.setPermissions(permissions));
    m_cli->env().insert(QStringLiteral("VKAUTH_VAULT_PASSPHRASE_FILE"), f.fileName());
}

void TestCliVault::useVault(const QByteArray &passphrase)
{
    noBus();
    m_cli->env().insert(QStringLiteral("VKAUTH_SECRET_STORE"), QStringLiteral("vault"));
    writePassphraseFile(passphrase, QFile::ReadOwner | QFile::WriteOwner);
}

QString TestCliVault::login(qint64 userId, CliResult *result)
{
    const fakevk::Account a = account(userId);
    m_fake->addAccount(a);
    const CliResult r = m_cli->run(loginArgs(a, {QStringLiteral("--json")}), a.password.toUtf8() + '\n');
    if (result)
        *result = r;
    return r.exitCode == 0 ? r.json().object().value(QStringLiteral("token")).toString() : QString();
}

QByteArray TestCliVault::file(const QString &path) const
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QMap<QString, QString> TestCliVault::exportedTokens()
{
    const CliResult r = m_cli->run({QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--output"), QStringLiteral("-")});
    QMap<QString, QString> tokens;
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(r.describe()));
        return tokens;
    }
    const auto entries = ExportFormats::parse(r.out);
    if (entries.ok()) {
        for (const TransferEntry &e : entries.value)
            tokens.insert(e.profile.id, e.secrets.token + u'|' + e.secrets.trustedHash);
    }
    return tokens;
}

QString TestCliVault::importFile(
    const QString &name, qint64 firstId, int count, QMap<QString, QString> &tokens)
{
    QList<TransferEntry> entries;
    for (int i = 0; i < count; ++i) {
        const QString token = testsupport::randomSecret("vk1.a.");
        const QString hash = i % 2 ? testsupport::randomSecret("hash") : QString();
        Profile p = Profile::fromObtained(testsupport::userToken(firstId + i, token, hash));
        entries << TransferEntry {p, ProfileSecrets {token, hash}};
        tokens.insert(p.id, token + u'|' + hash);
    }
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(ExportFormats::serialize(entries, ExportFormat::Json).value);
    return path;
}

void TestCliVault::loginThenTokenFromTheVault()
{
    useVault();
    CliResult r;
    const QString token = login(7300000001LL, &r);
    QVERIFY2(m_fake->isValidToken(token), qPrintable(r.describe()));
    QCOMPARE(int(QFile::permissions(vaultPath()) & 0x7077), int(QFile::ReadOwner | QFile::WriteOwner));

    const CliResult again = m_cli->run({QStringLiteral("token"), QStringLiteral("7300000001")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(again.out.trimmed(), token.toUtf8());

    // The vault and the index never hold the token in clear, in any encoding.
    const QByteArray raw = token.toUtf8();
    const QList<QByteArray> forms {raw, raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding),
        QUrl::toPercentEncoding(token), raw.left(24)};
    for (const QString &path : {vaultPath(), indexPath(), indexPath() + QStringLiteral(".bak")}) {
        const QByteArray content = file(path);
        QVERIFY2(!content.isEmpty(), qPrintable(path));
        for (const QByteArray &form : forms)
            QVERIFY2(!content.contains(form), qPrintable(path));
    }
}

void TestCliVault::wrongPassphraseChangesNothing()
{
    useVault("right one");
    QVERIFY(!login(7300000002LL).isEmpty());
    const QByteArray vault = file(vaultPath());
    const QByteArray index = file(indexPath());
    const qsizetype tokenRequests = m_fake->requests(QStringLiteral("/token")).size();

    writePassphraseFile("wrong one", QFile::ReadOwner);
    const CliResult token
        = m_cli->run({QStringLiteral("token"), QStringLiteral("7300000002"), QStringLiteral("--json")});
    QVERIFY2(token.exitCode == 5, qPrintable(token.describe()));
    QCOMPARE(token.errorCode(), QStringLiteral("WRONG_PASSPHRASE"));
    QVERIFY(token.err.contains("passphrase is wrong"));
    QVERIFY(!token.out.contains("vk1."));

    CliResult second;
    QVERIFY(login(7300000003LL, &second).isEmpty());
    QVERIFY2(second.exitCode == 5, qPrintable(second.describe()));
    QCOMPARE(m_fake->requests(QStringLiteral("/token")).size(), tokenRequests); // refused before signing in
    QCOMPARE(file(vaultPath()), vault);
    QCOMPARE(file(indexPath()), index);
}

void TestCliVault::loosePassphraseFileRefused()
{
    useVault();
    writePassphraseFile(
        "server passphrase", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    CliResult r;
    QVERIFY(login(7300000004LL, &r).isEmpty());
    QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("PASSPHRASE_FILE_UNSAFE"));
    QVERIFY(r.err.contains("chmod 600"));
    QVERIFY(m_fake->requests(QStringLiteral("/token")).isEmpty());
    QVERIFY(!QFile::exists(vaultPath()));
    QVERIFY(!QFile::exists(indexPath()));
}

void TestCliVault::flippedByteRefused()
{
    useVault();
    const QString token = login(7300000005LL);
    QVERIFY(!token.isEmpty());
    QByteArray bytes = file(vaultPath());
    bytes[bytes.size() - 30] = char(bytes.at(bytes.size() - 30) ^ 0x20);
    QFile f(vaultPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const CliResult r
        = m_cli->run({QStringLiteral("token"), QStringLiteral("7300000005"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
    QVERIFY(r.errorCode() == QStringLiteral("WRONG_PASSPHRASE")
        || r.errorCode() == QStringLiteral("VAULT_DAMAGED"));
    QVERIFY(r.err.contains("altered"));
    QVERIFY(!r.out.contains(token.toUtf8()));
    QCOMPARE(file(vaultPath()), bytes); // left as it is
}

// Two processes import five profiles each into one vault at the same time: all ten are kept.
void TestCliVault::twoWritersKeepEverything()
{
    useVault();
    QMap<QString, QString> tokens;
    const QString first = importFile(QStringLiteral("a.json"), 7310000000LL, 5, tokens);
    const QString second = importFile(QStringLiteral("b.json"), 7320000000LL, 5, tokens);
    auto a = m_cli->start({QStringLiteral("import"), first});
    auto b = m_cli->start({QStringLiteral("import"), second});
    const CliResult ra = CliRunner::finish(*a);
    const CliResult rb = CliRunner::finish(*b);
    QVERIFY2(ra.exitCode == 0, qPrintable(ra.describe()));
    QVERIFY2(rb.exitCode == 0, qPrintable(rb.describe()));
    QCOMPARE(exportedTokens(), tokens);
}

void TestCliVault::passphraseChange()
{
    useVault("old passphrase");
    const QString token = login(7300000006LL);
    QVERIFY(!token.isEmpty());
    const CliResult change = m_cli->run(
        {QStringLiteral("store"), QStringLiteral("passphrase"), QStringLiteral("--new-passphrase-stdin")},
        "new passphrase\n");
    QVERIFY2(change.exitCode == 0, qPrintable(change.describe()));
    QVERIFY(!file(vaultPath()).contains("new passphrase"));
    const QStringList tokenArgs {QStringLiteral("token"), QStringLiteral("7300000006")};
    QCOMPARE(m_cli->run(tokenArgs).exitCode, 5); // the old one no longer opens it
    writePassphraseFile("new passphrase", QFile::ReadOwner);
    const CliResult r = m_cli->run(tokenArgs);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.trimmed(), token.toUtf8());
    // The passphrase from standard input instead of the file.
    m_cli->env().remove(QStringLiteral("VKAUTH_VAULT_PASSPHRASE_FILE"));
    const CliResult fromStdin = m_cli->run(
        tokenArgs + QStringList {QStringLiteral("--vault-passphrase-stdin")}, "new passphrase\n");
    QCOMPARE(fromStdin.out.trimmed(), token.toUtf8());
    const CliResult none = m_cli->run(tokenArgs + QStringList {QStringLiteral("--json")});
    QCOMPARE(none.exitCode, 5);
    QCOMPARE(none.errorCode(), QStringLiteral("VAULT_LOCKED"));
}

// No Secret Service and no terminal to ask on: the failure names the way out.
void TestCliVault::noKeychainWithoutTerminalNamesTheVariable()
{
    noBus();
    CliResult r;
    QVERIFY(login(7300000007LL, &r).isEmpty());
    QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
    QVERIFY(r.err.contains("VKAUTH_SECRET_STORE=vault"));
    QVERIFY(!QFile::exists(vaultPath())); // never a silent fallback
    m_cli->env().insert(QStringLiteral("VKAUTH_SECRET_STORE"), QStringLiteral("plaintext"));
    const CliResult bad = m_cli->run({QStringLiteral("list")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("VKAUTH_SECRET_STORE"));
}

// No Secret Service, a terminal (a pseudo-terminal the test types into), nothing chosen yet: the CLI
// offers the vault once, makes it with a passphrase typed twice, and keeps the choice.
void TestCliVault::noKeychainOnTerminalOffersTheVault()
{
    noBus();
    const fakevk::Account a = account(7300000008LL);
    m_fake->addAccount(a);
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    char slave[128] = {};
    QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0 && ptsname_r(master, slave, sizeof slave) == 0);
    const int held = open(slave, O_RDWR | O_NOCTTY); // the terminal outlives the child
    QVERIFY(held >= 0);
    QProcess cli;
    cli.setProcessEnvironment(m_cli->env());
    cli.setChildProcessModifier([slave] {
        const int tty = open(slave, O_RDWR | O_NOCTTY);
        if (tty >= 0) {
            dup2(tty, STDIN_FILENO);
            close(tty);
        }
    });
    cli.start(CliRunner::program(),
        {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"), a.login,
            QStringLiteral("--json")});
    const auto type = [master](const QByteArray &line) {
        return write(master, line.data(), size_t(line.size())) == line.size();
    };
    QByteArray err;
    QVERIFY2(
        CliRunner::waitForErr(cli, err, "No system keychain here. Keep tokens in an encrypted file instead?"),
        err.constData());
    QVERIFY(type("y\n"));
    QVERIFY2(CliRunner::waitForErr(cli, err, "New vault passphrase:"), err.constData());
    QVERIFY(type("typed twice\n"));
    QVERIFY2(CliRunner::waitForErr(cli, err, "Type it again:"), err.constData());
    QVERIFY(type("typed twice\n"));
    QVERIFY2(CliRunner::waitForErr(cli, err, "Password for"), err.constData());
    QVERIFY(type(a.password.toUtf8() + '\n'));
    const CliResult r = CliRunner::finish(cli);
    close(held);
    close(master);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QString::fromUtf8(err)));
    const QString token = r.json().object().value(QStringLiteral("token")).toString();
    QVERIFY(m_fake->isValidToken(token));
    QVERIFY(QFile::exists(vaultPath()));
    const QSettings settings(
        m_dir->filePath(QStringLiteral("config/vkauth/vkauth.conf")), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("secrets/store")).toString(), QStringLiteral("vault"));

    // Kept: the next run (no terminal) uses the vault without asking again.
    writePassphraseFile("typed twice", QFile::ReadOwner);
    const CliResult again = m_cli->run({QStringLiteral("token"), QString::number(a.userId)});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(again.out.trimmed(), token.toUtf8());
}

// Keychain → vault → keychain with the session's keychain: every secret arrives unchanged, and each
// move leaves nothing behind in the store it left.
void TestCliVault::migrateRoundTrip()
{
    QMap<QString, QString> tokens;
    const QString path = importFile(QStringLiteral("m.json"), 7330000000LL, 3, tokens);
    const CliResult imported = m_cli->run({QStringLiteral("import"), path});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QCOMPARE(exportedTokens(), tokens);

    writePassphraseFile("migration passphrase", QFile::ReadOwner);
    const CliResult toVault = m_cli->run({QStringLiteral("store"), QStringLiteral("migrate"),
        QStringLiteral("--to"), QStringLiteral("vault"), QStringLiteral("--json")});
    QVERIFY2(toVault.exitCode == 0, qPrintable(toVault.describe()));
    QCOMPARE(toVault.json().object().value(QStringLiteral("moved")).toInt(), 3);
    for (const QString &id : tokens.keys())
        QCOMPARE(testsupport::keychainLookup(id), 1); // gone from the keychain
    QVERIFY(file(indexPath()).contains("\"secret_store\":\"vault\""));
    // The settings now choose the vault: it works with no keychain at all.
    const QProcessEnvironment withBus = m_cli->env();
    noBus();
    QCOMPARE(exportedTokens(), tokens);

    m_cli->env() = withBus;
    const CliResult toKeychain = m_cli->run({QStringLiteral("store"), QStringLiteral("migrate"),
        QStringLiteral("--to"), QStringLiteral("keychain")});
    QVERIFY2(toKeychain.exitCode == 0, qPrintable(toKeychain.describe()));
    for (const QString &id : tokens.keys())
        QCOMPARE(testsupport::keychainLookup(id), 0);
    QVERIFY(!file(indexPath()).contains("secret_store"));
    QCOMPARE(exportedTokens(), tokens);
    for (const QString &id : tokens.keys())
        QVERIFY(m_cli->run({QStringLiteral("remove"), id}).exitCode == 0);
}

// Vault → keychain with no keychain at all: the first write fails, and nothing changes anywhere.
void TestCliVault::migrateFailureChangesNothing()
{
    useVault();
    const QString token = login(7300000009LL);
    QVERIFY(!token.isEmpty());
    QVERIFY(!login(7300000010LL).isEmpty());
    const QByteArray vault = file(vaultPath());
    const QByteArray index = file(indexPath());
    const CliResult r = m_cli->run({QStringLiteral("store"), QStringLiteral("migrate"),
        QStringLiteral("--to"), QStringLiteral("keychain")});
    QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
    QVERIFY(r.err.contains("Nothing was moved"));
    QCOMPARE(file(vaultPath()), vault);
    QCOMPARE(file(indexPath()), index);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("config/vkauth/vkauth.conf"))));
    const CliResult again = m_cli->run({QStringLiteral("token"), QStringLiteral("7300000009")});
    QCOMPARE(again.out.trimmed(), token.toUtf8());
}

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_clivault.moc"
