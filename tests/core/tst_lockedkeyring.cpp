// SPDX-License-Identifier: MIT
// A locked keyring, for real: a gnome-keyring of this test's own on a D-Bus bus of its own, its
// "login" collection locked over D-Bus (org.freedesktop.Secret.Service.Lock), and the unlock prompter
// (gcr-prompter, activated by the bus as on a desktop) able to show its window or not. A child process
// (this executable again, VKAUTH_TEST_CHILD=locked) saves a token with ProfileStore, reports, and on
// "retry" from its stdin calls retrySave() once the keyring is unlocked again.
//
// What gnome-keyring 42 / libsecret 0.20 / QtKeychain 0.13 really do (seen on Debian 12):
// - No display for the prompter: gnome-keyring asks the bus for org.gnome.keyring.SystemPrompter,
//   gcr-prompter cannot open a display and exits with status 1, and libsecret fails at once with
//   "Cannot create an item in a locked collection" (SECRET_ERROR_IS_LOCKED), which QtKeychain turns
//   into AccessDenied.
// - A display for the prompter: gcr-prompter shows its password window (here on Xvfb) and the job
//   waits for a person for ever; only the store's own timeout ends the save. While that window is
//   open, no later keychain job of the same process runs (a retry times out too); once the keyring is
//   unlocked and the window closed, the timed-out write lands after all.
// - Restarting the daemon is no way to "unlock": it forgets the session libsecret in the app holds
//   ("The session wrapping the secret does not exist"; SecretStore then reconnects, see
//   tst_keychainrestart), and it comes back locked. So the test unlocks the running daemon with its
//   password, as the prompt would.
// It is the display in the bus's activation environment (where the prompter starts) that decides,
// not the DISPLAY of the app; on a desktop both are the same, and the test sets both.
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace vkauth;

// The Secret Service's secret struct (oayays), for gnome-keyring's unlock-with-password call.
struct DBusSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};
Q_DECLARE_METATYPE(DBusSecret)

QDBusArgument &operator<<(QDBusArgument &argument, const DBusSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, DBusSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

namespace {

constexpr int kWaitMs = 20000;
const QByteArray kKeyringPassword = QByteArrayLiteral("vkauth-locked-test");
const QString kCollection = QStringLiteral("/org/freedesktop/secrets/collection/login");
const QString kPrompter = QStringLiteral("/usr/libexec/gcr-prompter");

QString randomSecret(const char *prefix)
{
    QByteArray bytes(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(prefix)
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ObtainedToken userToken(qint64 id, const QString &token)
{
    ObtainedToken t;
    t.kind = TokenKind::User;
    t.vkId = id;
    t.token = token;
    t.expiresIn = 86400;
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    t.scope = 65536;
    t.app = *AppCredentials::byKey(QStringLiteral("android"));
    return t;
}

// A bus whose only activatable services are gnome-keyring's prompters, and a gnome-keyring on it. The
// keyring itself is never activatable: stopped means gone, nothing starts behind the test's back.
class LockableKeyring
{
public:
    ~LockableKeyring() { stop(); }

    // display: the X display the prompter may use, or empty for none.
    bool start(const QString &root, const QString &display)
    {
        m_root = root;
        for (const char *dir : {"/home", "/runtime", "/services"})
            QDir().mkpath(root + QLatin1String(dir));
        QFile::setPermissions(root + QStringLiteral("/runtime"),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        for (const char *name : {"org.gnome.keyring.SystemPrompter", "org.gnome.keyring.PrivatePrompter"}) {
            QFile service(QStringLiteral("%1/services/%2.service").arg(root, QLatin1String(name)));
            if (!service.open(QIODevice::WriteOnly))
                return false;
            service.write(QStringLiteral("[D-BUS Service]\nName=%1\nExec=%2\n")
                              .arg(QLatin1String(name), kPrompter)
                              .toUtf8());
        }
        m_address = QStringLiteral("unix:path=%1/bus").arg(root);
        QFile config(root + QStringLiteral("/bus.conf"));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write(QStringLiteral(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig>\n"
            "  <type>session</type>\n"
            "  <listen>%1</listen>\n"
            "  <auth>EXTERNAL</auth>\n"
            "  <servicedir>%2/services</servicedir>\n"
            "  <policy context=\"default\">\n"
            "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
            "    <allow eavesdrop=\"true\"/>\n"
            "    <allow own=\"*\"/>\n"
            "  </policy>\n"
            "</busconfig>\n")
                         .arg(m_address, root)
                         .toUtf8());
        config.close();
        // The bus hands its environment to what it activates: this is where the prompter's display is.
        QProcessEnvironment env = baseEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        if (!display.isEmpty())
            env.insert(QStringLiteral("DISPLAY"), display);
        m_bus.setProcessEnvironment(env);
        m_bus.setProgram(QStringLiteral("dbus-daemon"));
        m_bus.setArguments(
            {QStringLiteral("--nofork"), QStringLiteral("--config-file=") + config.fileName()});
        m_bus.setStandardErrorFile(QProcess::nullDevice());
        m_bus.start();
        if (!m_bus.waitForStarted())
            return false;
        if (!QTest::qWaitFor([&] { return QFile::exists(root + QStringLiteral("/bus")); }, kWaitMs))
            return false;
        return startKeyring();
    }

    // Unlocked with its password, as a login does; the collection on disk is kept between starts.
    bool startKeyring()
    {
        m_keyring.setProcessEnvironment(baseEnvironment());
        m_keyring.setProgram(QStringLiteral("gnome-keyring-daemon"));
        m_keyring.setArguments({QStringLiteral("--foreground"), QStringLiteral("--unlock"),
            QStringLiteral("--components=secrets")});
        m_keyring.setStandardOutputFile(QProcess::nullDevice());
        m_keyring.setStandardErrorFile(QProcess::nullDevice());
        m_keyring.start();
        if (!m_keyring.waitForStarted())
            return false;
        m_keyring.write(kKeyringPassword);
        m_keyring.closeWriteChannel();
        return QTest::qWaitFor([this] { return onBus(QStringLiteral("org.freedesktop.secrets")); }, kWaitMs);
    }

    bool stopKeyring()
    {
        if (m_keyring.state() == QProcess::NotRunning)
            return true;
        m_keyring.kill();
        m_keyring.waitForFinished();
        return QTest::qWaitFor([this] { return !onBus(QStringLiteral("org.freedesktop.secrets")); }, kWaitMs);
    }

    void stop()
    {
        stopKeyring();
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.kill();
            m_bus.waitForFinished();
        }
        // A prompter the bus started outlives nothing: without its bus it quits. Any that did not is
        // ended here (found by this bus's address in its environment, never by name).
        for (qint64 pid : leftovers())
            ::kill(pid_t(pid), SIGTERM);
    }

    bool lock() const
    {
        return run(QStringLiteral("dbus-send"),
            {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:") + kCollection})
            .contains(kCollection.toUtf8());
    }

    // Unlocks the same running daemon with its password, as the unlock prompt would after a person
    // typed it: org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface.UnlockWithMasterPassword,
    // with the password sent in a "plain" Secret Service session of this connection.
    bool unlock() const
    {
        qDBusRegisterMetaType<DBusSecret>();
        const QString name = QStringLiteral("lockable-keyring");
        bool unlocked = false;
        {
            QDBusConnection bus = QDBusConnection::connectToBus(m_address, name);
            QDBusMessage open = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service"),
                QStringLiteral("OpenSession"));
            open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
            const QDBusMessage opened = bus.call(open, QDBus::Block, kWaitMs);
            if (opened.type() == QDBusMessage::ReplyMessage && opened.arguments().size() == 2) {
                const DBusSecret secret {opened.arguments().at(1).value<QDBusObjectPath>(), {},
                    kKeyringPassword, QStringLiteral("text/plain")};
                QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                    QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                    QStringLiteral("UnlockWithMasterPassword"));
                call << QVariant::fromValue(QDBusObjectPath(kCollection)) << QVariant::fromValue(secret);
                const QDBusMessage reply = bus.call(call, QDBus::Block, kWaitMs);
                unlocked = reply.type() == QDBusMessage::ReplyMessage;
                if (!unlocked)
                    qWarning("unlock: %s", qPrintable(reply.errorMessage()));
            }
        }
        QDBusConnection::disconnectFromBus(name);
        return unlocked;
    }

    // Unlock prompt windows (gcr-prompter) of this keyring that are open, waiting for a person.
    QList<qint64> prompters() const
    {
        QList<qint64> pids;
        for (qint64 pid : leftovers()) {
            if (QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid)) == kPrompter)
                pids << pid;
        }
        return pids;
    }

    bool locked() const
    {
        return run(QStringLiteral("dbus-send"),
            {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"), kCollection,
                QStringLiteral("org.freedesktop.DBus.Properties.Get"),
                QStringLiteral("string:org.freedesktop.Secret.Collection"), QStringLiteral("string:Locked")})
            .contains("boolean true");
    }

    bool onBus(const QString &name) const
    {
        return run(QStringLiteral("dbus-send"),
            {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                QStringLiteral("org.freedesktop.DBus.NameHasOwner"), QStringLiteral("string:") + name})
            .contains("boolean true");
    }

    QByteArray lookup(const QString &service, const QString &key) const
    {
        return run(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    }

    // Live processes (not zombies) of this test's keyring folder: the bus (its config file is there),
    // the keyring and prompters (their HOME is there). What is left behind after stop() is a leak.
    QList<qint64> leftovers() const
    {
        QList<qint64> pids;
        if (m_root.isEmpty())
            return pids;
        const QByteArray home = "HOME=" + m_root.toUtf8() + "/home" + '\0';
        const QByteArray config = m_root.toUtf8() + "/bus.conf";
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            if (!isPid || pid == QCoreApplication::applicationPid())
                continue;
            QFile status(QStringLiteral("/proc/%1/status").arg(entry));
            if (!status.open(QIODevice::ReadOnly) || status.readAll().contains("State:\tZ"))
                continue;
            QFile environ(QStringLiteral("/proc/%1/environ").arg(entry));
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
            const bool ours = (environ.open(QIODevice::ReadOnly) && environ.readAll().contains(home))
                || (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(config));
            if (ours)
                pids << pid;
        }
        return pids;
    }

    QString address() const { return m_address; }

private:
    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_root + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_root + QStringLiteral("/runtime"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_root + QStringLiteral("/home/.local/share"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return env;
    }

    QByteArray run(const QString &program, const QStringList &args) const
    {
        QProcess process;
        process.setProcessEnvironment(baseEnvironment());
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(program, args);
        process.waitForFinished(kWaitMs);
        return process.readAllStandardOutput();
    }

    QString m_root;
    QString m_address;
    QProcess m_bus;
    QProcess m_keyring;
};

// ---- child side --------------------------------------------------------------------------------

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    std::fflush(stdout);
}

// Saves the token from the first stdin line; reports every end of a save (state, message, how long it
// took, whether the token is still readable); a "retry" line calls retrySave(), end of input quits.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ProfileStore::Options options;
    options.keychainTimeoutMs = qEnvironmentVariableIntValue("VKAUTH_TEST_TIMEOUT_MS");
    ProfileStore store(options);
    store.load();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return 2;
    const QString token = QString::fromUtf8(in.readLine().trimmed());
    QElapsedTimer timer;
    timer.start();
    const QString id = store.add(userToken(4242, token), QStringLiteral("Locked"));
    QObject::connect(&store, &ProfileStore::secretStateChanged, &store,
        [&](const QString &changed, ProfileStore::SecretState state) {
            if (changed != id || state == ProfileStore::SecretState::Saving)
                return;
            const qint64 elapsed = timer.elapsed();
            store.readSecrets(id, &store,
                [&store, id, token, elapsed, state](
                    const std::optional<ProfileSecrets> &s, const std::optional<SecretError> &) {
                    printJson({{QStringLiteral("id"), id}, {QStringLiteral("state"), int(state)},
                        {QStringLiteral("message"), store.saveError(id)},
                        {QStringLiteral("elapsed_ms"), elapsed},
                        {QStringLiteral("shown"), store.profile(id).has_value()},
                        {QStringLiteral("copyable"), s.has_value() && s->token == token}});
                });
        });
    QSocketNotifier commands(0, QSocketNotifier::Read);
    QObject::connect(&commands, &QSocketNotifier::activated, &store, [&] {
        const QByteArray line = in.readLine().trimmed();
        if (line == "retry") {
            timer.restart();
            store.retrySave(id);
        } else if (line.isEmpty()) {
            commands.setEnabled(false);
            QCoreApplication::exit(0);
        }
    });
    return app.exec();
}

} // namespace

// ---- parent side -------------------------------------------------------------------------------

class TestLockedKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void lockedWithoutPromptIsAccessDenied();
    void lockedWithPromptTimesOut();

private:
    // Locks the keyring, saves in a child, checks the failure, unlocks the same daemon and checks that
    // retrySave() in the same child saves.
    void lockSaveUnlockRetry(const QString &display, int timeoutMs,
        const std::function<void(const QJsonObject &failure)> &checkFailure);
    bool waitLine(QProcess &child, QJsonObject *line);
    void verifyNoClearToken(const QString &token);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LockableKeyring> m_keyring;
};

void TestLockedKeyring::init()
{
    m_keyring = std::make_unique<LockableKeyring>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(QFile::exists(kPrompter), "gcr-prompter (Debian package gcr, a gnome-keyring dependency)");
}

void TestLockedKeyring::cleanup()
{
    m_keyring->stop();
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_keyring->leftovers().isEmpty(), "a daemon of the test is still running", 10000);
    m_keyring.reset();
}

bool TestLockedKeyring::waitLine(QProcess &child, QJsonObject *line)
{
    if (!QTest::qWaitFor(
            [&] { return child.canReadLine() || child.state() == QProcess::NotRunning; }, kWaitMs))
        return false;
    if (!child.canReadLine())
        return false;
    *line = QJsonDocument::fromJson(child.readLine()).object();
    return !line->isEmpty();
}

void TestLockedKeyring::verifyNoClearToken(const QString &token)
{
    // Everything the test made: the app's data folder and the keyring's own home.
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
    }
}

void TestLockedKeyring::lockSaveUnlockRetry(const QString &display, int timeoutMs,
    const std::function<void(const QJsonObject &failure)> &checkFailure)
{
    QVERIFY2(m_keyring->start(m_dir->filePath(QStringLiteral("keyring")), display),
        "dbus-daemon and gnome-keyring-daemon must be installed");
    QVERIFY(!m_keyring->locked());
    QVERIFY(m_keyring->lock());
    QVERIFY(m_keyring->locked());

    const QString dataDir = m_dir->filePath(QStringLiteral("data"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VKAUTH_TEST_CHILD"), QStringLiteral("locked"));
    env.insert(QStringLiteral("VKAUTH_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_keyring->address());
    env.insert(QStringLiteral("VKAUTH_TEST_TIMEOUT_MS"), QString::number(timeoutMs));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (display.isEmpty())
        env.remove(QStringLiteral("DISPLAY"));
    else
        env.insert(QStringLiteral("DISPLAY"), display);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted(kWaitMs));
    const QString token = randomSecret("vk1.a.");
    child.write(token.toUtf8() + '\n');

    QJsonObject failure;
    const bool answered = waitLine(child, &failure);
    if (!answered) {
        child.kill();
        child.waitForFinished();
    }
    QVERIFY2(answered, "the child gave no answer");
    QCOMPARE(failure.value(QStringLiteral("state")).toInt(), int(ProfileStore::SecretState::NotSaved));
    QVERIFY(failure.value(QStringLiteral("shown")).toBool());
    QVERIFY2(
        failure.value(QStringLiteral("copyable")).toBool(), "the token must still be readable from memory");
    checkFailure(failure);
    if (QTest::currentTestFailed())
        return;
    const QString id = failure.value(QStringLiteral("id")).toString();
    QVERIFY(!QFile::exists(dataDir + QStringLiteral("/profiles.json"))); // indexed only once saved
    verifyNoClearToken(token);

    // With a display the save is stuck behind an unlock prompt window that waits for a person.
    const QList<qint64> prompters = m_keyring->prompters();
    QCOMPARE(prompters.size(), display.isEmpty() ? 0 : 1);

    // The person unlocks the keyring and closes the prompt window still on screen (until it is gone,
    // QtKeychain runs no other job of this process), then clicks "Retry saving".
    QVERIFY(m_keyring->unlock());
    QVERIFY(!m_keyring->locked());
    for (qint64 pid : prompters)
        ::kill(pid_t(pid), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(m_keyring->prompters().isEmpty(), kWaitMs);
    // Without a prompt nothing was written. With one, the write that timed out may still land once the
    // keyring is unlocked (seen: it does); the app does not count on it, and the retry writes again.
    if (display.isEmpty())
        QVERIFY(m_keyring->lookup(QStringLiteral("vkauth"), id).isEmpty());

    child.write("retry\n");
    QJsonObject retried;
    QVERIFY2(waitLine(child, &retried), "no answer to retrySave()");
    QVERIFY2(retried.value(QStringLiteral("state")).toInt() == int(ProfileStore::SecretState::Saved),
        qPrintable(retried.value(QStringLiteral("message")).toString()));
    QVERIFY(retried.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(retried.value(QStringLiteral("copyable")).toBool());
    child.closeWriteChannel();
    QVERIFY(child.waitForFinished(kWaitMs));
    QCOMPARE(child.exitCode(), 0);

    // QtKeychain keeps binary data base64-encoded.
    const QByteArray stored = ProfileSecrets {token, QString()}.toKeychainData();
    QCOMPARE(QByteArray::fromBase64(m_keyring->lookup(QStringLiteral("vkauth"), id)), stored);
    QFile index(dataDir + QStringLiteral("/profiles.json"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(index.readAll().contains(id.toUtf8()));
    verifyNoClearToken(token);
}

void TestLockedKeyring::lockedWithoutPromptIsAccessDenied()
{
    const int timeoutMs = SecretStore::kDefaultTimeoutMs;
    lockSaveUnlockRetry({}, timeoutMs, [&](const QJsonObject &failure) {
        const QString message = failure.value(QStringLiteral("message")).toString();
        QCOMPARE(message, SecretError::make(SecretErrorCode::AccessDenied).message);
        // Refused at once, not ended by the timeout.
        const qint64 ms = failure.value(QStringLiteral("elapsed_ms")).toInteger();
        QVERIFY2(ms < timeoutMs / 2, qPrintable(QString::number(ms)));
    });
}

void TestLockedKeyring::lockedWithPromptTimesOut()
{
    const QString display = qEnvironmentVariable("DISPLAY");
    if (display.isEmpty())
        QSKIP("needs an X display for the unlock prompt (scripts/test runs Xvfb)");
    const int timeoutMs = 1500;
    lockSaveUnlockRetry(display, timeoutMs, [&](const QJsonObject &failure) {
        const QString message = failure.value(QStringLiteral("message")).toString();
        QCOMPARE(message, SecretError::make(SecretErrorCode::Timeout, {}, timeoutMs).message);
        QVERIFY2(message.contains(QLatin1String("1.5 s")), qPrintable(message));
        // Ended by the store's timeout (coarse timers may fire up to 5% early), not much later.
        const qint64 ms = failure.value(QStringLiteral("elapsed_ms")).toInteger();
        QVERIFY2(ms >= timeoutMs * 9 / 10 && ms < timeoutMs + 1500, qPrintable(QString::number(ms)));
    });
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("VKAUTH_TEST_CHILD"))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestLockedKeyring test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lockedkeyring.moc"
