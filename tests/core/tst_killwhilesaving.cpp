// SPDX-License-Identifier: MIT
// The app killed while saving (issue 13, fault matrix): a process that keeps adding profiles and
// relabelling them — every change an index write under the lock — is killed with SIGKILL at a random
// moment, again and again, on one folder. After each kill a fresh store must load the index cleanly
// (QSaveFile: the old index or the new one, never half of one), hold every profile the dead process
// had reported saved, and write at once (the dead writer's lock file is stale, not a wall).
// Real files, the real keychain of scripts/test; the writer is this executable again
// (VKAUTH_TEST_CHILD=writer), so the kill is a real process death.
#include "ProfileStoreHelpers.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace vkauth;

namespace {

constexpr int kRounds = 8;

ProfileStore::Options options(const QString &dir)
{
    ProfileStore::Options o;
    o.dataDir = dir;
    o.service = QStringLiteral("vkauth-test-kill");
    return o;
}

// The child: adds profiles (id base + n) and, between adds, relabels the ones it has (50 index writes each),
// for ever. "saved <id>" on stdout once a profile is in the index with its secret in the keychain.
int runWriter()
{
    const QString dir = qEnvironmentVariable("VKAUTH_DATA_DIR");
    const qint64 base = qEnvironmentVariableIntValue("VKAUTH_TEST_BASE");
    ProfileStore store(options(dir));
    if (!store.load().ok())
        return 3;
    QStringList mine;
    for (qint64 n = 0;; ++n) {
        const QString id
            = store.add(testsupport::userToken(base + n, QStringLiteral("vk1.a.killed-%1").arg(base + n)),
                QStringLiteral("Writer %1").arg(n));
        if (!QTest::qWaitFor(
                [&] { return store.secretState(id) != ProfileStore::SecretState::Saving; }, 15000)
            || store.secretState(id) != ProfileStore::SecretState::Saved)
            return 4;
        std::printf("saved %s\n", qPrintable(id));
        std::fflush(stdout);
        // Quiet rounds: nothing else happens for a while after the report, so only the save itself
        // can have put the profile into the index (a later relabel writes it too).
        if (const int idle = qEnvironmentVariableIntValue("VKAUTH_TEST_IDLE_MS"); idle > 0)
            QTest::qWait(idle);
        mine << id;
        for (int k = 0; k < 50; ++k)
            store.setLabel(mine.at(int(QRandomGenerator::global()->bounded(mine.size()))),
                QStringLiteral("label %1-%2").arg(n).arg(k));
    }
}

} // namespace

class TestKillWhileSaving : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNothingSaved();
};

void TestKillWhileSaving::killedWriterLosesNothingSaved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSet<QString> reportedSaved;
    for (int round = 0; round < kRounds; ++round) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VKAUTH_TEST_CHILD"), QStringLiteral("writer"));
        env.insert(QStringLiteral("VKAUTH_DATA_DIR"), dir.path());
        env.insert(QStringLiteral("VKAUTH_TEST_BASE"), QString::number(1000 * (round + 1)));
        // Every other round the writer stays quiet for 300 ms after each report, and is killed in
        // that quiet time: a profile reported saved must already be in the index then.
        const bool quiet = round % 2 == 1;
        if (quiet)
            env.insert(QStringLiteral("VKAUTH_TEST_IDLE_MS"), QStringLiteral("300"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(10000));
        // Let it save a few, then kill it somewhere in the middle of its next writes.
        const int savesBeforeKill = 2 + int(QRandomGenerator::global()->bounded(3));
        int saves = 0;
        QByteArray pending;
        const auto drain = [&] {
            pending += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("saved ")) {
                    reportedSaved << QString::fromUtf8(line.mid(6));
                    ++saves;
                }
            }
        };
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         drain();
                         return saves >= savesBeforeKill || child.state() == QProcess::NotRunning;
                     },
                     60000),
            "the writer saved nothing in time");
        QCOMPARE(child.state(), QProcess::Running);
        if (!quiet)
            QTest::qWait(int(QRandomGenerator::global()->bounded(40)));
        child.kill(); // SIGKILL: no destructor, no flush, the lock file left behind
        QVERIFY(child.waitForFinished(10000));
        drain();

        // A fresh store: a clean load, everything reported saved is there.
        ProfileStore store(options(dir.path()));
        const ProfileStore::LoadReport report = store.load();
        QVERIFY2(report.status == ProfileStore::LoadReport::Status::Ok, qPrintable(report.message));
        QSet<QString> present;
        for (const Profile &p : store.profiles())
            present << p.id;
        for (const QString &id : std::as_const(reportedSaved))
            QVERIFY2(
                present.contains(id), qPrintable(QStringLiteral("round %1: %2 lost").arg(round).arg(id)));
        // And it writes at once: the dead writer's lock does not hold us up.
        QSignalSpy writeFailed(&store, &ProfileStore::indexWriteFailed);
        QVERIFY(store.setLabel(store.profiles().first().id, QStringLiteral("after round %1").arg(round)));
        QVERIFY2(writeFailed.isEmpty(),
            writeFailed.isEmpty() ? "" : qPrintable(writeFailed.first().first().toString()));
        ProfileStore again(options(dir.path()));
        QVERIFY(again.load().ok());
        QCOMPARE(
            again.profile(store.profiles().first().id)->label, QStringLiteral("after round %1").arg(round));
    }
    // Clean the keychain of what the writers saved.
    ProfileStore store(options(dir.path()));
    QVERIFY(store.load().ok());
    int removed = 0;
    const QList<Profile> all = store.profiles();
    for (const Profile &p : all)
        store.remove(p.id, this, [&removed](const auto &) { ++removed; });
    QTRY_COMPARE_WITH_TIMEOUT(removed, all.size(), 30000);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariable("VKAUTH_TEST_CHILD") == QLatin1String("writer")) {
        QCoreApplication app(argc, argv);
        return runWriter();
    }
    QCoreApplication app(argc, argv);
    TestKillWhileSaving test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killwhilesaving.moc"
