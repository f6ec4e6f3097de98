// SPDX-License-Identifier: MIT
#include "crypto/EncryptedBundle.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtEndian>

using namespace vkauth;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

QByteArray samplePlaintext()
{
    return QByteArrayLiteral(R"({"profiles":[{"name":"Secret Club","token":"vk1.a.SECRETTOKENVALUE"}]})");
}

} // namespace

class TestEncryptedBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void headerCarriesParametersAndFreshRandomness();
    void plaintextIsNotInClear();
    void wrongPassphraseIsRejected();
    void everyByteFlipIsRejected();
    void byteFlipsThroughTheFullPath_data();
    void byteFlipsThroughTheFullPath();
    void everyTruncationIsRejected();
    void truncationsThroughTheFullPath();
    void appendedBytesAreRejected();
    void oversizedBundleIsRefusedBeforeDecrypting();
    void unknownVersionIsNamed();
    void kdfLimitsBelowMinimumOrAboveMaximumAreRefused();
    void strongerLimitsAreReadBack();
    void notOurFile_data();
    void notOurFile();
    void emptyPassphraseIsRefused();

private:
    QByteArray m_bundle; // small bundle of samplePlaintext(), sealed once
};

void TestEncryptedBundle::initTestCase()
{
    QVERIFY(EncryptedBundle::initCrypto());
    QElapsedTimer timer;
    timer.start();
    const auto sealed = EncryptedBundle::seal(samplePlaintext(), kPassphrase);
    QVERIFY(sealed.ok());
    m_bundle = sealed.value;
    qInfo("one seal (Argon2id at the default cost + AEAD): %lld ms", timer.elapsed());
}

void TestEncryptedBundle::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QString>("passphrase");
    QTest::newRow("small") << samplePlaintext() << kPassphrase;
    QTest::newRow("empty plaintext") << QByteArray() << kPassphrase;
    QTest::newRow("one MiB") << QByteArray(1024 * 1024, 'x') << kPassphrase;
    QTest::newRow("unicode passphrase") << samplePlaintext() << QStringLiteral("пароль с пробелами ✓");
    QTest::newRow("one character") << samplePlaintext() << QStringLiteral("x");
}

void TestEncryptedBundle::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QString, passphrase);
    const auto sealed = EncryptedBundle::seal(plaintext, passphrase);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed.value.size(), EncryptedBundle::headerSize + plaintext.size() + EncryptedBundle::tagSize);
    const auto opened = EncryptedBundle::open(sealed.value, passphrase);
    QVERIFY2(opened.ok(), qPrintable(opened.error ? opened.error->codeName() : QString()));
    QCOMPARE(opened.value, plaintext);
}

void TestEncryptedBundle::headerCarriesParametersAndFreshRandomness()
{
    QVERIFY(m_bundle.startsWith("VKAUTHEX"));
    QCOMPARE(qFromBigEndian<quint16>(m_bundle.constData() + 8), quint16(1));
    QCOMPARE(quint8(m_bundle[10]), quint8(1));
    QCOMPARE(quint8(m_bundle[11]), quint8(1));
    QCOMPARE(qFromBigEndian<quint64>(m_bundle.constData() + 12), KdfParams::defaults().opsLimit);
    QCOMPARE(qFromBigEndian<quint64>(m_bundle.constData() + 20), KdfParams::defaults().memLimit);
    QVERIFY(KdfParams::defaults().opsLimit >= 2 && KdfParams::defaults().memLimit >= 64u * 1024 * 1024);

    const auto header = EncryptedBundle::parseHeader(m_bundle);
    QVERIFY(header.ok());
    QCOMPARE(header.value.kdf, KdfParams::defaults());
    const BundleHeader other = EncryptedBundle::newHeader();
    QVERIFY(other.salt != header.value.salt);
    QVERIFY(other.nonce != header.value.nonce);
    QCOMPARE(EncryptedBundle::encodeHeader(header.value), m_bundle.first(EncryptedBundle::headerSize));
}

void TestEncryptedBundle::plaintextIsNotInClear()
{
    QVERIFY(!m_bundle.contains("SECRETTOKENVALUE"));
    QVERIFY(!m_bundle.contains("Secret Club"));
    QVERIFY(!m_bundle.contains("profiles"));
    QVERIFY(!m_bundle.toBase64().contains("SECRETTOKENVALUE"));
}

void TestEncryptedBundle::wrongPassphraseIsRejected()
{
    for (const QString &wrong : {QStringLiteral("correct horse battery stapl"),
             QStringLiteral("Correct horse battery staple"), kPassphrase + QLatin1Char(' ')}) {
        const auto opened = EncryptedBundle::open(m_bundle, wrong);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error->code, ExportErrorCode::WrongPassphrase);
        QVERIFY(opened.value.isEmpty());
    }
}

// The key is derived once from the untouched header; a flip anywhere (header included, as it is the
// AEAD's associated data) must still be refused by the header checks or by authentication.
void TestEncryptedBundle::everyByteFlipIsRejected()
{
    const auto header = EncryptedBundle::parseHeader(m_bundle);
    QVERIFY(header.ok());
    const auto key = EncryptedBundle::deriveKey(kPassphrase, header.value);
    QVERIFY(key.ok());
    QVERIFY(EncryptedBundle::openWithKey(m_bundle, key.value).ok());
    int checked = 0;
    for (qsizetype i = 0; i < m_bundle.size(); ++i) {
        for (const quint8 mask : {quint8(0x01), quint8(0x80), quint8(0xff)}) {
            QByteArray tampered = m_bundle;
            tampered[i] = char(quint8(tampered[i]) ^ mask);
            const auto opened = EncryptedBundle::openWithKey(tampered, key.value);
            QVERIFY2(!opened.ok(),
                qPrintable(QStringLiteral("flip 0x%1 at byte %2 accepted").arg(mask, 0, 16).arg(i)));
            QVERIFY(opened.value.isEmpty());
            ++checked;
        }
    }
    QCOMPARE(checked, int(m_bundle.size()) * 3);
}

void TestEncryptedBundle::byteFlipsThroughTheFullPath_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("expected");
    const int wrong = int(ExportErrorCode::WrongPassphrase);
    QTest::newRow("magic") << 0 << int(ExportErrorCode::NotOurFile);
    QTest::newRow("version") << 9 << int(ExportErrorCode::UnsupportedVersion);
    QTest::newRow("kdf id") << 10 << int(ExportErrorCode::BadHeader);
    QTest::newRow("cipher id") << 11 << int(ExportErrorCode::BadHeader);
    QTest::newRow("opslimit high") << 12 << int(ExportErrorCode::BadHeader);
    QTest::newRow("opslimit low (2→3, still valid)") << 19 << wrong;
    QTest::newRow("memlimit low") << 27 << int(ExportErrorCode::BadHeader);
    QTest::newRow("salt") << 30 << wrong;
    QTest::newRow("nonce") << 50 << wrong;
    QTest::newRow("ciphertext") << 70 << wrong;
    QTest::newRow("tag (last byte)") << -1 << wrong;
}

void TestEncryptedBundle::byteFlipsThroughTheFullPath()
{
    QFETCH(int, offset);
    QFETCH(int, expected);
    QByteArray tampered = m_bundle;
    const qsizetype at = offset < 0 ? tampered.size() + offset : offset;
    tampered[at] = char(quint8(tampered[at]) ^ 0x01);
    const auto opened = EncryptedBundle::open(tampered, kPassphrase);
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error->code), expected);
    QVERIFY(!opened.error->message.isEmpty());
}

void TestEncryptedBundle::everyTruncationIsRejected()
{
    const auto header = EncryptedBundle::parseHeader(m_bundle);
    const auto key = EncryptedBundle::deriveKey(kPassphrase, header.value);
    QVERIFY(key.ok());
    for (qsizetype length = 0; length < m_bundle.size(); ++length) {
        const auto opened = EncryptedBundle::openWithKey(m_bundle.first(length), key.value);
        QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("truncation to %1 bytes accepted").arg(length)));
        ExportErrorCode expected = ExportErrorCode::WrongPassphrase;
        if (length == 0)
            expected = ExportErrorCode::EmptyFile;
        else if (length < EncryptedBundle::headerSize + EncryptedBundle::tagSize)
            expected = ExportErrorCode::Truncated;
        QVERIFY2(opened.error->code == expected,
            qPrintable(QStringLiteral("length %1: %2").arg(length).arg(opened.error->codeName())));
    }
}

void TestEncryptedBundle::truncationsThroughTheFullPath()
{
    for (const qsizetype length : {qsizetype(0), qsizetype(3), qsizetype(9), qsizetype(40),
             qsizetype(EncryptedBundle::headerSize), m_bundle.size() - 1}) {
        const auto opened = EncryptedBundle::open(m_bundle.first(length), kPassphrase);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error->code == ExportErrorCode::Truncated
            || opened.error->code == ExportErrorCode::EmptyFile
            || opened.error->code == ExportErrorCode::WrongPassphrase);
    }
}

void TestEncryptedBundle::appendedBytesAreRejected()
{
    const auto opened = EncryptedBundle::open(m_bundle + QByteArray(1, '\0'), kPassphrase);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error->code, ExportErrorCode::WrongPassphrase);
}

// A bundle over the size cap (64 MiB; no export of ours comes close) is refused as too large before
// any key is derived or byte decrypted, and so is a plaintext that would make one.
void TestEncryptedBundle::oversizedBundleIsRefusedBeforeDecrypting()
{
    const QByteArray huge = m_bundle + QByteArray(EncryptedBundle::maxSize, '\0');
    const auto opened = EncryptedBundle::open(huge, kPassphrase);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error->code, ExportErrorCode::TooLarge);
    // At the cap exactly it is read (and fails on its tag, the bytes were appended).
    const QByteArray atCap = m_bundle + QByteArray(EncryptedBundle::maxSize - m_bundle.size(), '\0');
    QCOMPARE(EncryptedBundle::open(atCap, kPassphrase).error->code, ExportErrorCode::WrongPassphrase);
    const auto sealed = EncryptedBundle::seal(QByteArray(EncryptedBundle::maxSize, 'x'), kPassphrase);
    QVERIFY(!sealed.ok());
    QCOMPARE(sealed.error->code, ExportErrorCode::TooLarge);
}

void TestEncryptedBundle::unknownVersionIsNamed()
{
    QByteArray newer = m_bundle;
    qToBigEndian<quint16>(2, newer.data() + 8);
    const auto opened = EncryptedBundle::open(newer, kPassphrase);
    QCOMPARE(opened.error->code, ExportErrorCode::UnsupportedVersion);
    QVERIFY(opened.error->details.contains(QLatin1String("2")));
    // Even a bundle cut right after its version says which version it is.
    QCOMPARE(
        EncryptedBundle::open(newer.first(10), kPassphrase).error->code, ExportErrorCode::UnsupportedVersion);
}

void TestEncryptedBundle::kdfLimitsBelowMinimumOrAboveMaximumAreRefused()
{
    const KdfParams minimum = KdfParams::interactive();
    const QList<KdfParams> refused {{minimum.opsLimit - 1, minimum.memLimit},
        {minimum.opsLimit, minimum.memLimit - 1024}, {minimum.opsLimit, minimum.memLimit + 1},
        {17, minimum.memLimit}, {minimum.opsLimit, 2048ull * 1024 * 1024},
        // A hostile header's cost (issue 13 item 9): more than 4 passes or 256 MiB is refused.
        {5, minimum.memLimit}, {16, minimum.memLimit}, {minimum.opsLimit, 256ull * 1024 * 1024 + 1024},
        {minimum.opsLimit, 1024ull * 1024 * 1024}};
    QVERIFY((KdfParams {4, 256ull * 1024 * 1024}).acceptable());
    for (const KdfParams &kdf : refused) {
        QVERIFY(!kdf.acceptable());
        QCOMPARE(EncryptedBundle::seal(samplePlaintext(), kPassphrase, kdf).error->code,
            ExportErrorCode::BadHeader);
        BundleHeader header = EncryptedBundle::newHeader();
        header.kdf = kdf;
        QByteArray forged = EncryptedBundle::encodeHeader(header) + QByteArray(40, 'x');
        QCOMPARE(EncryptedBundle::open(forged, kPassphrase).error->code, ExportErrorCode::BadHeader);
    }
}

void TestEncryptedBundle::strongerLimitsAreReadBack()
{
    const KdfParams stronger {3, 128ull * 1024 * 1024};
    QVERIFY(stronger.acceptable());
    const auto sealed = EncryptedBundle::seal(samplePlaintext(), kPassphrase, stronger);
    QVERIFY(sealed.ok());
    QCOMPARE(EncryptedBundle::parseHeader(sealed.value).value.kdf, stronger);
    const auto opened = EncryptedBundle::open(sealed.value, kPassphrase);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value, samplePlaintext());
}

void TestEncryptedBundle::notOurFile_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << QByteArray() << int(ExportErrorCode::EmptyFile);
    QTest::newRow("json") << QByteArrayLiteral(R"({"format":"vkauth-profiles"})")
                          << int(ExportErrorCode::NotOurFile);
    QTest::newRow("png") << QByteArrayLiteral("\x89PNG\r\n\x1a\n0000000000")
                         << int(ExportErrorCode::NotOurFile);
    QTest::newRow("magic prefix") << QByteArrayLiteral("VKAUT") << int(ExportErrorCode::Truncated);
    QTest::newRow("near magic") << QByteArrayLiteral("VKAUTHEY") + QByteArray(100, '\0')
                                << int(ExportErrorCode::NotOurFile);
}

void TestEncryptedBundle::notOurFile()
{
    QFETCH(QByteArray, data);
    QFETCH(int, expected);
    const auto opened = EncryptedBundle::open(data, kPassphrase);
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error->code), expected);
}

void TestEncryptedBundle::emptyPassphraseIsRefused()
{
    QCOMPARE(
        EncryptedBundle::seal(samplePlaintext(), QString()).error->code, ExportErrorCode::EmptyPassphrase);
    QCOMPARE(EncryptedBundle::open(m_bundle, QString()).error->code, ExportErrorCode::EmptyPassphrase);
}

QTEST_GUILESS_MAIN(TestEncryptedBundle)
#include "tst_encryptedbundle.moc"
