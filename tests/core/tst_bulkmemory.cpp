// SPDX-License-Identifier: MIT
// profiles/BulkMemory: the index's bytes read into huge pages and a list's block faulted in at once.
// The bytes must be the file's, whatever its size (below, at and above a huge page, empty, shrunk
// since its size was taken), moves must keep them, and on Linux the memory must really be what the
// comments promise: huge pages in /proc/self/smaps where the kernel offers them, pages resident
// (mincore) after prepareForWriting where it has MADV_POPULATE_WRITE.
#include "profiles/BulkMemory.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

using namespace vkauth;
using BulkMemory::FileBytes;

namespace {

constexpr qint64 kLimit = 64 * 1024 * 1024; // what a caller allows from a file of unknown size

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(quint32(size) + 7);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

#ifdef Q_OS_LINUX
bool hugePagesOffered()
{
    QFile setting(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!setting.open(QIODevice::ReadOnly))
        return false;
    return !setting.readAll().contains("[never]");
}

// AnonHugePages of the mapping that holds address, in KiB (-1: not found).
qint64 anonHugePagesAt(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return -1;
    const auto at = reinterpret_cast<quintptr>(address);
    bool inside = false;
    // Read whole: a /proc file says its size is 0, so QFile::atEnd() is true from the start.
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.startsWith("AnonHugePages")) {
            bool okFrom = false;
            bool okTo = false;
            const quintptr from = line.left(dash).toULongLong(&okFrom, 16);
            const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&okTo, 16);
            if (okFrom && okTo) {
                inside = from <= at && at < to;
                continue;
            }
        }
        if (inside && line.startsWith("AnonHugePages:"))
            return line.mid(14).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// /proc/vmstat's thp_fault_fallback: page faults that wanted a huge page and got small ones.
qint64 hugePageFallbacks()
{
    QFile vmstat(QStringLiteral("/proc/vmstat"));
    if (!vmstat.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : vmstat.readAll().split('\n')) {
        if (line.startsWith("thp_fault_fallback "))
            return line.mid(19).toLongLong();
    }
    return -1;
}
#endif

} // namespace

class TestBulkMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheFileAsItIs_data();
    void readsTheFileAsItIs();
    void aFileShorterThanSaidGivesWhatItHas();
    void movesKeepTheBytes();
    void aFileOfUnknownSizeIsReadToItsLimit();
    void largeReadsUseHugePages();
    void prepareForWritingFaultsTheBlockInAndKeepsIt();
};

void TestBulkMemory::readsTheFileAsItIs_data()
{
    QTest::addColumn<qsizetype>("size");
    const qsizetype huge = qsizetype(BulkMemory::kHugePage);
    for (const qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(4095), qsizetype(4096), huge - 1, huge,
             huge + 1, 3 * huge + 12345})
        QTest::addRow("%lld bytes", qlonglong(size)) << size;
}

void TestBulkMemory::readsTheFileAsItIs()
{
    QFETCH(qsizetype, size);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("index")));
    const QByteArray content = randomBytes(size);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), qint64(size));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString problem;
    const auto bytes = FileBytes::read(file, file.size(), kLimit, &problem);
    QVERIFY2(bytes.has_value(), qPrintable(problem));
    QCOMPARE(bytes->view().size(), size);
    QVERIFY(bytes->view() == QByteArrayView(content));
    QCOMPARE(bytes->toByteArray(), content);
    QVERIFY(bytes->view().data() != nullptr);
}

void TestBulkMemory::aFileShorterThanSaidGivesWhatItHas()
{
    // The size was taken, then another process cut the file: the read ends at its new end.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("index")));
    const QByteArray content = randomBytes(qsizetype(BulkMemory::kHugePage) + 100);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 said = file.size() + 5000;
    const auto bytes = FileBytes::read(file, said, kLimit);
    QVERIFY(bytes.has_value());
    QVERIFY(bytes->view() == QByteArrayView(content));

    QFile small(dir.filePath(QStringLiteral("small")));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("abc");
    small.close();
    QVERIFY(small.open(QIODevice::ReadOnly));
    const auto few = FileBytes::read(small, 10, kLimit);
    QVERIFY(few.has_value());
    QCOMPARE(few->toByteArray(), QByteArray("abc"));
}

void TestBulkMemory::aFileOfUnknownSizeIsReadToItsLimit()
{
    // A file that says its size is 0 is read to its end, or to one byte past the limit, so that the
    // caller sees it is too large (a device with no end, here /dev/zero, must not fill the memory).
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("index")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("0123456789");
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto whole = FileBytes::read(file, 0, 100);
    QVERIFY(whole.has_value());
    QCOMPARE(whole->toByteArray(), QByteArray("0123456789"));
#ifdef Q_OS_UNIX
    QFile zero(QStringLiteral("/dev/zero"));
    QVERIFY(zero.open(QIODevice::ReadOnly));
    QCOMPARE(zero.size(), qint64(0));
    const auto endless = FileBytes::read(zero, zero.size(), 1000);
    QVERIFY(endless.has_value());
    QCOMPARE(endless->view().size(), qsizetype(1001));
#endif
}

void TestBulkMemory::movesKeepTheBytes()
{
    QTemporaryDir dir;
    for (const qsizetype size : {qsizetype(100), qsizetype(BulkMemory::kHugePage) * 2}) {
        QFile file(dir.filePath(QStringLiteral("f%1").arg(size)));
        const QByteArray content = randomBytes(size);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto bytes = FileBytes::read(file, file.size(), kLimit);
        QVERIFY(bytes.has_value());
        FileBytes moved(std::move(*bytes));
        QVERIFY(moved.view() == QByteArrayView(content));
        QCOMPARE(bytes->view().size(), 0); // the moved-from one is empty, not dangling
        FileBytes assigned;
        assigned = std::move(moved);
        QVERIFY(assigned.view() == QByteArrayView(content));
        QCOMPARE(moved.view().size(), 0);
    }
}

void TestBulkMemory::largeReadsUseHugePages()
{
#ifndef Q_OS_LINUX
    QSKIP("huge pages are advised on Linux only");
#else
    if (!hugePagesOffered())
        QSKIP("this kernel offers no transparent huge pages");
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("index")));
    const QByteArray content = randomBytes(3 * qsizetype(BulkMemory::kHugePage) / 2);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 fallbacksBefore = hugePageFallbacks();
    const auto bytes = FileBytes::read(file, file.size(), kLimit);
    QVERIFY(bytes.has_value());
    QVERIFY(bytes->usesHugePages());
    QCOMPARE(reinterpret_cast<quintptr>(bytes->view().data()) % BulkMemory::kHugePage, quintptr(0));
    // The kernel may still fall back to small pages when it has no free huge page: the file's first
    // huge page is where the read began, so it is the one to look at.
    const qint64 huge = anonHugePagesAt(bytes->view().data());
    QVERIFY2(huge >= 0, "the block is not in /proc/self/smaps");
    if (huge == 0 && hugePageFallbacks() > fallbacksBefore) // not our doing: the system had none
        QSKIP("the kernel had no free huge page just now (thp_fault_fallback went up)");
    QVERIFY(huge >= qint64(BulkMemory::kHugePage / 1024));

    // Small files stay ordinary memory (a huge page would make 2 MiB resident for them).
    QFile small(dir.filePath(QStringLiteral("small")));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write(content.left(1000));
    small.close();
    QVERIFY(small.open(QIODevice::ReadOnly));
    const auto few = FileBytes::read(small, small.size(), kLimit);
    QVERIFY(few.has_value());
    QVERIFY(!few->usesHugePages());
#endif
}

void TestBulkMemory::prepareForWritingFaultsTheBlockInAndKeepsIt()
{
    // Contents are kept: a block already written is untouched by the advice.
    const std::size_t size = 3 * BulkMemory::kHugePage + 5000;
    QByteArray written = randomBytes(qsizetype(size));
    const QByteArray copy = written;
    BulkMemory::prepareForWriting(written.data(), size);
    QCOMPARE(written, copy);
    BulkMemory::prepareForWriting(nullptr, size); // nothing to do, no crash
#ifdef Q_OS_LINUX
    // A fresh block (as a list just reserved): its whole pages are resident afterwards.
    const auto page = std::size_t(sysconf(_SC_PAGESIZE));
    void *block = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    QVERIFY(block != MAP_FAILED);
    const std::size_t pages = (size + page - 1) / page;
    std::vector<unsigned char> resident(pages);
    QCOMPARE(mincore(block, size, resident.data()), 0);
    QCOMPARE(std::count_if(resident.begin(), resident.end(), [](unsigned char r) { return r & 1; }), 0L);
    errno = 0;
    const bool populateKnown = madvise(block, page, 23) == 0; // MADV_POPULATE_WRITE, Linux 5.14
    munmap(block, size);
    if (!populateKnown)
        QSKIP("this kernel has no MADV_POPULATE_WRITE");
    block = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    QVERIFY(block != MAP_FAILED);
    BulkMemory::prepareForWriting(block, size);
    QCOMPARE(mincore(block, size, resident.data()), 0);
    // Every page wholly inside the block (the last, partial one may hold someone else's bytes, and
    // with THP "always" a huge page may bring it in too: not counted).
    const auto inMemory = std::count_if(
        resident.begin(), resident.begin() + long(size / page), [](unsigned char r) { return r & 1; });
    QCOMPARE(inMemory, long(size / page));
    for (std::size_t i = 0; i < size; i += page)
        QCOMPARE(static_cast<const char *>(block)[i], '\0'); // still fresh, zeroed memory
    munmap(block, size);
    // Small blocks are left alone.
    block = mmap(nullptr, 64 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    QVERIFY(block != MAP_FAILED);
    BulkMemory::prepareForWriting(block, 64 * page);
    resident.assign(64, 0);
    QCOMPARE(mincore(block, 64 * page, resident.data()), 0);
    QCOMPARE(std::count_if(resident.begin(), resident.end(), [](unsigned char r) { return r & 1; }), 0L);
    munmap(block, 64 * page);
#endif
}

QTEST_GUILESS_MAIN(TestBulkMemory)
#include "tst_bulkmemory.moc"
