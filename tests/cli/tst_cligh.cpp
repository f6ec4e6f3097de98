// SPDX-License-Identifier: MIT
#include "CliLoginFixture.h"
#include "FakeVk.h"
#include "TextColumns.h"
#include "auth/OfficialApps.h"
#include "profiles/ProfileStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace clitest;
using namespace vkauth;

namespace {

// A pseudo-terminal the test holds both sides of: the CLI gets the slave as stdin or stdout, the test
// reads (and types into) the master. The slave stays open here, so what was written stays readable.
class Pty
{
public:
    Pty()
    {
        m_master = posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0
            || ptsname_r(m_master, m_name, sizeof m_name) != 0)
            return;
        m_slave = open(m_name, O_RDWR | O_NOCTTY);
        fcntl(m_master, F_SETFL, fcntl(m_master, F_GETFL) | O_NONBLOCK);
    }
    ~Pty()
    {
        if (m_slave >= 0)
            close(m_slave);
        if (m_master >= 0)
            close(m_master);
    }
    Q_DISABLE_COPY_MOVE(Pty)

    bool ok() const { return m_slave >= 0; }
    // Makes the child's `fds` (STDIN_FILENO, STDOUT_FILENO) this terminal; not its controlling one.
    void attach(QProcess &process, QList<int> fds) const
    {
        const char *name = m_name;
        process.setChildProcessModifier([name, fds] {
            const int tty = open(name, O_RDWR | O_NOCTTY);
            if (tty < 0)
                return;
            for (const int fd : fds)
                dup2(tty, fd);
            close(tty);
        });
    }
    QByteArray read()
    {
        char buffer[4096];
        ssize_t n;
        while ((n = ::read(m_master, buffer, sizeof buffer)) > 0)
            m_seen.append(buffer, n);
        return m_seen;
    }
    bool type(const QByteArray &text)
    {
        return write(m_master, text.constData(), text.size()) == text.size();
    }

private:
    int m_master = -1;
    int m_slave = -1;
    char m_name[128] = {};
    QByteArray m_seen;
};

} // namespace

// Issue 14, "vkauth-cli, next to gh auth": the CLI as people use it in a terminal.
class TestCliGh : public QObject, public CliLoginFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void exitCodesInEveryHelp();
    void listIsATable();
    void checkAllIsATable();
    void errorsWithoutRawWords();
    void tokenNotShownOnATerminal();
    void tokenShownWhenItWouldBeLost();
    void signingInAgainNeverRenamesSilently();
    void loginAskedOnATerminal();
    void vkIdMatchingTwoProfilesIsAmbiguous();

private:
    // A user profile as the app saves one; its token works at the fake unless `working` is false.
    QString addProfile(qint64 userId, const QString &name, const QString &app = QStringLiteral("windows"),
        bool working = true);
    QJsonObject listed(const QString &id);
    // Runs the CLI with `fds` on `pty`, `input` on stdin when it is not the terminal.
    CliResult runOnTerminal(
        Pty &pty, const QList<int> &fds, const QStringList &args, const QByteArray &input = {});

    std::unique_ptr<ProfileStore> m_store;
};

void TestCliGh::init()
{
    QVERIFY(startCli());
    ProfileStore::Options options;
    options.dataDir = m_cli->dataDir();
    m_store = std::make_unique<ProfileStore>(options);
    QVERIFY(m_store->load().ok());
}

void TestCliGh::cleanup()
{
    m_store.reset();
    stopCli();
}

QString TestCliGh::addProfile(qint64 userId, const QString &name, const QString &app, bool working)
{
    fakevk::Account a;
    a.userId = userId;
    a.login = QStringLiteral("p%1@example.org").arg(userId);
    a.password = QStringLiteral("x");
    m_fake->addAccount(a);
    ObtainedToken t;
    t.kind = TokenKind::User;
    t.vkId = userId;
    t.scope = 65536u;
    t.token = m_fake->issueUserToken(userId, t.scope);
    if (!working)
        m_fake->revokeToken(t.token);
    t.app = *AppCredentials::byKey(app);
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    QSignalSpy saved(m_store.get(), &ProfileStore::secretStateChanged);
    const QString id = m_store->add(t, name);
    for (int i = 0; i < 3 && m_store->secretState(id) == ProfileStore::SecretState::Saving; ++i)
        saved.wait(10000);
    return m_store->secretState(id) == ProfileStore::SecretState::Saved ? id : QString();
}

QJsonObject TestCliGh::listed(const QString &id)
{
    const CliResult r = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &v : r.json().array()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

CliResult TestCliGh::runOnTerminal(
    Pty &pty, const QList<int> &fds, const QStringList &args, const QByteArray &input)
{
    QProcess cli;
    cli.setProcessEnvironment(m_cli->env());
    pty.attach(cli, fds);
    cli.start(CliRunner::program(), args);
    return CliRunner::finish(cli, input);
}

// The top-level help and each verb's list every exit code, from the one table (ExitCode).
void TestCliGh::exitCodesInEveryHelp()
{
    const QList<QStringList> helps {{QStringLiteral("--help")},
        {QStringLiteral("token"), QStringLiteral("--help")},
        {QStringLiteral("check"), QStringLiteral("--help")},
        {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--help")},
        {QStringLiteral("login"), QStringLiteral("--help")},
        {QStringLiteral("store"), QStringLiteral("--help")}};
    for (const QStringList &args : helps) {
        const CliResult r = m_cli->run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QLatin1String("Exit codes:")), qPrintable(args.join(u' ')));
        for (int code = 0; code <= 10; ++code) {
            const QRegularExpression line(QStringLiteral("\\n +%1  \\S").arg(code));
            QVERIFY2(
                out.contains(line), qPrintable(args.join(u' ') + QStringLiteral(": no code %1").arg(code)));
        }
        QVERIFY(out.contains(QLatin1String("several profiles")));
    }
}

// Item 4: "list" has a header row and fixed columns; a long or wide name is cut with "…" and does
// not push the columns after it; app and last check are columns.
void TestCliGh::listIsATable()
{
    const QString longName = QStringLiteral("Konstantin Konstantinopolsky-Shchedrin");
    const QString wideName = QStringLiteral("山田太郎山田太郎山田太郎山田太郎");
    const QString plain = addProfile(9300000001LL, QStringLiteral("Ivan Petrov"));
    const QString cut = addProfile(9300000002LL, longName, QStringLiteral("android"));
    const QString wide = addProfile(9300000003LL, wideName);
    QVERIFY(!plain.isEmpty() && !cut.isEmpty() && !wide.isEmpty());
    const CliResult r = m_cli->run({QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const QString &header = lines.first();
    for (const char *title : {"ID", "KIND", "VK ID", "NAME", "APP", "EXPIRES", "LAST CHECK"})
        QVERIFY2(header.contains(QLatin1String(title)), qPrintable(header));
    // Every row as wide as the others on a terminal (the last column reads "never" in each), the
    // header as wide as a row with "LAST CHECK" there instead.
    const qsizetype rowWidth = cli::TextColumns::width(lines.at(1));
    for (const QString &line : lines.mid(1)) {
        QCOMPARE(cli::TextColumns::width(line), rowWidth);
        QVERIFY2(line.endsWith(QLatin1String("  never")), qPrintable(line));
    }
    QCOMPARE(cli::TextColumns::width(header), rowWidth - 5 + 10);
    const QString cutLine = lines.filter(cut).value(0);
    QVERIFY2(cutLine.contains(u'\u2026') && !cutLine.contains(longName), qPrintable(cutLine));
    QVERIFY2(cutLine.contains(longName.left(20)), qPrintable(cutLine));
    const QString wideLine = lines.filter(wide).value(0);
    QVERIFY2(wideLine.contains(u'\u2026') && wideLine.contains(wideName.left(10)), qPrintable(wideLine));
    QVERIFY2(!wideLine.contains(wideName.left(12)), qPrintable(wideLine)); // 12 take 24 columns
    // The app column, and the last check once "check" succeeded.
    const QString app = AppCredentials::byKey(QStringLiteral("android"))->displayName;
    QVERIFY2(cutLine.contains(app.left(10)), qPrintable(cutLine));
    QCOMPARE(m_cli->run({QStringLiteral("check"), plain}).exitCode, 0);
    const CliResult after = m_cli->run({QStringLiteral("list")});
    const QString plainLine = QString::fromUtf8(after.out).split(u'\n').filter(plain).value(0);
    QVERIFY2(plainLine.contains(QRegularExpression(QStringLiteral("  valid 20\\d\\d-\\d\\d-\\d\\dT"))),
        qPrintable(plainLine));
    // --json: the same fields as before, the last check among them.
    QCOMPARE(listed(plain)
                 .value(QStringLiteral("last_check"))
                 .toObject()
                 .value(QStringLiteral("result"))
                 .toString(),
        QStringLiteral("valid"));
}

// Item 5: "check" with no PROFILE (or --all) checks every profile: a table, exit 0 when every token
// works, 10 when one does not; one PROFILE still checks just that one.
void TestCliGh::checkAllIsATable()
{
    const QString good = addProfile(9300000011LL, QStringLiteral("Good One"));
    const QString alsoGood = addProfile(9300000012LL, QStringLiteral("Also Good"));
    QVERIFY(!good.isEmpty() && !alsoGood.isEmpty());
    for (const QStringList &args : {QStringList {QStringLiteral("check")},
             QStringList {QStringLiteral("check"), QStringLiteral("--all")}}) {
        const CliResult r = m_cli->run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.first().contains(QLatin1String("STATUS")), qPrintable(lines.first()));
        QVERIFY(lines.filter(good).value(0).contains(QLatin1String("valid")));
        QVERIFY(lines.filter(alsoGood).value(0).contains(QLatin1String("valid")));
    }
    const QString dead
        = addProfile(9300000013LL, QStringLiteral("Dead One"), QStringLiteral("windows"), false);
    QVERIFY(!dead.isEmpty());
    const CliResult r = m_cli->run({QStringLiteral("check"), QStringLiteral("--all")});
    QVERIFY2(r.exitCode == 10, qPrintable(r.describe()));
    const QString deadLine = QString::fromUtf8(r.out).split(u'\n').filter(dead).value(0);
    QVERIFY2(!deadLine.contains(QLatin1String("  valid")), qPrintable(deadLine));
    const CliResult json = m_cli->run({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 10);
    QCOMPARE(json.json().array().size(), 3);
    // One profile: as before.
    const CliResult one = m_cli->run({QStringLiteral("check"), good});
    QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
    QVERIFY(one.out.startsWith("valid: "));
    QCOMPARE(m_cli->run({QStringLiteral("check"), dead}).exitCode, 3);
    // Every result was kept.
    QCOMPARE(listed(dead)
                 .value(QStringLiteral("last_check"))
                 .toObject()
                 .value(QStringLiteral("result"))
                 .toString(),
        QStringLiteral("invalid"));
}

// Item 9: an error shows VK's human words, not its raw ones ("9;Flood control",
// "password_bruteforce_attempt"); --verbose shows them, and --json keeps them in "details".
void TestCliGh::errorsWithoutRawWords()
{
    auto a = account(9300000021LL);
    a.floodControl = true;
    m_fake->addAccount(a);
    const CliResult plain = m_cli->run(loginArgs(a, {QStringLiteral("--json")}), a.password.toUtf8() + '\n');
    QVERIFY2(plain.exitCode == 3, qPrintable(plain.describe()));
    QCOMPARE(plain.errorCode(), QStringLiteral("TOO_MUCH_TRIES"));
    QVERIFY2(plain.err.contains("do not retry"), plain.err.constData());
    QVERIFY2(plain.err.contains("Too many attempts."), plain.err.constData()); // VK's human words
    QVERIFY2(!plain.err.contains("bruteforce") && !plain.err.contains("9;"), plain.err.constData());
    const QJsonObject error = plain.json().object().value(QStringLiteral("error")).toObject();
    QVERIFY2(error.value(QStringLiteral("details"))
                 .toString()
                 .contains(QLatin1String("password_bruteforce_attempt")),
        qPrintable(plain.describe()));
    QVERIFY(!error.value(QStringLiteral("message")).toString().contains(QLatin1String("bruteforce")));

    for (const QStringList &args : {QStringList {QStringLiteral("--verbose")} + loginArgs(a),
             loginArgs(a, {QStringLiteral("--verbose")})}) {
        const CliResult verbose = m_cli->run(args, a.password.toUtf8() + '\n');
        QVERIFY2(verbose.exitCode == 3, qPrintable(verbose.describe()));
        QVERIFY2(
            verbose.err.contains("(9;Flood control: password_bruteforce_attempt"), verbose.err.constData());
    }
}

// Item 1: on a terminal "login" keeps the token off the screen and says where it went and how to get
// it; the token is in the keychain all the same.
void TestCliGh::tokenNotShownOnATerminal()
{
    const auto a = account(9300000031LL);
    m_fake->addAccount(a);
    Pty pty;
    QVERIFY(pty.ok());
    const CliResult r = runOnTerminal(pty, {STDOUT_FILENO}, loginArgs(a), a.password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString id
        = QStringLiteral("user-9300000031-") + AppCredentials::byKey(QStringLiteral("android"))->clientId;
    const CliResult token = m_cli->run({QStringLiteral("token"), id});
    QVERIFY2(token.exitCode == 0 && m_fake->isValidToken(QString::fromUtf8(token.out.trimmed())),
        qPrintable(token.describe()));
    const QByteArray shown = pty.read();
    QVERIFY2(!shown.contains(token.out.trimmed()), shown.constData());
    QVERIFY2(r.err.contains("vkauth-cli token " + id.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("system keychain"), r.err.constData());

    // --print-token shows it there; a pipe gets it without asking (scripts: VK_TOKEN=$(...)).
    const CliResult asked = runOnTerminal(
        pty, {STDOUT_FILENO}, loginArgs(a, {QStringLiteral("--print-token")}), a.password.toUtf8() + '\n');
    QVERIFY2(asked.exitCode == 0, qPrintable(asked.describe()));
    const QByteArray again = m_cli->run({QStringLiteral("token"), id}).out.trimmed();
    QVERIFY(again != token.out.trimmed());
    QVERIFY2(pty.read().contains(again), pty.read().constData());
    const CliResult piped = m_cli->run(loginArgs(a), a.password.toUtf8() + '\n');
    QVERIFY2(piped.exitCode == 0 && m_fake->isValidToken(QString::fromUtf8(piped.out.trimmed())),
        qPrintable(piped.describe()));

    // The hint names the label when it is one word that finds this profile, else the id.
    const CliResult labelled = runOnTerminal(pty, {STDOUT_FILENO},
        loginArgs(a, {QStringLiteral("--label"), QStringLiteral("mybot")}), a.password.toUtf8() + '\n');
    QVERIFY2(labelled.err.contains("vkauth-cli token mybot\n"), labelled.err.constData());
    const CliResult spaced = runOnTerminal(pty, {STDOUT_FILENO},
        loginArgs(a, {QStringLiteral("--label"), QStringLiteral("my bot")}), a.password.toUtf8() + '\n');
    QVERIFY2(spaced.err.contains("vkauth-cli token " + id.toUtf8() + '\n'), spaced.err.constData());
}

// Item 1: a token that is not kept (--no-save) is shown on the terminal: it would be lost otherwise.
void TestCliGh::tokenShownWhenItWouldBeLost()
{
    const auto a = account(9300000041LL);
    m_fake->addAccount(a);
    Pty pty;
    QVERIFY(pty.ok());
    const CliResult r = runOnTerminal(
        pty, {STDOUT_FILENO}, loginArgs(a, {QStringLiteral("--no-save")}), a.password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString shown = QString::fromUtf8(pty.read()).trimmed();
    QVERIFY2(m_fake->isValidToken(shown), qPrintable(shown));
}

// Item 2: signing in again to an account keeps its profile's label and says which profile was
// updated; --label renames it, and says so; another app's profile of the account is named.
void TestCliGh::signingInAgainNeverRenamesSilently()
{
    const auto a = account(9300000051LL);
    m_fake->addAccount(a);
    const CliResult first = m_cli->run(
        loginArgs(a, {QStringLiteral("--label"), QStringLiteral("work")}), a.password.toUtf8() + '\n');
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QVERIFY2(first.err.contains("Saved profile \"work\""), first.err.constData());
    const QString id
        = QStringLiteral("user-9300000051-") + AppCredentials::byKey(QStringLiteral("android"))->clientId;

    const CliResult again = m_cli->run(loginArgs(a), a.password.toUtf8() + '\n');
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(again.err.contains("Updated profile \"work\" (" + id.toUtf8() + ")"), again.err.constData());
    QVERIFY2(again.err.contains("label is kept"), again.err.constData());
    QCOMPARE(listed(id).value(QStringLiteral("label")).toString(), QStringLiteral("work"));

    const CliResult renamed = m_cli->run(
        loginArgs(a, {QStringLiteral("--label"), QStringLiteral("bot")}), a.password.toUtf8() + '\n');
    QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.describe()));
    QVERIFY2(renamed.err.contains("Updated profile \"bot\" (" + id.toUtf8() + ")"), renamed.err.constData());
    QVERIFY2(renamed.err.contains("renamed from \"work\""), renamed.err.constData());
    QCOMPARE(listed(id).value(QStringLiteral("label")).toString(), QStringLiteral("bot"));

    const CliResult otherApp = m_cli->run(
        loginArgs(a, {QStringLiteral("--app"), QStringLiteral("iphone")}), a.password.toUtf8() + '\n');
    QVERIFY2(otherApp.exitCode == 0, qPrintable(otherApp.describe()));
    QVERIFY2(otherApp.err.contains("Saved profile"), otherApp.err.constData());
    QVERIFY2(
        otherApp.err.contains("also has profile \"bot\" (" + id.toUtf8() + ")"), otherApp.err.constData());
}

// Item 6: "login direct" without --login on a terminal asks for it; without one the error stays.
void TestCliGh::loginAskedOnATerminal()
{
    const auto a = account(9300000061LL);
    m_fake->addAccount(a);
    Pty pty;
    QVERIFY(pty.ok());
    QProcess cli;
    cli.setProcessEnvironment(m_cli->env());
    pty.attach(cli, {STDIN_FILENO});
    cli.start(CliRunner::program(),
        {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--no-save"),
            QStringLiteral("--json")});
    QByteArray err;
    QVERIFY2(CliRunner::waitForErr(cli, err, "Login (e-mail or phone): "), err.constData());
    QVERIFY(pty.type(a.login.toUtf8() + '\n'));
    QVERIFY2(CliRunner::waitForErr(cli, err, "Password for " + a.login.toUtf8()), err.constData());
    QVERIFY(pty.type(a.password.toUtf8() + '\n'));
    const CliResult r = CliRunner::finish(cli);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QString::fromUtf8(err)));
    QVERIFY(m_fake->isValidToken(r.json().object().value(QStringLiteral("token")).toString()));

    const CliResult piped
        = m_cli->run({QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--password-stdin")},
            a.password.toUtf8() + '\n');
    QCOMPARE(piped.exitCode, 2);
    QVERIFY2(piped.err.contains("--login or --phone"), piped.err.constData());
}

// Item 3: "token 1001" when two profiles (two apps) have VK id 1001 is an ambiguity error (exit 9)
// listing both; the names "list" shows are accepted.
void TestCliGh::vkIdMatchingTwoProfilesIsAmbiguous()
{
    const QString windows = addProfile(1001, QStringLiteral("Ivan Petrov"));
    const QString android = addProfile(1001, QStringLiteral("Ivan Petrov"), QStringLiteral("android"));
    QVERIFY(!windows.isEmpty() && !android.isEmpty() && windows != android);
    const CliResult r = m_cli->run({QStringLiteral("token"), QStringLiteral("1001")});
    QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(windows.toUtf8()) && r.err.contains(android.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(m_store->setLabel(android, QStringLiteral("phone bot")));
    const CliResult list = m_cli->run({QStringLiteral("list")});
    QVERIFY(list.out.contains("phone bot"));
    QCOMPARE(m_cli->run({QStringLiteral("token"), QStringLiteral("phone bot")}).exitCode, 0);
    // Both are still named "Ivan Petrov" (the name level): ambiguous again.
    QCOMPARE(m_cli->run({QStringLiteral("token"), QStringLiteral("Ivan Petrov")}).exitCode, 9);
}

QTEST_GUILESS_MAIN(TestCliGh)
#include "tst_cligh.moc"
