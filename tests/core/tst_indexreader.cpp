// SPDX-License-Identifier: MIT
// The streaming index reader (profiles/IndexReader) against the Qt path it replaces
// (ProfileIndex::parseWithQt: QJsonDocument + Profile::fromJson): for the store's own output of varied
// profiles, hand-made edge cases and every truncation of a small index, ProfileIndex::parse and
// parseWithQt accept and refuse the same bytes, with the same problem text and the same profiles,
// field by field. Where it matters, which path read the bytes is checked too (the fast reader must
// really read the store's output, not leave everything to Qt).
#include "profiles/IndexReader.h"
#include "profiles/ProfileIndex.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace vkauth;

namespace {

QString dateText(const QDateTime &d)
{
    return QStringLiteral("%1/%2/%3").arg(d.isValid()).arg(d.toMSecsSinceEpoch()).arg(int(d.timeSpec()));
}

// The first field in which two profiles differ, or an empty string.
QString firstDifference(const Profile &a, const Profile &b)
{
    const std::pair<const char *, bool> fields[] = {
        {"id", a.id == b.id},
        {"kind", a.kind == b.kind},
        {"vkId", a.vkId == b.vkId},
        {"ownerId", a.ownerId == b.ownerId},
        {"name", a.name == b.name},
        {"label", a.label == b.label},
        {"appKey", a.appKey == b.appKey},
        {"appClientId", a.appClientId == b.appClientId},
        {"appName", a.appName == b.appName},
        {"scope", a.scope == b.scope},
        {"obtainedAt", dateText(a.obtainedAt) == dateText(b.obtainedAt)},
        {"expiresAt", dateText(a.expiresAt) == dateText(b.expiresAt)},
        {"email", a.email == b.email},
        {"hasTrustedHash", a.hasTrustedHash == b.hasTrustedHash},
        {"lastCheckAt", dateText(a.lastCheckAt) == dateText(b.lastCheckAt)},
        {"lastCheck", a.lastCheck == b.lastCheck},
        {"lastCheckMessage", a.lastCheckMessage == b.lastCheckMessage},
        {"lastCheckReason", a.lastCheckReason == b.lastCheckReason},
        {"secretStore", a.secretStore == b.secretStore},
        {"extra", a.extra == b.extra},
    };
    for (const auto &[name, same] : fields) {
        if (!same)
            return QString::fromLatin1(name);
    }
    return QString();
}

// Both paths on the same bytes agree; returns whether the fast reader read them itself.
bool sameAsQt(const QByteArray &bytes, bool *ok = nullptr)
{
    QString fastProblem = QStringLiteral("untouched");
    QString qtProblem = QStringLiteral("untouched");
    const auto viaParse = ProfileIndex::parse(bytes, &fastProblem);
    const auto viaQt = ProfileIndex::parseWithQt(bytes, &qtProblem);
    const auto fastOnly = IndexReader::read(bytes, ProfileStore::kSchemaVersion);
    const auto fail = [&](const QString &what) {
        qWarning().noquote() << what << "for" << bytes.left(300);
        if (ok)
            *ok = false;
        return false;
    };
    if (ok)
        *ok = true;
    if (viaParse.has_value() != viaQt.has_value())
        return fail(QStringLiteral("accepted by one path only (parse: %1)").arg(viaParse.has_value()));
    if (fastProblem != qtProblem)
        return fail(QStringLiteral("problem \"%1\" against Qt's \"%2\"").arg(fastProblem, qtProblem));
    if (fastOnly && !viaQt)
        return fail(QStringLiteral("the fast reader accepts what Qt refuses"));
    const auto compare = [&](const QList<Profile> &mine, const QList<Profile> &qt) {
        if (mine.size() != qt.size())
            return fail(QStringLiteral("%1 profiles against Qt's %2").arg(mine.size()).arg(qt.size()));
        for (qsizetype i = 0; i < qt.size(); ++i) {
            const QString difference = firstDifference(mine.at(i), qt.at(i));
            if (!difference.isEmpty())
                return fail(QStringLiteral("profile %1 differs in %2").arg(i).arg(difference));
        }
        return true;
    };
    if (viaQt && (!compare(*viaParse, *viaQt) || (fastOnly && !compare(*fastOnly, *viaQt))))
        return false;
    return fastOnly.has_value();
}

// A user or community profile with every field set; `i` varies what can vary.
Profile sampleProfile(int i)
{
    Profile p;
    p.kind = i % 3 == 2 ? TokenKind::Community : TokenKind::User;
    p.vkId = 1000 + i;
    p.ownerId = p.kind == TokenKind::Community ? 999 + i : 0;
    p.appKey = i % 2 ? QStringLiteral("android") : QStringLiteral("custom");
    p.appClientId = i % 2 ? QStringLiteral("2274003") : QString::number(5000000 + i);
    p.appName = i % 2 ? QStringLiteral("VK for Android") : QStringLiteral("Моё приложение «%1»").arg(i);
    p.id = Profile::makeId(p.kind, p.vkId, p.appClientId);
    p.name = QStringLiteral("Person %1").arg(i);
    p.scope = quint32(i) * 2654435761u;
    p.obtainedAt = QDateTime(QDate(2026, 1 + i % 12, 1 + i % 28), QTime(i % 24, i % 60, i % 60), Qt::UTC);
    if (i % 2)
        p.expiresAt = p.obtainedAt.addSecs(86400 * (1 + i % 300));
    if (i % 4 != 2)
        p.email = QStringLiteral("user%1@example.org").arg(i);
    p.hasTrustedHash = i % 5 == 0;
    if (i % 3 == 0) {
        p.lastCheckAt = p.obtainedAt.addMSecs(1234);
        p.lastCheck = CheckStatus(i % 5);
        p.lastCheckMessage = Profile::describe(p.lastCheck);
        if (i % 6 == 0)
            p.lastCheckReason = QStringLiteral("captcha_required");
    }
    if (i % 7 == 3)
        p.label = QStringLiteral("label %1").arg(i);
    if (i % 6 == 1)
        p.secretStore = SecretBackend::Vault;
    return p;
}

QByteArray indexOf(const QList<Profile> &profiles, QJsonDocument::JsonFormat format = QJsonDocument::Compact,
    const QJsonObject &extra = {})
{
    QJsonArray array;
    for (const Profile &p : profiles) {
        QJsonObject o = p.toJson();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        array.append(o);
    }
    if (format == QJsonDocument::Compact && extra.isEmpty())
        return ProfileIndex::serialize(array, ProfileStore::kSchemaVersion); // what the store writes
    const QJsonObject root {{QStringLiteral("schema"), ProfileStore::kSchemaVersion},
        {QStringLiteral("app"), QStringLiteral("vkauth")}, {QStringLiteral("profiles"), array}};
    return QJsonDocument(root).toJson(format);
}

// One profile's index with `member` (raw JSON) in place of the marker "@".
QByteArray withMember(const char *member)
{
    QByteArray text
        = R"({"schema":1,"profiles":[{"id":"user-7-1","kind":"user","vk_id":"7","app":{"key":"k",)"
          R"("client_id":"1","name":"n"},"scope":{"mask":2},@}]})";
    return text.replace("@", member);
}

} // namespace

class TestIndexReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeOutputIsReadByTheFastReader();
    void unusualTextIsReadTheSame();
    void edgeCases_data();
    void edgeCases();
    void everyTruncationAgrees();
    void everyDeletedByteAgrees();
};

void TestIndexReader::storeOutputIsReadByTheFastReader()
{
    QList<Profile> profiles;
    for (int i = 0; i < 60; ++i)
        profiles.append(sampleProfile(i));
    profiles[1].name = QStringLiteral("Иван \"Ваня\" Петров \\ 😀 \U0001F468\u200D\U0001F469 日本語");
    profiles[2].label = QStringLiteral("tab\there, new\nline, bell\a, nul%1, del\x7f").arg(QChar(0));
    profiles[3].vkId = std::numeric_limits<qint64>::max();
    profiles[3].id = Profile::makeId(profiles[3].kind, profiles[3].vkId, profiles[3].appClientId);
    profiles[4].vkId = (qint64(1) << 53) + 1;
    profiles[4].ownerId = -5; // never written so, but read back as it is
    profiles[5].scope = 0xFFFFFFFFu;
    profiles[6] = Profile {}; // only what toJson always writes: empty strings, no dates
    profiles[6].id = QStringLiteral("x");
    profiles[6].vkId = 1;
    profiles[7].obtainedAt = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);

    QVERIFY(sameAsQt(indexOf(profiles)));
    QVERIFY(sameAsQt(indexOf(profiles, QJsonDocument::Indented)));
    QVERIFY(sameAsQt(indexOf({})));
    // A newer version's fields, whatever their values, are skipped.
    const QJsonObject extra {{QStringLiteral("avatar"), QStringLiteral("https://example.org/a.png")},
        {QStringLiteral("zz_future"),
            QJsonObject {
                {QStringLiteral("list"), QJsonArray {1, -2, true, false, QJsonValue(), QJsonObject {}}},
                {QStringLiteral("nested"), QJsonObject {{QStringLiteral("a"), QJsonArray {QJsonArray {}}}}}}},
        {QStringLiteral("aa_count"), 12345}, {QStringLiteral("ab_flag"), false},
        {QStringLiteral("ac_none"), QJsonValue()}};
    QVERIFY(sameAsQt(indexOf(profiles, QJsonDocument::Compact, extra)));
    QVERIFY(sameAsQt(indexOf(profiles, QJsonDocument::Indented, extra)));

    // And what the fast reader made is the profiles themselves (dates to the second, as written).
    const auto read = IndexReader::read(indexOf(profiles), ProfileStore::kSchemaVersion);
    QVERIFY(read);
    QCOMPARE(read->size(), profiles.size());
    QCOMPARE(read->at(1).name, profiles.at(1).name);
    QCOMPARE(read->at(2).label, profiles.at(2).label);
    QCOMPARE(read->at(3).vkId, std::numeric_limits<qint64>::max());
    QCOMPARE(read->at(4).vkId, (qint64(1) << 53) + 1);
    QCOMPARE(read->at(5).scope, 0xFFFFFFFFu);
    QCOMPARE(read->at(9).lastCheck, profiles.at(9).lastCheck);
    QCOMPARE(read->at(9).lastCheckMessage, profiles.at(9).lastCheckMessage);
    QCOMPARE(read->at(9).lastCheckAt, profiles.at(9).lastCheckAt.addMSecs(-234)); // ISO-8601: no ms
    QCOMPARE(read->at(1).secretStore, SecretBackend::Vault);
    QCOMPARE(read->at(2).secretStore, SecretBackend::Keychain);

    // A newer version's fields are kept by the fast reader itself (Profile::extra, as Qt reads them);
    // fields that could hold a secret never are.
    QJsonObject withSecrets = extra;
    withSecrets.insert(QStringLiteral("token"), QStringLiteral("vk1.a.secret"));
    withSecrets.insert(QStringLiteral("trusted_hash"), QStringLiteral("hash"));
    const auto kept = IndexReader::read(
        indexOf(profiles, QJsonDocument::Indented, withSecrets), ProfileStore::kSchemaVersion);
    QVERIFY(kept);
    QCOMPARE(kept->at(0).extra, extra);
    QVERIFY(sameAsQt(indexOf(profiles, QJsonDocument::Compact, withSecrets)));
}

void TestIndexReader::unusualTextIsReadTheSame()
{
    // Random text of every kind through the store's writer: ASCII, controls, Latin, CJK, emoji, and
    // lone surrogates (whatever Qt's writer makes of them).
    QRandomGenerator random(19);
    const auto randomText = [&random](int length, bool surrogates) {
        QString text;
        for (int i = 0; i < length; ++i) {
            switch (random.bounded(surrogates ? 6 : 5)) {
            case 0:
                text += QChar(char16_t(random.bounded(0x20)));
                break;
            case 1:
                text += QChar(char16_t(0x20 + random.bounded(0x60)));
                break;
            case 2:
                text += QChar(char16_t(0x80 + random.bounded(0x780)));
                break;
            case 3:
                text += QChar(char16_t(0x3000 + random.bounded(0x6000)));
                break;
            case 4: {
                const char32_t emoji = char32_t(0x1F300 + random.bounded(0x300));
                text += QString::fromUcs4(&emoji, 1);
                break;
            }
            default:
                text += QChar(char16_t(0xD800 + random.bounded(0x800)));
                break;
            }
        }
        return text;
    };
    int read = 0;
    for (int round = 0; round < 40; ++round) {
        QList<Profile> profiles;
        const bool surrogates = round % 4 == 0;
        for (int i = 0; i < 10; ++i) {
            Profile p = sampleProfile(round * 10 + i);
            p.name = randomText(random.bounded(12), surrogates);
            p.label = randomText(random.bounded(4), surrogates);
            p.email = randomText(random.bounded(3), surrogates);
            p.appName = randomText(random.bounded(5), surrogates);
            p.lastCheckMessage = randomText(random.bounded(6), surrogates);
            profiles.append(p);
        }
        bool ok = false;
        read
            += sameAsQt(indexOf(profiles, round % 2 ? QJsonDocument::Indented : QJsonDocument::Compact), &ok);
        QVERIFY(ok);
    }
    QVERIFY2(read >= 30, qPrintable(QString::number(read))); // all but those with lone surrogates, at least
}

void TestIndexReader::edgeCases_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("fast"); // read by the fast reader itself (else by the Qt path)

    // Strings.
    QTest::newRow("simple escapes") << withMember(R"("name":"\"\\\/\b\f\n\r\t")") << true;
    QTest::newRow("\\u escapes") << withMember(R"("name":"\u0041\u00e9\u4E2D\u0000")") << true;
    QTest::newRow("surrogate pair") << withMember(R"("name":"\ud83d\ude00 \uD83D\uDE00")") << true;
    QTest::newRow("lone high surrogate") << withMember(R"("name":"a\ud83d b")") << true;
    QTest::newRow("lone low surrogate") << withMember(R"("name":"\ude00")") << true;
    QTest::newRow("reversed pair") << withMember(R"("name":"\ude00\ud83d")") << true;
    QTest::newRow("unknown escape") << withMember(R"("name":"\q")") << false;
    QTest::newRow("bad hex") << withMember(R"("name":"\u12G4")") << false;
    QTest::newRow("short \\u") << withMember(R"("name":"\u12")") << false;
    QTest::newRow("raw control") << withMember("\"name\":\"a\x01z\"") << false;
    QTest::newRow("raw tab") << withMember("\"name\":\"a\tz\"") << false;
    QTest::newRow("utf-8 2,3,4 bytes")
        << withMember("\"name\":\"\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\"") << true;
    QTest::newRow("noncharacters") << withMember("\"name\":\"\xef\xbf\xbf\xef\xb7\x90\xf4\x8f\xbf\xbf\"")
                                   << true;
    QTest::newRow("invalid byte") << withMember("\"name\":\"\xff\"") << false;
    QTest::newRow("overlong") << withMember("\"name\":\"\xc0\xaf\"") << false;
    QTest::newRow("utf-8 surrogate") << withMember("\"name\":\"\xed\xa0\x80\"") << false;
    QTest::newRow("past U+10FFFF") << withMember("\"name\":\"\xf4\x90\x80\x80\"") << false;
    QTest::newRow("cut sequence") << withMember("\"name\":\"\xe4\xb8\"") << false;
    QTest::newRow("stray continuation") << withMember("\"name\":\"\x80\"") << false;
    QTest::newRow("escaped kind")
        << withMember(R"("zz":0)").replace(R"("kind":"user")", R"("kind":"us\u0065r")") << true;
    QTest::newRow("escaped date") << withMember(R"("obtained_at":"2026\u002d11-30T00:30:04Z")") << true;
    QTest::newRow("escaped app")
        << withMember(R"("label":"\u0041")").replace(R"("key":"k")", R"("key":"\u006b")") << true;
    QTest::newRow("escaped key") << withMember(R"("n\u0061me":"x")") << false;
    QTest::newRow("non-ASCII key") << withMember(R"("имя":"x","":1)") << true;
    // Numbers.
    QTest::newRow("mask 1e3") << withMember("\"zz\":0").replace("\"mask\":2", "\"mask\":1e3") << false;
    QTest::newRow("mask 1.0") << withMember("\"zz\":0").replace("\"mask\":2", "\"mask\":1.0") << false;
    QTest::newRow("mask -0") << withMember("\"zz\":0").replace("\"mask\":2", "\"mask\":-0") << false;
    QTest::newRow("mask 01") << withMember("\"zz\":0").replace("\"mask\":2", "\"mask\":01") << false;
    QTest::newRow("mask -1") << withMember("\"zz\":0").replace("\"mask\":2", "\"mask\":-1") << true;
    QTest::newRow("mask 2^32+1") << withMember("\"zz\":0").replace("\"mask\":2", "\"mask\":4294967297")
                                 << true;
    QTest::newRow("mask 2^53+1") << withMember("\"zz\":0").replace("\"mask\":2", "\"mask\":9007199254740993")
                                 << true;
    QTest::newRow("mask 21 digits")
        << withMember("\"zz\":0").replace("\"mask\":2", "\"mask\":123456789012345678901") << false;
    QTest::newRow("mask string") << withMember("\"zz\":0").replace("\"mask\":2", "\"mask\":\"7\"") << true;
    QTest::newRow("mask null") << withMember("\"zz\":0").replace("\"mask\":2", "\"mask\":null") << true;
    QTest::newRow("mask -") << withMember("\"zz\":0").replace("\"mask\":2", "\"mask\":-") << false;
    QTest::newRow("mask +1") << withMember("\"zz\":0").replace("\"mask\":2", "\"mask\":+1") << false;
    QTest::newRow("unknown 1e400") << withMember("\"zz\":1e400") << false;
    QTest::newRow("unknown 1.5") << withMember("\"zz\":1.5") << false;
    // fuzz_index: 40 digits overflowed qint64 while being read (UBSan) before they were counted.
    QTest::newRow("unknown 40 digits")
        << withMember("\"zz\":4444444444444444444444444444444444444444") << false;
    QFile finding(QStringLiteral(VKAUTH_SOURCE_DIR "/tests/fuzz/corpus/index/finding-long-number.json"));
    QVERIFY(finding.open(QIODevice::ReadOnly));
    QTest::newRow("fuzz_index finding") << finding.readAll() << false;
    QTest::newRow("unknown -17") << withMember("\"zz\":-17") << true;
    QTest::newRow("scope not an object")
        << withMember(R"("zz":0)").replace(R"("scope":{"mask":2})", R"("scope":[2])") << true;
    // Ids.
    QTest::newRow("vk_id number") << withMember(R"("zz":0)").replace(R"("vk_id":"7")", R"("vk_id":7)")
                                  << false;
    QTest::newRow("vk_id zeros") << withMember(R"("zz":0)").replace(R"("vk_id":"7")", R"("vk_id":"0007")")
                                 << true;
    QTest::newRow("vk_id spaces") << withMember(R"("zz":0)").replace(R"("vk_id":"7")", R"("vk_id":" 7 ")")
                                  << true;
    QTest::newRow("vk_id plus") << withMember(R"("zz":0)").replace(R"("vk_id":"7")", R"("vk_id":"+7")")
                                << true;
    QTest::newRow("vk_id max")
        << withMember(R"("zz":0)").replace(R"("vk_id":"7")", R"("vk_id":"9223372036854775807")") << true;
    QTest::newRow("vk_id overflow")
        << withMember(R"("zz":0)").replace(R"("vk_id":"7")", R"("vk_id":"9223372036854775808")") << false;
    QTest::newRow("vk_id negative") << withMember(R"("zz":0)").replace(R"("vk_id":"7")", R"("vk_id":"-7")")
                                    << false;
    QTest::newRow("vk_id zero") << withMember(R"("zz":0)").replace(R"("vk_id":"7")", R"("vk_id":"0")")
                                << false;
    QTest::newRow("owner_id words") << withMember(R"("owner_id":"abc")") << true;
    QTest::newRow("owner_id number") << withMember(R"("owner_id":5)") << true;
    // Literals and types.
    QTest::newRow("trusted true") << withMember(R"("has_trusted_hash":true)") << true;
    QTest::newRow("trusted 1") << withMember(R"("has_trusted_hash":1)") << true;
    QTest::newRow("trusted \"true\"") << withMember(R"("has_trusted_hash":"true")") << true;
    QTest::newRow("trusted tru") << withMember(R"("has_trusted_hash":tru)") << false;
    QTest::newRow("trusted True") << withMember(R"("has_trusted_hash":True)") << false;
    QTest::newRow("name null") << withMember(R"("name":null)") << true;
    QTest::newRow("name object") << withMember(R"("name":{"a":"b"})") << true;
    QTest::newRow("app a string")
        << withMember(R"("zz":0)").replace(R"("app":{"key":"k",)", R"("app":"x","zz2":{)") << true;
    QTest::newRow("last_check") << withMember(
        R"("last_check":{"at":"2026-11-29T08:00:00.250Z","result":"expired",)"
        R"("message":"m","more":[1]})")
                                << true;
    QTest::newRow("last_check bogus")
        << withMember(R"("last_check":{"result":"bogus","at":"yesterday"})") << true;
    QTest::newRow("last_check array") << withMember(R"("last_check":[])") << true;
    QTest::newRow("offset date") << withMember(R"("expires_at":"2026-11-30T03:30:04+03:00")") << true;
    QTest::newRow("date with ms") << withMember(R"("expires_at":"2026-11-30T03:30:04.999Z")") << true;
    // Structure.
    QTest::newRow("whitespace everywhere") << QByteArray(
        " \t\r\n{ \"schema\" :\n1 ,\t\"profiles\"\r: [ { \"id\" : \"a\" , \"kind\" : \"user\" , "
        "\"vk_id\" : \"5\" , \"app\" : { \"key\" : \"k\" } , \"x\" : [ 1 , { } , [ ] ] } ] } \n")
                                           << true;
    QTest::newRow("keys in any order")
        << QByteArray(R"({"profiles":[{"vk_id":"5","kind":"community","id":"a",)"
                      R"("scope":{"mask":9},"app":{"name":"n","key":"k"}}],"schema":1})")
        << true;
    QTest::newRow("duplicate name") << withMember(R"("name":"a","name":"b")") << false;
    QTest::newRow("duplicate app") << withMember(R"("app":{"name":"other"})") << false;
    QTest::newRow("duplicate mask")
        << withMember(R"("zz":0)").replace(R"({"mask":2})", R"({"mask":2,"mask":3})") << false;
    QTest::newRow("duplicate unknown") << withMember(R"("zz":1,"zz":2)") << true;
    QTest::newRow("duplicate schema") << QByteArray(R"({"schema":1,"profiles":[],"schema":5})") << false;
    QTest::newRow("duplicate profiles")
        << QByteArray(R"({"schema":1,"profiles":[{"id":"a","kind":"user","vk_id":"1"}],"profiles":[]})")
        << false;
    QTest::newRow("deep unknown") << withMember(QByteArray("\"zz\":" + QByteArray(100, '[')
        + QByteArray(100, ']'))) << false;
    QTest::newRow("too deep") << withMember(
        QByteArray("\"zz\":" + QByteArray(1100, '[') + QByteArray(1100, ']')))
                              << false;
    QTest::newRow("trailing garbage") << withMember(R"("zz":0)") + "x" << false;
    QTest::newRow("trailing nul") << withMember(R"("zz":0)") + QByteArray(1, '\0') << false;
    QTest::newRow("two documents") << withMember(R"("zz":0)") + "{}" << false;
    QTest::newRow("byte order mark") << "\xef\xbb\xbf" + withMember(R"("zz":0)") << false;
    QTest::newRow("trailing comma") << withMember(R"("zz":0,)") << false;
    QTest::newRow("trailing comma in array") << withMember(R"("zz":[1,])") << false;
    QTest::newRow("missing colon") << withMember(R"("zz" 0)") << false;
    QTest::newRow("missing comma") << withMember(R"("zz":0 "zy":1)") << false;
    QTest::newRow("single quotes") << withMember(R"('zz':0)") << false;
    QTest::newRow("array at the top") << QByteArray("[]") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("empty object") << QByteArray("{}") << false;
    QTest::newRow("no profiles") << QByteArray(R"({"schema":1,"app":"vkauth"})") << true;
    QTest::newRow("profiles an object") << QByteArray(R"({"schema":1,"profiles":{}})") << false;
    QTest::newRow("profile a string") << QByteArray(R"({"schema":1,"profiles":["x"]})") << false;
    QTest::newRow("damaged kind") << withMember(R"("zz":0)").replace(R"("kind":"user")", R"("kind":"robot")")
                                  << false;
    QTest::newRow("no id") << withMember(R"("zz":0)").replace(R"("id":"user-7-1",)", "") << false;
    QTest::newRow("schema 0") << QByteArray(R"({"schema":0,"profiles":[]})") << false;
    QTest::newRow("schema 2") << QByteArray(R"({"schema":2,"profiles":[]})") << true;
    QTest::newRow("schema 3") << QByteArray(R"({"schema":3,"profiles":[]})") << false;
    QTest::newRow("schema -1") << QByteArray(R"({"schema":-1,"profiles":[]})") << false;
    QTest::newRow("schema 1.0") << QByteArray(R"({"schema":1.0,"profiles":[]})") << false;
    QTest::newRow("schema \"1\"") << QByteArray(R"({"schema":"1","profiles":[]})") << false;
    QTest::newRow("schema 2^32+1") << QByteArray(R"({"schema":4294967297,"profiles":[]})") << false;
}

void TestIndexReader::edgeCases()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, fast);
    bool ok = false;
    const bool readFast = sameAsQt(json, &ok);
    QVERIFY(ok);
    QCOMPARE(readFast, fast);
}

void TestIndexReader::everyTruncationAgrees()
{
    QList<Profile> profiles {sampleProfile(0), sampleProfile(1)};
    profiles[0].name = QStringLiteral("Ива\"н\\ 😀\n");
    const QJsonObject extra {{QStringLiteral("zz"), QJsonArray {1, QJsonObject {{QStringLiteral("a"), -3}}}}};
    for (const QByteArray &index : {indexOf(profiles), indexOf(profiles, QJsonDocument::Indented, extra)}) {
        QVERIFY(sameAsQt(index));
        for (qsizetype length = 0; length < index.size(); ++length) {
            bool ok = false;
            sameAsQt(index.left(length), &ok);
            QVERIFY2(ok, qPrintable(QStringLiteral("cut at %1").arg(length)));
        }
    }
}

void TestIndexReader::everyDeletedByteAgrees()
{
    QList<Profile> profiles {sampleProfile(3)};
    profiles[0].name = QStringLiteral("\u00e9\U0001F600\"");
    const QByteArray index = indexOf(profiles);
    for (qsizetype at = 0; at < index.size(); ++at) {
        bool ok = false;
        sameAsQt(QByteArray(index).remove(at, 1), &ok);
        QVERIFY2(ok, qPrintable(QStringLiteral("byte %1 deleted").arg(at)));
    }
}

QTEST_GUILESS_MAIN(TestIndexReader)
#include "tst_indexreader.moc"
