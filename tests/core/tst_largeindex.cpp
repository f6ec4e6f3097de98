// SPDX-License-Identifier: MIT
// The store loading large and hostile indexes through profiles/BulkMemory (the index read into huge
// pages, the record list faulted in at its count): a large index reads as Qt's path reads it, also
// when the fast reader hands over at the very end; an index that never ends (a device) is refused at
// the size limit; a list whose first count is huge but whose profiles are not real is not faulted in.
#include "ProfileStoreHelpers.h"
#include "profiles/BulkMemory.h"
#include "profiles/IndexReader.h"
#include "profiles/ProfileIndex.h"
#include "profiles/ProfileStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace vkauth;
using namespace testsupport;

class TestLargeIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadReadsALargeIndex();
    void anIndexWithNoEndIsRefused();
    void aListOfEmptyObjectsIsNotFaultedIn();
};

void TestLargeIndex::loadReadsALargeIndex()
{
    // Over a huge page of bytes (BulkMemory's huge-page read) and a list large enough to be faulted
    // in at once: every profile as Qt's path reads it, also when the fast reader gives up at the very
    // end after filling the list (the escaped key of the last profile).
    QJsonArray profiles;
    const int count = 9000;
    for (int i = 0; i < count; ++i) {
        Profile p = Profile::fromObtained(userToken(100000 + i, QStringLiteral("t")));
        p.name = QStringLiteral("Person %1").arg(i);
        profiles.append(p.toJson());
    }
    const QByteArray plain = ProfileIndex::serialize(profiles, ProfileStore::kSchemaVersion);
    QVERIFY(plain.size() >= qsizetype(BulkMemory::kHugePage)); // BulkMemory's huge-page read
    QByteArray escaped = plain;
    const QByteArray last = QStringLiteral(R"("name":"Person %1")").arg(count - 1).toUtf8();
    QCOMPARE(escaped.count(last), 1);
    escaped.replace(last, QStringLiteral(R"("n\u0061me":"Person %1")").arg(count - 1).toUtf8());
    QVERIFY(!IndexReader::read(escaped, ProfileStore::kSchemaVersion).has_value()); // handed over late
    for (const QByteArray &content : {plain, escaped}) {
        QTemporaryDir dir;
        QVERIFY(writeIndexFile(dir.path(), content));
        const auto expected = ProfileIndex::parseWithQt(content, nullptr);
        QVERIFY(expected.has_value());
        QCOMPARE(expected->size(), count);
        ProfileStore store(ProfileStore::Options {dir.path()});
        QVERIFY(store.load().ok());
        QCOMPARE(store.count(), count);
        for (const Profile &p : *expected) {
            const auto got = store.lookup(p.id);
            QVERIFY2(got != nullptr, qPrintable(p.id));
            QCOMPARE(got->name, p.name);
            QCOMPARE(got->vkId, p.vkId);
            QCOMPARE(got->obtainedAt, p.obtainedAt);
        }
    }
}

void TestLargeIndex::anIndexWithNoEndIsRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("needs /dev/zero");
#else
    // The index a link to a device that never ends (it says its size is 0): refused as too large
    // after at most the index limit, not read until memory runs out; the list starts empty.
    QTemporaryDir dir;
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("profiles.json"))));
    ProfileStore store(ProfileStore::Options {dir.path()});
    QElapsedTimer timer;
    timer.start();
    const ProfileStore::LoadReport report = store.load();
    QVERIFY(!report.ok());
    QVERIFY2(report.message.contains(QLatin1String("too large")), qPrintable(report.message));
    QCOMPARE(store.count(), 0);
    QVERIFY2(timer.elapsed() < 20000, "read far past the limit");
#endif
}

void TestLargeIndex::aListOfEmptyObjectsIsNotFaultedIn()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("under ASan, poisoning the reserved list's shadow is resident memory itself");
#elif !defined(Q_OS_LINUX)
    QSKIP("reads the peak resident memory from /proc/self/status");
#else
    // 1.5 million "{}" in a 3 MB index: the reader's first count says 1.5 million profiles, which
    // would be ~500 MB of records if the list were faulted in at that count (BulkMemory). The store
    // only reserves it (address space) and refuses the file; the peak resident memory stays small.
    QTemporaryDir dir;
    QByteArray content = "{\"app\":\"vkauth\",\"profiles\":[";
    const int count = 1500000;
    content.reserve(content.size() + 3 * count + 16);
    for (int i = 0; i < count; ++i)
        content.append(i ? ",{}" : "{}");
    content.append("],\"schema\":1}");
    QVERIFY(writeIndexFile(dir.path(), content));
    content.clear();
    content.squeeze();
    const auto peakKiB = [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return qint64(-1);
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return qint64(-1);
    };
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (!clearRefs.open(QIODevice::WriteOnly) || clearRefs.write("5") != 1)
        QSKIP("cannot reset the peak resident memory (/proc/self/clear_refs)");
    clearRefs.close();
    const qint64 before = peakKiB();
    QVERIFY(before > 0);
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(!store.load().ok());
    QCOMPARE(store.count(), 0);
    const qint64 grown = peakKiB() - before;
    QVERIFY2(grown < 128 * 1024, qPrintable(QStringLiteral("the peak grew by %1 KiB").arg(grown)));
#endif
}

QTEST_GUILESS_MAIN(TestLargeIndex)
#include "tst_largeindex.moc"
