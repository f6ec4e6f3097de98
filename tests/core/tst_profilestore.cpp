// SPDX-License-Identifier: MIT
// ProfileStore against the real Secret Service (gnome-keyring in the private D-Bus session that
// scripts/test provides). Restarts, keychain failures and hangs run this same executable again as a
// child process (VKAUTH_TEST_CHILD=list|save) with its own environment.
#include "ProfileStoreHelpers.h"
#include "profiles/IndexReader.h"
#include "profiles/ProfileIndex.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace vkauth;
using namespace testsupport;

namespace {

// ---- child side --------------------------------------------------------------------------------

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    std::fflush(stdout);
}

// Lists the profiles of VKAUTH_DATA_DIR with hashes of their secrets read from the keychain.
void childList(ProfileStore &store)
{
    const QList<Profile> profiles = store.profiles();
    auto remaining = std::make_shared<int>(int(profiles.size()));
    auto lines = std::make_shared<QJsonArray>();
    if (profiles.isEmpty()) {
        printJson({{QStringLiteral("profiles"), QJsonArray()}});
        QCoreApplication::exit(0);
        return;
    }
    for (const Profile &p : profiles) {
        store.readSecrets(p.id, nullptr,
            [p, remaining, lines](
                const std::optional<ProfileSecrets> &s, const std::optional<SecretError> &e) {
                lines->append(QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("title"), p.title()},
                    {QStringLiteral("token"), s ? sha(s->token) : QString()},
                    {QStringLiteral("trusted_hash"), s ? sha(s->trustedHash) : QString()},
                    {QStringLiteral("error"), e ? SecretError::codeName(e->code) : QString()}});
                if (--*remaining == 0) {
                    printJson({{QStringLiteral("profiles"), *lines}});
                    QCoreApplication::exit(0);
                }
            });
    }
}

// Saves the token read from stdin as a new profile and reports how the save ended and how long it took.
void childSave(ProfileStore &store)
{
    QTextStream in(stdin);
    const QString token = in.readLine();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QString id = store.add(userToken(4242, token), QStringLiteral("Child"));
    QObject::connect(&store, &ProfileStore::secretStateChanged, &store,
        [&store, id, token, timer](const QString &changed, ProfileStore::SecretState state) {
            if (changed != id || state == ProfileStore::SecretState::Saving)
                return;
            const qint64 elapsed = timer->elapsed();
            store.readSecrets(id, nullptr,
                [&store, id, token, elapsed, state](
                    const std::optional<ProfileSecrets> &s, const std::optional<SecretError> &) {
                    printJson({{QStringLiteral("state"), int(state)},
                        {QStringLiteral("message"), store.saveError(id)},
                        {QStringLiteral("elapsed_ms"), elapsed},
                        {QStringLiteral("shown"), store.profile(id).has_value()},
                        {QStringLiteral("copyable"), s.has_value() && s->token == token}});
                    QCoreApplication::exit(0);
                });
        });
}

// Removes the first profile of VKAUTH_DATA_DIR and says how that went.
void childRemove(ProfileStore &store)
{
    const QString id = store.profiles().value(0).id;
    store.remove(id, nullptr, [&store, id](const std::optional<SecretError> &error) {
        ProfileStore reread(ProfileStore::Options {store.dataDir()});
        reread.load();
        printJson({{QStringLiteral("error"), error ? SecretError::codeName(error->code) : QString()},
            {QStringLiteral("message"), error ? error->message : QString()},
            {QStringLiteral("still_listed"), store.profile(id).has_value()},
            {QStringLiteral("still_indexed"), reread.profile(id).has_value()}});
        QCoreApplication::exit(0);
    });
}

int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ProfileStore::Options options;
    options.keychainTimeoutMs = qEnvironmentVariableIntValue("VKAUTH_TEST_TIMEOUT_MS");
    if (options.keychainTimeoutMs <= 0)
        options.keychainTimeoutMs = SecretStore::kDefaultTimeoutMs;
    ProfileStore store(options);
    const ProfileStore::LoadReport report = store.load();
    if (!report.ok())
        std::fprintf(stderr, "load: %s\n", qPrintable(report.message));
    const QByteArray mode = qgetenv("VKAUTH_TEST_CHILD");
    if (mode == "list")
        childList(store);
    else if (mode == "remove")
        childRemove(store);
    else
        childSave(store);
    return app.exec();
}

} // namespace

// ---- parent side -------------------------------------------------------------------------------

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void profileModelRoundTrip();
    void saveRestartReadRemove();
    void nothingSecretOnDisk();
    void missingEntryIsNormal();
    void keychainUnavailable();
    void keychainHangs();
    void removeKeepsProfileWhenKeychainFails();
    void lookupFollowsEveryChange();
    void loadReadsWhatTheFastReaderHandsOver();

private:
    QJsonObject runChild(const QString &mode, const QProcessEnvironment &env, const QByteArray &input = {},
        qint64 *elapsedMs = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QJsonObject TestProfileStore::runChild(
    const QString &mode, const QProcessEnvironment &base, const QByteArray &input, qint64 *elapsedMs)
{
    QProcessEnvironment env = base;
    env.insert(QStringLiteral("VKAUTH_TEST_CHILD"), mode);
    env.insert(QStringLiteral("VKAUTH_DATA_DIR"), m_dir->path());
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForStarted(10000))
        return {};
    child.write(input + '\n');
    child.closeWriteChannel();
    QSignalSpy done(&child, &QProcess::finished);
    if (!done.wait(40000)) {
        child.kill();
        child.waitForFinished();
        qWarning("child timed out");
        return {};
    }
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    const QByteArray err = child.readAllStandardError();
    if (!err.isEmpty())
        qInfo("child stderr: %s", err.constData());
    return QJsonDocument::fromJson(child.readAllStandardOutput().trimmed().split('\n').last()).object();
}

void TestProfileStore::profileModelRoundTrip()
{
    ObtainedToken t = userToken(9007199254740993LL, QStringLiteral("x"), QStringLiteral("h"));
    Profile p = Profile::fromObtained(t);
    p.name = QStringLiteral("Ivan Petrov");
    p.label = QStringLiteral("Work");
    p.lastCheck = CheckStatus::Expired;
    p.lastCheckAt = QDateTime::currentDateTimeUtc();
    QCOMPARE(p.id, QStringLiteral("user-9007199254740993-2274003"));
    QCOMPARE(p.title(), QStringLiteral("Work"));
    QCOMPARE(p.scopeNames(),
        QStringList({QStringLiteral("wall"), QStringLiteral("offline"), QStringLiteral("email")}));
    QVERIFY(p.expires());
    QVERIFY(!p.isExpired());
    QVERIFY(p.hasTrustedHash);
    const auto back = Profile::fromJson(p.toJson());
    QVERIFY(back);
    QCOMPARE(back->vkId, p.vkId); // 64-bit ids survive JSON
    QCOMPARE(back->expiresAt, p.expiresAt.addMSecs(-p.expiresAt.time().msec()));
    QCOMPARE(back->lastCheck, CheckStatus::Expired);
    QCOMPARE(back->appName, QStringLiteral("VK for Android"));
    const QByteArray json = QJsonDocument(p.toJson()).toJson();
    QVERIFY(!json.contains("\"token\""));

    const Profile never = Profile::fromObtained(communityToken(77, QStringLiteral("y")));
    QVERIFY(!never.expires());
    QCOMPARE(never.title(), QStringLiteral("club77"));
    QCOMPARE(never.scopeNames(), QStringList({QStringLiteral("messages"), QStringLiteral("manage")}));
    QVERIFY(!Profile::fromJson(QJsonObject {{QStringLiteral("kind"), QStringLiteral("robot")}}));
}

void TestProfileStore::saveRestartReadRemove()
{
    const QString token = randomSecret("vk1.a.");
    const QString hash = randomSecret("th-");
    const QString groupToken = randomSecret("vk1.g.");
    QString userId;
    QString groupId;
    {
        ProfileStore store(ProfileStore::Options {m_dir->path()});
        QVERIFY(store.load().ok());
        QVERIFY(store.profiles().isEmpty());
        userId = store.add(userToken(1001, token, hash), QStringLiteral("Ivan Petrov"));
        groupId = store.add(communityToken(2002, groupToken), QStringLiteral("Bots"), 1001);
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(waitSaved(store, userId));
        QVERIFY(waitSaved(store, groupId));
        QVERIFY(store.setLabel(userId, QStringLiteral("Main")));
        QVERIFY(QFile::exists(store.indexPath()));
        QVERIFY(QFile::exists(store.backupPath()));
    }
    QCOMPARE(keychainLookup(userId), 0);

    // A new process lists the profiles from the index and reads the secrets from the keychain.
    const QJsonObject listed = runChild(QStringLiteral("list"), QProcessEnvironment::systemEnvironment());
    const QJsonArray profiles = listed.value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0)[QStringLiteral("id")].toString(), userId);
    QCOMPARE(profiles.at(0)[QStringLiteral("title")].toString(), QStringLiteral("Main"));
    QCOMPARE(profiles.at(0)[QStringLiteral("token")].toString(), sha(token));
    QCOMPARE(profiles.at(0)[QStringLiteral("trusted_hash")].toString(), sha(hash));
    QCOMPARE(profiles.at(1)[QStringLiteral("title")].toString(), QStringLiteral("Bots"));
    QCOMPARE(profiles.at(1)[QStringLiteral("token")].toString(), sha(groupToken));

    // Remove: keychain entry and index entry go.
    ProfileStore store(ProfileStore::Options {m_dir->path()});
    QVERIFY(store.load().ok());
    QCOMPARE(store.profile(groupId)->ownerId, qint64(1001));
    QCOMPARE(store.find(QStringLiteral("main"))->id, userId);
    QCOMPARE(store.find(QStringLiteral("2002"))->id, groupId);
    bool removed = false;
    store.remove(userId, this, [&](const std::optional<SecretError> &error) {
        QVERIFY(!error);
        removed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    QVERIFY(!store.profile(userId));
    QCOMPARE(keychainLookup(userId), 1);
    QCOMPARE(keychainLookup(groupId), 0);
    const QJsonObject after = runChild(QStringLiteral("list"), QProcessEnvironment::systemEnvironment());
    QCOMPARE(after.value(QStringLiteral("profiles")).toArray().size(), 1);

    removed = false;
    store.remove(groupId, this, [&](const std::optional<SecretError> &error) { removed = !error; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    QCOMPARE(keychainLookup(groupId), 1);
}

void TestProfileStore::nothingSecretOnDisk()
{
    const QString token = randomSecret("vk1.a.");
    const QString hash = randomSecret("th-");
    ProfileStore store(ProfileStore::Options {m_dir->path()});
    store.load();
    const QString id = store.add(userToken(3003, token, hash), QStringLiteral("Disk"));
    QVERIFY(waitSaved(store, id));
    QVERIFY(store.setLabel(id, QStringLiteral("Renamed")));
    QVERIFY(readNow(store, id)->token == token);

    const QList<QByteArray> needles {token.toUtf8(), hash.toUtf8(), token.toUtf8().toBase64(),
        hash.toUtf8().toBase64(), ProfileSecrets {token, hash}.toKeychainData().toBase64()};
    QStringList roots {m_dir->path(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : needles)
                QVERIFY2(!content.contains(needle), qPrintable(file.fileName()));
        }
    }
    QVERIFY(files >= 2); // the index and its backup were searched
    QFile index(store.indexPath());
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(index.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toInt(), ProfileStore::kSchemaVersion);
    QCOMPARE(root.value(QStringLiteral("profiles")).toArray().at(0)[QStringLiteral("label")].toString(),
        QStringLiteral("Renamed"));

    bool removed = false;
    store.remove(id, this, [&](const std::optional<SecretError> &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
}

void TestProfileStore::missingEntryIsNormal()
{
    ProfileStore store(ProfileStore::Options {m_dir->path()});
    store.load();
    const QString id = store.add(userToken(5005, randomSecret("vk1.a.")), QStringLiteral("Gone"));
    QVERIFY(waitSaved(store, id));
    QProcess clear;
    clear.start(QStringLiteral("secret-tool"),
        {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("vkauth"), QStringLiteral("user"),
            id});
    QVERIFY(clear.waitForFinished(20000));
    QCOMPARE(keychainLookup(id), 1);

    std::optional<SecretError> error;
    QVERIFY(!readNow(store, id, &error));
    QVERIFY(error);
    QCOMPARE(error->code, SecretErrorCode::NotFound);
    // Removing a profile whose entry is already gone still works.
    bool removed = false;
    store.remove(id, this, [&](const std::optional<SecretError> &e) { removed = !e; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::keychainUnavailable()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=%1/no-such-bus-socket").arg(m_dir->path()));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("VKAUTH_TEST_TIMEOUT_MS"), QStringLiteral("3000"));
    const QString token = randomSecret("vk1.a.");
    qint64 elapsed = 0;
    const QJsonObject result = runChild(QStringLiteral("save"), env, token.toUtf8(), &elapsed);
    QVERIFY2(!result.isEmpty(), "the child gave no answer");
    QCOMPARE(result.value(QStringLiteral("state")).toInt(), int(ProfileStore::SecretState::NotSaved));
    QVERIFY2(result.value(QStringLiteral("message"))
                 .toString()
                 .contains(QLatin1String("keychain is not available")),
        qPrintable(result.value(QStringLiteral("message")).toString()));
    QVERIFY(result.value(QStringLiteral("elapsed_ms")).toInteger() < 3000); // a fast failure, not the timeout
    QVERIFY(result.value(QStringLiteral("shown")).toBool());
    QVERIFY(result.value(QStringLiteral("copyable")).toBool());
    // Nothing was written in plain text instead.
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toUtf8()));
    }
}

void TestProfileStore::keychainHangs()
{
    // A "session bus" that accepts the connection and never says a word.
    QLocalServer silent;
    const QString socket = m_dir->path() + QStringLiteral("/silent-bus");
    QVERIFY(silent.listen(socket));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + socket);
    env.remove(QStringLiteral("DISPLAY"));
    const int timeoutMs = 1500;
    env.insert(QStringLiteral("VKAUTH_TEST_TIMEOUT_MS"), QString::number(timeoutMs));
    const QString token = randomSecret("vk1.a.");
    qint64 elapsed = 0;
    const QJsonObject result = runChild(QStringLiteral("save"), env, token.toUtf8(), &elapsed);
    QVERIFY2(!result.isEmpty(), "the child gave no answer");
    QCOMPARE(result.value(QStringLiteral("state")).toInt(), int(ProfileStore::SecretState::NotSaved));
    const QString message = result.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("did not answer within 1.5 s")), qPrintable(message));
    const qint64 saveMs = result.value(QStringLiteral("elapsed_ms")).toInteger();
    // Ended by our timeout (coarse timers may fire up to 5% early), and not much later.
    QVERIFY2(saveMs >= timeoutMs * 9 / 10 && saveMs < timeoutMs + 1500, qPrintable(QString::number(saveMs)));
    QVERIFY2(elapsed < timeoutMs + 10000, qPrintable(QString::number(elapsed)));
    QVERIFY(result.value(QStringLiteral("shown")).toBool());
    QVERIFY(result.value(QStringLiteral("copyable")).toBool());
}

void TestProfileStore::removeKeepsProfileWhenKeychainFails()
{
    QString id;
    {
        ProfileStore store(ProfileStore::Options {m_dir->path()});
        store.load();
        id = store.add(userToken(4343, randomSecret("vk1.a.")), QStringLiteral("Kept"));
        QVERIFY(waitSaved(store, id));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=%1/no-such-bus-socket").arg(m_dir->path()));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("VKAUTH_TEST_TIMEOUT_MS"), QStringLiteral("3000"));
    const QJsonObject result = runChild(QStringLiteral("remove"), env);
    QCOMPARE(result.value(QStringLiteral("error")).toString(), QStringLiteral("KEYCHAIN_UNAVAILABLE"));
    QVERIFY(!result.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(result.value(QStringLiteral("still_listed")).toBool());
    QVERIFY(result.value(QStringLiteral("still_indexed")).toBool());
    QCOMPARE(keychainLookup(id), 0); // nothing orphaned: profile and entry are both still there

    ProfileStore store(ProfileStore::Options {m_dir->path()});
    store.load();
    bool removed = false;
    store.remove(id, this, [&](const std::optional<SecretError> &e) { removed = !e; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("VKAUTH_TEST_CHILD"))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestProfileStore test;
    return QTest::qExec(&test, argc, argv);
}

// ProfileStore::lookup() (the list model reads every row's fields through it) remembers where each id
// sits; every change below moves the profiles, and each lookup must still give the right one or none.
void TestProfileStore::lookupFollowsEveryChange()
{
    const auto make = [](qint64 vkId) {
        Profile p = Profile::fromObtained(userToken(vkId, QStringLiteral("t")));
        p.name = QStringLiteral("User %1").arg(vkId);
        return p;
    };
    const auto expectAt = [](const ProfileStore &store, const QList<qint64> &vkIds) {
        for (qint64 vkId : vkIds) {
            const Profile *p
                = store.lookup(Profile::makeId(TokenKind::User, vkId, QStringLiteral("2274003")));
            if (!p || p->vkId != vkId || p->name != QStringLiteral("User %1").arg(vkId))
                return false;
        }
        return true;
    };
    ProfileStore::Options options;
    options.dataDir = m_dir->path();
    ProfileStore store(options);
    QVERIFY(store.commitImport({make(1), make(2), make(3), make(4)}));
    QVERIFY(expectAt(store, {1, 2, 3, 4}));
    QVERIFY(!store.lookup(make(5).id));
    QVERIFY(!store.lookup(QString()));

    // Another process rewrote the index: reordered, one dropped, one new in a freed place (the same
    // count as before, so only checking each answer against the list can notice).
    QJsonArray written;
    for (qint64 vkId : {4, 3, 5, 1})
        written.append(make(vkId).toJson());
    QFile index(store.indexPath());
    QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(index.write(ProfileIndex::serialize(written, ProfileStore::kSchemaVersion)) > 0);
    index.close();
    QVERIFY(store.load().ok());
    QCOMPARE(store.count(), 4);
    QVERIFY(expectAt(store, {5})); // asked first: the new id is in no cache yet
    QVERIFY(expectAt(store, {4, 3, 5, 1}));
    QVERIFY(!store.lookup(make(2).id));

    // An import that adds and replaces; then a label edited in place.
    Profile renamed = make(3);
    renamed.label = QStringLiteral("Work");
    QVERIFY(store.commitImport({make(6), renamed}));
    QVERIFY(expectAt(store, {4, 3, 5, 1, 6}));
    QCOMPARE(store.lookup(make(3).id)->label, QStringLiteral("Work"));
    QVERIFY(store.setLabel(make(6).id, QStringLiteral("Home")));
    QCOMPARE(store.lookup(make(6).id)->title(), QStringLiteral("Home"));
}

// load() reads each profile straight into a record (IndexReader); what that reader does not handle
// (here an escaped key in the second profile, after it had made the first) goes the Qt way, with the
// same result and nothing left over from the first attempt.
void TestProfileStore::loadReadsWhatTheFastReaderHandsOver()
{
    QJsonArray profiles;
    for (const auto &[vkId, name] : {std::pair {1, "One"}, std::pair {2, "Two"}}) {
        Profile p = Profile::fromObtained(userToken(vkId, QStringLiteral("t")));
        p.name = QString::fromLatin1(name);
        profiles.append(p.toJson());
    }
    const QByteArray plain = ProfileIndex::serialize(profiles, ProfileStore::kSchemaVersion);
    QByteArray escaped = plain;
    escaped.replace(R"("name":"Two")", R"("n\u0061me":"Two")");
    QVERIFY(escaped != plain);
    QVERIFY(IndexReader::read(plain, ProfileStore::kSchemaVersion).has_value());
    QVERIFY(!IndexReader::read(escaped, ProfileStore::kSchemaVersion).has_value()); // handed over
    for (const QByteArray &content : {plain, escaped}) {
        QTemporaryDir dir;
        QVERIFY(writeIndexFile(dir.path(), content));
        ProfileStore store(ProfileStore::Options {dir.path()});
        QVERIFY(store.load().ok());
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.lookup(QStringLiteral("user-1-2274003"))->name, QStringLiteral("One"));
        QCOMPARE(store.lookup(QStringLiteral("user-1-2274003"))->appName, QStringLiteral("VK for Android"));
        QCOMPARE(store.lookup(QStringLiteral("user-2-2274003"))->name, QStringLiteral("Two"));
        QCOMPARE(store.secretState(QStringLiteral("user-2-2274003")), ProfileStore::SecretState::Saved);
    }
}

#include "tst_profilestore.moc"
