// SPDX-License-Identifier: MIT
#include "TransferTestData.h"
#include "crypto/PassphraseStrength.h"
#include "transfer/ExportFile.h"
#include "transfer/ExportFormats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vkauth;
using namespace transfertest;

namespace {

const QString kPassphrase = QStringLiteral("four random words here");

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 0777;
}

} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void thousandProfilesRoundTrip_data();
    void thousandProfilesRoundTrip();
    void encryptedFileHasNothingInClear();
    void plainFormatsShowWhatTheySay();
    void detect_data();
    void detect();
    void everyTruncationOfPlainFormatsIsRejected_data();
    void everyTruncationOfPlainFormatsIsRejected();
    void wrongPassphraseThroughParse();
    void envNames();
    void envValuesAreQuotedWhenNeeded();
    void serializeRefusals();
    void formatNames();
    void filesAreOwnerOnlyAndAtomic();
    void unwritablePathIsAnError();
    void readRefusesNonFilesAndEmpty();
    void strengthHint_data();
    void strengthHint();
};

void TestExportFormats::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("encrypted") << int(ExportFormat::Encrypted);
    QTest::newRow("json") << int(ExportFormat::Json);
    QTest::newRow("env") << int(ExportFormat::Env);
    QTest::newRow("meta") << int(ExportFormat::Metadata);
}

void TestExportFormats::roundTrip()
{
    QFETCH(int, format);
    const auto f = ExportFormat(format);
    for (const int count : {1, 2, 7}) {
        const QList<TransferEntry> original = entries(count);
        const auto content = ExportFormats::serialize(original, f, kPassphrase);
        QVERIFY(content.ok());
        const auto detected = ExportFormats::detect(content.value);
        QVERIFY(detected.ok());
        QCOMPARE(int(detected.value), format);
        const auto back = ExportFormats::parse(content.value, kPassphrase);
        QVERIFY2(
            back.ok(), qPrintable(back.error ? back.error->codeName() + back.error->details : QString()));
        QCOMPARE(back.value.size(), count);
        for (int i = 0; i < count; ++i) {
            const QString diff = difference(
                original.at(i), back.value.at(i), f != ExportFormat::Metadata, f != ExportFormat::Env);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            if (f == ExportFormat::Metadata)
                QVERIFY(back.value.at(i).secrets.token.isEmpty());
        }
    }
}

void TestExportFormats::thousandProfilesRoundTrip_data()
{
    roundTrip_data();
}

void TestExportFormats::thousandProfilesRoundTrip()
{
    QFETCH(int, format);
    const QList<TransferEntry> original = entries(1000);
    QElapsedTimer timer;
    timer.start();
    const auto content = ExportFormats::serialize(original, ExportFormat(format), kPassphrase);
    QVERIFY(content.ok());
    const qint64 exportMs = timer.restart();
    const auto back = ExportFormats::parse(content.value, kPassphrase);
    QVERIFY(back.ok());
    qInfo("1000 profiles as %s: %lld bytes, export %lld ms, import %lld ms",
        qPrintable(ExportFormats::name(ExportFormat(format))), qint64(content.value.size()), exportMs,
        timer.elapsed());
    QCOMPARE(back.value.size(), 1000);
    for (int i = 0; i < 1000; ++i) {
        const QString diff = difference(original.at(i), back.value.at(i),
            format != int(ExportFormat::Metadata), format != int(ExportFormat::Env));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

void TestExportFormats::encryptedFileHasNothingInClear()
{
    const QList<TransferEntry> list = entries(30);
    const auto content = ExportFormats::serialize(list, ExportFormat::Encrypted, kPassphrase);
    QVERIFY(content.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.vkauth"));
    QVERIFY(ExportFile::write(path, content.value).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QCOMPARE(onDisk, content.value);
    const QByteArray lower = onDisk.toLower();
    for (const TransferEntry &e : list) {
        for (const QString &needle : {e.secrets.token, e.profile.name, e.secrets.trustedHash, e.profile.email,
                 e.profile.label, QString::number(e.profile.vkId)}) {
            if (needle.isEmpty())
                continue;
            QVERIFY2(!onDisk.contains(needle.toUtf8()), qPrintable(needle));
            QVERIFY2(!lower.contains(needle.toLower().toUtf8()), qPrintable(needle));
            QVERIFY(!onDisk.contains(needle.toUtf8().toBase64()));
        }
    }
    QVERIFY(!onDisk.contains("TOKEN"));
    QVERIFY(!onDisk.contains("vk1.a."));
    QVERIFY(!onDisk.contains("Secret Name"));
    QVERIFY(!onDisk.contains("profiles"));
}

void TestExportFormats::plainFormatsShowWhatTheySay()
{
    const QList<TransferEntry> list = entries(3);
    const QByteArray json = ExportFormats::serialize(list, ExportFormat::Json).value;
    const QByteArray meta = ExportFormats::serialize(list, ExportFormat::Metadata).value;
    const QByteArray env = ExportFormats::serialize(list, ExportFormat::Env).value;
    for (const TransferEntry &e : list) {
        QVERIFY(json.contains(e.secrets.token.toUtf8()));
        QVERIFY(env.contains(e.secrets.token.toUtf8()));
        QVERIFY(!meta.contains(e.secrets.token.toUtf8()));
        QVERIFY(meta.contains(e.profile.name.toUtf8()));
    }
    QVERIFY(!meta.contains("trusted-"));
    QVERIFY(!meta.contains("\"token\""));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("vkauth-profiles"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("contents")).toString(), QStringLiteral("tokens"));
}

void TestExportFormats::detect_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("expectedError"); // -1: no error
    QTest::addColumn<int>("expectedFormat");
    QTest::newRow("empty") << QByteArray() << int(ExportErrorCode::EmptyFile) << -1;
    QTest::newRow("text") << QByteArrayLiteral("hello\n") << int(ExportErrorCode::NotOurFile) << -1;
    QTest::newRow("other json") << QByteArrayLiteral(R"({"a":1})") << int(ExportErrorCode::NotOurFile) << -1;
    QTest::newRow("json array") << QByteArrayLiteral("[1,2]") << int(ExportErrorCode::NotOurFile) << -1;
    QTest::newRow("hand-written .env")
        << QByteArrayLiteral("VK_TOKEN=abc\n") << int(ExportErrorCode::NotOurFile) << -1;
    QTest::newRow("newer list") << QByteArrayLiteral(
        R"({"format":"vkauth-profiles","version":2,"contents":"tokens","profiles":[]})")
                                << int(ExportErrorCode::UnsupportedVersion) << -1;
    QTest::newRow("newer env") << QByteArrayLiteral("# vkauth-env 2\nVK_TOKEN=x\n")
                               << int(ExportErrorCode::UnsupportedVersion) << -1;
    QTest::newRow("bom + space json") << QByteArrayLiteral("\xEF\xBB\xBF \n")
            + ExportFormats::serialize(entries(1), ExportFormat::Json).value
                                      << -1 << int(ExportFormat::Json);
    QTest::newRow("meta") << ExportFormats::serialize(entries(1), ExportFormat::Metadata).value << -1
                          << int(ExportFormat::Metadata);
    QTest::newRow("env") << ExportFormats::serialize(entries(1), ExportFormat::Env).value << -1
                         << int(ExportFormat::Env);
    QByteArray bundle = ExportFormats::serialize(entries(1), ExportFormat::Encrypted, kPassphrase).value;
    QTest::newRow("encrypted") << bundle << -1 << int(ExportFormat::Encrypted);
    bundle[9] = 7;
    QTest::newRow("encrypted, newer") << bundle << int(ExportErrorCode::UnsupportedVersion) << -1;
    QTest::newRow("encrypted, 5 bytes") << bundle.first(5) << int(ExportErrorCode::Truncated) << -1;
}

void TestExportFormats::detect()
{
    QFETCH(QByteArray, content);
    QFETCH(int, expectedError);
    QFETCH(int, expectedFormat);
    const auto detected = ExportFormats::detect(content);
    if (expectedError < 0) {
        QVERIFY(detected.ok());
        QCOMPARE(int(detected.value), expectedFormat);
    } else {
        QVERIFY(!detected.ok());
        QCOMPARE(detected.error->codeName(), ExportError::codeName(ExportErrorCode(expectedError)));
        QVERIFY(!detected.error->message.isEmpty());
        // parse fails the same way, and gives nothing.
        const auto parsed = ExportFormats::parse(content, kPassphrase);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error->code, detected.error->code);
        QVERIFY(parsed.value.isEmpty());
    }
}

void TestExportFormats::everyTruncationOfPlainFormatsIsRejected_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("json") << int(ExportFormat::Json);
    QTest::newRow("env") << int(ExportFormat::Env);
    QTest::newRow("meta") << int(ExportFormat::Metadata);
}

// Every cut of a small file is refused (the encrypted bundle's cuts are in tst_encryptedbundle), except
// cuts that remove only trailing white space, which leave the whole content.
void TestExportFormats::everyTruncationOfPlainFormatsIsRejected()
{
    QFETCH(int, format);
    const QByteArray content = ExportFormats::serialize(entries(2), ExportFormat(format)).value;
    const qsizetype complete = content.trimmed().size();
    for (qsizetype length = 0; length < complete; ++length) {
        const auto parsed = ExportFormats::parse(content.first(length));
        QVERIFY2(!parsed.ok(),
            qPrintable(QStringLiteral("cut to %1 of %2 bytes accepted").arg(length).arg(content.size())));
        QVERIFY(parsed.value.isEmpty());
    }
    QVERIFY(ExportFormats::parse(content.first(complete)).ok());
}

void TestExportFormats::wrongPassphraseThroughParse()
{
    const QByteArray bundle
        = ExportFormats::serialize(entries(2), ExportFormat::Encrypted, kPassphrase).value;
    const auto parsed = ExportFormats::parse(bundle, QStringLiteral("four random words her"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error->code, ExportErrorCode::WrongPassphrase);
    QCOMPARE(ExportFormats::parse(bundle).error->code, ExportErrorCode::EmptyPassphrase);
}

void TestExportFormats::envNames()
{
    TransferEntry user = entry(0);
    TransferEntry group = entry(2);
    QCOMPARE(group.profile.kind, TokenKind::Community);
    QCOMPARE(ExportFormats::envNames({user}), QStringList {QStringLiteral("VK_TOKEN")});
    QCOMPARE(ExportFormats::envNames({user, group}),
        (QStringList {QStringLiteral("VK_TOKEN"), QStringLiteral("VK_GROUP_100002_TOKEN")}));
    TransferEntry user2 = entry(1);
    QCOMPARE(ExportFormats::envNames({user, user2, group}),
        (QStringList {QStringLiteral("VK_USER_100000_TOKEN"), QStringLiteral("VK_USER_100001_TOKEN"),
            QStringLiteral("VK_GROUP_100002_TOKEN")}));
    TransferEntry sameGroupOtherApp = group;
    sameGroupOtherApp.profile.appClientId = QStringLiteral("6121396");
    QCOMPARE(ExportFormats::envNames({group, sameGroupOtherApp}),
        (QStringList {QStringLiteral("VK_GROUP_100002_TOKEN"), QStringLiteral("VK_GROUP_100002_TOKEN_2")}));

    const QByteArray env = ExportFormats::serialize({user, group}, ExportFormat::Env).value;
    QVERIFY(env.contains("\nVK_TOKEN=" + user.secrets.token.toUtf8() + '\n'));
    QVERIFY(env.contains("\nVK_GROUP_100002_TOKEN=" + group.secrets.token.toUtf8() + '\n'));
}

void TestExportFormats::envValuesAreQuotedWhenNeeded()
{
    TransferEntry odd = entry(0);
    odd.secrets.token = QStringLiteral("it's $HOME `x` \"y\"");
    const QByteArray env = ExportFormats::serialize({odd}, ExportFormat::Env).value;
    QVERIFY(env.contains("VK_TOKEN='it'\\''s $HOME `x` \"y\"'\n"));
    const auto back = ExportFormats::parse(env);
    QVERIFY(back.ok());
    QCOMPARE(back.value.first().secrets.token, odd.secrets.token);
}

void TestExportFormats::serializeRefusals()
{
    QCOMPARE(ExportFormats::serialize({}, ExportFormat::Json).error->code, ExportErrorCode::NothingSelected);
    QCOMPARE(ExportFormats::serialize(entries(1), ExportFormat::Encrypted).error->code,
        ExportErrorCode::EmptyPassphrase);
    TransferEntry noToken = entry(0);
    noToken.secrets = {};
    QCOMPARE(
        ExportFormats::serialize({noToken}, ExportFormat::Env).error->code, ExportErrorCode::EnvNotSupported);
    QCOMPARE(
        ExportFormats::serialize(entries(1), ExportFormat::Encrypted, kPassphrase, KdfParams {1, 64ull << 20})
            .error->code,
        ExportErrorCode::BadHeader);
}

void TestExportFormats::formatNames()
{
    for (const ExportFormat f :
        {ExportFormat::Encrypted, ExportFormat::Json, ExportFormat::Env, ExportFormat::Metadata}) {
        QCOMPARE(ExportFormats::fromName(ExportFormats::name(f)), f);
        QVERIFY(!ExportFormats::describe(f).isEmpty());
    }
    QCOMPARE(ExportFormats::fromName(QStringLiteral("ENCRYPTED")), ExportFormat::Encrypted);
    QVERIFY(!ExportFormats::fromName(QStringLiteral("xml")));
}

void TestExportFormats::filesAreOwnerOnlyAndAtomic()
{
    QTemporaryDir dir;
    const mode_t previous = ::umask(0);
    const QString fresh = dir.filePath(QStringLiteral("fresh.vkauth"));
    QVERIFY(ExportFile::write(fresh, "one").ok());
    QCOMPARE(modeOf(fresh), mode_t(0600));

    const QString existing = dir.filePath(QStringLiteral("existing.json"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old content");
    }
    ::chmod(QFile::encodeName(existing).constData(), 0644);
    QCOMPARE(modeOf(existing), mode_t(0644));
    QVERIFY(ExportFile::write(existing, "new content").ok());
    ::umask(previous);
    QCOMPARE(modeOf(existing), mode_t(0600));
    QCOMPARE(ExportFile::read(existing).value, QByteArrayLiteral("new content"));
    // Only the two targets: no temporary file left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestExportFormats::unwritablePathIsAnError()
{
    QTemporaryDir dir;
    const auto written = ExportFile::write(dir.filePath(QStringLiteral("no/such/folder/x.vkauth")), "x");
    QVERIFY(!written.ok());
    QCOMPARE(written.error->code, ExportErrorCode::WriteFailed);
    QVERIFY(written.error->details.contains(QStringLiteral("x.vkauth")));
}

void TestExportFormats::readRefusesNonFilesAndEmpty()
{
    QTemporaryDir dir;
    QCOMPARE(ExportFile::read(dir.path()).error->code, ExportErrorCode::ReadFailed);
    QCOMPARE(
        ExportFile::read(dir.filePath(QStringLiteral("missing"))).error->code, ExportErrorCode::ReadFailed);
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(ExportFile::write(empty, {}).ok());
    QCOMPARE(ExportFile::read(empty).error->code, ExportErrorCode::EmptyFile);
}

void TestExportFormats::strengthHint_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("atMost");
    QTest::addColumn<int>("atLeast");
    using L = PassphraseStrength::Level;
    QTest::newRow("empty") << QString() << int(L::Empty) << int(L::Empty);
    QTest::newRow("short") << QStringLiteral("abc") << int(L::VeryWeak) << int(L::VeryWeak);
    QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaaaaaaaaaa") << int(L::VeryWeak)
                              << int(L::VeryWeak);
    QTest::newRow("sequence") << QStringLiteral("1234567890") << int(L::VeryWeak) << int(L::VeryWeak);
    QTest::newRow("password1") << QStringLiteral("password1") << int(L::Weak) << int(L::VeryWeak);
    QTest::newRow("mixed 12") << QStringLiteral("tR7#kq9!Lm2$") << int(L::VeryStrong) << int(L::Strong);
    QTest::newRow("four words") << QStringLiteral("orbit candle meadow fiscal") << int(L::VeryStrong)
                                << int(L::Strong);
}

void TestExportFormats::strengthHint()
{
    QFETCH(QString, passphrase);
    QFETCH(int, atMost);
    QFETCH(int, atLeast);
    const auto strength = PassphraseStrength::assess(passphrase);
    QVERIFY2(int(strength.level) <= atMost && int(strength.level) >= atLeast,
        qPrintable(QStringLiteral("%1 bits → %2")
                       .arg(strength.bits)
                       .arg(PassphraseStrength::levelName(strength.level))));
    QVERIFY(!strength.hint.isEmpty());
}

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
