// SPDX-License-Identifier: MIT
// The profile index as a file: the hand-read and hand-written ISO-8601 dates (profiles/IsoDate) agree
// with QDateTime::fromString and toString, an indented wave-1 index still loads, and what the store
// writes is compact.
#include "profiles/IsoDate.h"
#include "profiles/ProfileIndex.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vkauth;

namespace {

// As the first release wrote it (QJsonDocument::Indented, schema 1).
const char kWave1Index[] = R"({
    "app": "vkauth",
    "profiles": [
        {
            "app": {
                "client_id": "2274003",
                "key": "android",
                "name": "VK for Android"
            },
            "email": "ivan@example.org",
            "expires_at": "2026-12-01T10:20:30Z",
            "has_trusted_hash": true,
            "id": "user-6006-2274003",
            "kind": "user",
            "last_check": {
                "at": "2026-11-29T08:00:00.250Z",
                "message": "Valid",
                "result": "valid"
            },
            "name": "Ivan Petrov",
            "obtained_at": "2026-11-30T10:20:30Z",
            "scope": {
                "mask": 73728,
                "names": [
                    "wall",
                    "offline"
                ]
            },
            "vk_id": "6006"
        },
        {
            "app": {
                "client_id": "2274003",
                "key": "android",
                "name": "VK for Android"
            },
            "expires_at": null,
            "has_trusted_hash": false,
            "id": "community-7007-2274003",
            "kind": "community",
            "label": "My club",
            "name": "Club",
            "obtained_at": "2026-11-30T13:20:30+03:00",
            "owner_id": "6006",
            "scope": {
                "mask": 4096,
                "names": [
                    "messages"
                ]
            },
            "vk_id": "7007"
        }
    ],
    "schema": 1
}
)";

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestIndexFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoDate_data();
    void isoDate();
    void isoDateRoundTrip();
    void handReadDatesMatchQt();
    void handWrittenDatesMatchQt();
    void indentedWave1IndexLoads();
    void damagedEntryStillRefused();
};

void TestIndexFile::isoDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: not a date
    QTest::newRow("no millis") << QStringLiteral("2026-11-30T00:30:04Z") << utc(2026, 11, 30, 0, 30, 4);
    QTest::newRow("millis") << QStringLiteral("2026-11-30T00:30:04.123Z") << utc(2026, 11, 30, 0, 30, 4, 123);
    QTest::newRow("leap day") << QStringLiteral("2028-02-29T23:59:59.999Z")
                              << utc(2028, 2, 29, 23, 59, 59, 999);
    QTest::newRow("offset falls back")
        << QStringLiteral("2026-11-30T03:30:04+03:00") << utc(2026, 11, 30, 0, 30, 4);
    QTest::newRow("negative offset") << QStringLiteral("2026-11-29T21:30:04.500-03:00")
                                     << utc(2026, 11, 30, 0, 30, 4, 500);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("yesterday, noon") << QDateTime();
    QTest::newRow("garbage, same length") << QStringLiteral("20x6-11-30T00:30:04Z") << QDateTime();
    QTest::newRow("sign in the year") << QStringLiteral("-026-11-30T00:30:04Z") << QDateTime();
    QTest::newRow("bad millis") << QStringLiteral("2026-11-30T00:30:04.1x3Z") << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("2026-13-30T00:30:04Z") << QDateTime();
    QTest::newRow("30 February") << QStringLiteral("2026-02-30T00:30:04Z") << QDateTime();
    QTest::newRow("minute 60") << QStringLiteral("2026-11-30T00:60:04Z") << QDateTime();
    QTest::newRow("space for T falls back")
        << QStringLiteral("2026-11-30 00:30:04Z") << utc(2026, 11, 30, 0, 30, 4);
}

void TestIndexFile::isoDate()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = IsoDate::parseUtc(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
    // The fast path and Qt's own reader agree on everything the store could find in its index.
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODate);
    QCOMPARE(parsed, qt.isValid() ? qt.toUTC() : QDateTime());
}

void TestIndexFile::isoDateRoundTrip()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime seconds = now.addMSecs(-now.time().msec());
    QCOMPARE(IsoDate::parseUtc(IsoDate::toUtc(seconds)), seconds);
    QCOMPARE(IsoDate::toUtc(QDateTime()), QString());
    QCOMPARE(IsoDate::toUtc(utc(2026, 11, 30, 0, 30, 4)), QStringLiteral("2026-11-30T00:30:04Z"));
}

void TestIndexFile::handReadDatesMatchQt()
{
    QStringList texts {QStringLiteral("0000-01-01T00:00:00Z"), QStringLiteral("0001-01-01T00:00:00Z"),
        QStringLiteral("2000-02-29T12:00:00Z"), QStringLiteral("1900-02-29T12:00:00Z"),
        QStringLiteral("2100-02-29T12:00:00Z"), QStringLiteral("2400-02-29T12:00:00.001Z"),
        QStringLiteral("2026-04-31T00:00:00Z"), QStringLiteral("2026-01-01T24:00:00Z"),
        QStringLiteral("2026-01-01T23:59:60Z"), QStringLiteral("9999-12-31T23:59:59.999Z"),
        QStringLiteral("2026-00-10T00:00:00Z"), QStringLiteral("2026-01-00T00:00:00Z")};
    QRandomGenerator random(42);
    for (int i = 0; i < 2000; ++i) {
        const QDateTime date = QDateTime::fromMSecsSinceEpoch(
            random.bounded(qint64(-62135596800000), qint64(253402300800000)), Qt::UTC);
        texts << date.toString(i % 2 ? Qt::ISODate : Qt::ISODateWithMs);
    }
    for (const QString &text : std::as_const(texts)) {
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODate);
        const QDateTime expected = qt.isValid() ? qt.toUTC() : QDateTime();
        for (const QDateTime &parsed : {IsoDate::parseUtc(text), IsoDate::parseUtcUtf8(text.toUtf8())}) {
            QVERIFY2(parsed == expected, qPrintable(text));
            QCOMPARE(parsed.timeSpec(), expected.timeSpec());
        }
    }
}

void TestIndexFile::handWrittenDatesMatchQt()
{
    QList<QDateTime> dates {QDateTime(), QDateTime(QDate(999, 12, 31), QTime(23, 59, 59), Qt::UTC),
        QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2000, 2, 29), QTime(1, 2, 3, 4), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(-5, 3, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2026, 11, 30), QTime(3, 30, 4), Qt::OffsetFromUTC, 3 * 3600),
        QDateTime(QDate(2026, 11, 30), QTime(3, 30, 4), Qt::LocalTime)};
    QRandomGenerator random(7);
    for (int i = 0; i < 5000; ++i) {
        dates << QDateTime::fromMSecsSinceEpoch(
            random.bounded(qint64(-62135596800000), qint64(253402300800000)), Qt::UTC);
    }
    for (const QDateTime &date : std::as_const(dates)) {
        QCOMPARE(IsoDate::toIsoString(date), date.toString(Qt::ISODate));
        QCOMPARE(IsoDate::toUtc(date), date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString());
    }
}

void TestIndexFile::indentedWave1IndexLoads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore store(ProfileStore::Options {dir.path()});
    {
        QFile index(store.indexPath());
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write(kWave1Index);
    }
    QVERIFY(store.load().ok());
    const QList<Profile> list = store.profiles();
    QCOMPARE(list.size(), 2);
    const Profile &user = list.at(0);
    QCOMPARE(user.id, QStringLiteral("user-6006-2274003"));
    QCOMPARE(user.vkId, qint64(6006));
    QCOMPARE(user.appName, QStringLiteral("VK for Android"));
    QCOMPARE(user.obtainedAt, utc(2026, 11, 30, 10, 20, 30));
    QCOMPARE(user.expiresAt, utc(2026, 12, 1, 10, 20, 30));
    QCOMPARE(user.lastCheckAt, utc(2026, 11, 29, 8, 0, 0, 250));
    QCOMPARE(user.lastCheck, CheckStatus::Valid);
    QVERIFY(user.hasTrustedHash);
    const Profile &club = list.at(1);
    QCOMPARE(club.kind, TokenKind::Community);
    QCOMPARE(club.ownerId, qint64(6006));
    QCOMPARE(club.label, QStringLiteral("My club"));
    QCOMPARE(club.obtainedAt, utc(2026, 11, 30, 10, 20, 30));
    QVERIFY(!club.expires());

    // A rewrite is compact, index and backup alike, writes the current schema (2 since issue 16 added
    // "secret_store"; a wave-1 index is upgraded) and reads back the same.
    QVERIFY(store.setLabel(user.id, QStringLiteral("Renamed")));
    for (const QString &path : {store.indexPath(), store.backupPath()}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains('\n'), qPrintable(path));
        QVERIFY(content.startsWith("{\"app\":\"vkauth\",\"profiles\":[{"));
        QVERIFY(content.endsWith(",\"schema\":2}"));
        QVERIFY(content.size() < qsizetype(sizeof(kWave1Index)) * 2 / 3);
    }
    ProfileStore again(ProfileStore::Options {dir.path()});
    QVERIFY(again.load().ok());
    const QList<Profile> reread = again.profiles();
    QCOMPARE(reread.size(), 2);
    QCOMPARE(reread.at(0).label, QStringLiteral("Renamed"));
    for (int i = 0; i < 2; ++i)
        QCOMPARE(reread.at(i).toJson(), store.profiles().at(i).toJson());
}

void TestIndexFile::damagedEntryStillRefused()
{
    QString problem;
    QVERIFY(
        ProfileIndex::parse(
            QByteArray(R"({"schema":1,"profiles":[{"id":"x","kind":"user","vk_id":"7"},{"kind":"robot"}]})"),
            &problem)
        == std::nullopt);
    QCOMPARE(problem, QStringLiteral("a profile entry is damaged"));
    const auto one = ProfileIndex::parse(
        QByteArray(R"({"schema":1,"profiles":[{"id":"x","kind":"user","vk_id":"7"}]})"), &problem);
    QVERIFY(one);
    QCOMPARE(one->size(), 1);
}

QTEST_GUILESS_MAIN(TestIndexFile)
#include "tst_indexfile.moc"
