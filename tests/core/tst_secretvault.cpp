// SPDX-License-Identifier: MIT
// Issue 16: the encrypted vault file as a second secret store (SecretVault, and ProfileStore on it).
// No keychain is touched here: every store in this file keeps its secrets in a vault.
#include "ProfileStoreHelpers.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretVault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vkauth;
using namespace testsupport;

class TestSecretVault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void writeReadRemove();
    void derivesOncePerProcess();
    void writersInTurnKeepEverything();
    void wrongPassphraseChangesNothing();
    void flippedByteRefused();
    void passphraseChange();
    void profileStoreOnTheVault();
    void waveOneIndexLoadsAndUnknownFieldsSurvive();
    void otherStoreIsNotTouched();

private:
    std::unique_ptr<SecretVault> vault(const QString &passphrase) const;
    QByteArray fileBytes() const;
    QString vaultPath() const { return ProfileStore::vaultPath(m_dir->path()); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSecretVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<SecretVault> TestSecretVault::vault(const QString &passphrase) const
{
    auto v
        = std::make_unique<SecretVault>(vaultPath(), m_dir->filePath(QStringLiteral("profiles.json.lock")));
    v->setPassphrase(passphrase);
    return v;
}

QByteArray TestSecretVault::fileBytes() const
{
    QFile file(vaultPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSecretVault::writeReadRemove()
{
    const QByteArray secret = randomSecret("vk1.a.").toUtf8();
    auto v = vault(QStringLiteral("correct horse"));
    QCOMPARE(v->read(QStringLiteral("a")).error->code, SecretErrorCode::NotFound); // no file yet
    QVERIFY(!v->write(QStringLiteral("a"), secret));
    QVERIFY(!v->write(QStringLiteral("b"), "other"));
    QCOMPARE(v->read(QStringLiteral("a")).data, secret);
    QVERIFY(!v->remove(QStringLiteral("a")));
    QVERIFY(!v->remove(QStringLiteral("a"))); // gone already: no error
    QCOMPARE(v->read(QStringLiteral("a")).error->code, SecretErrorCode::NotFound);
    QCOMPARE(v->read(QStringLiteral("b")).data, QByteArray("other"));

    // Owner read/write only (the 0x0700 "user" bits repeat the owner's for the file's owner).
    QCOMPARE(
        int(QFile::permissions(vaultPath()) & 0x7077), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(int(QFile::permissions(m_dir->path()) & 0x0077), 0);
    const QByteArray bytes = fileBytes();
    QVERIFY(bytes.startsWith("VKAUTHEX"));
    QVERIFY(!bytes.contains("other"));
    QVERIFY(!bytes.contains(QByteArray("other").toBase64()));
}

// The key is derived once per object: files rewritten by another writer with the same salt open with
// it; only a new salt (a passphrase change) costs another derivation.
void TestSecretVault::derivesOncePerProcess()
{
    auto a = vault(QStringLiteral("pw"));
    auto b = vault(QStringLiteral("pw"));
    QVERIFY(!a->write(QStringLiteral("one"), "1"));
    QCOMPARE(b->read(QStringLiteral("one")).data, QByteArray("1"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!a->write(QStringLiteral("n%1").arg(i), "x"));
        QVERIFY(!b->write(QStringLiteral("m%1").arg(i), "y"));
        QVERIFY(b->read(QStringLiteral("n%1").arg(i)).ok());
        QVERIFY(a->read(QStringLiteral("m%1").arg(i)).ok());
    }
    QCOMPARE(a->derivations(), 1);
    QCOMPARE(b->derivations(), 1);
    const QByteArray salt = fileBytes().mid(28, 16);
    QVERIFY(!a->write(QStringLiteral("last"), "z"));
    QCOMPARE(fileBytes().mid(28, 16), salt); // the salt survives rewrites
}

void TestSecretVault::writersInTurnKeepEverything()
{
    auto a = vault(QStringLiteral("pw"));
    auto b = vault(QStringLiteral("pw"));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!a->write(QStringLiteral("a%1").arg(i), "a"));
        QVERIFY(!b->write(QStringLiteral("b%1").arg(i), "b"));
    }
    auto c = vault(QStringLiteral("pw"));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(c->read(QStringLiteral("a%1").arg(i)).data, QByteArray("a"));
        QCOMPARE(c->read(QStringLiteral("b%1").arg(i)).data, QByteArray("b"));
    }
}

void TestSecretVault::wrongPassphraseChangesNothing()
{
    QVERIFY(!vault(QStringLiteral("right"))->write(QStringLiteral("k"), "v"));
    const QByteArray before = fileBytes();
    auto wrong = vault(QStringLiteral("wrong"));
    QCOMPARE(wrong->unlock()->code, SecretErrorCode::WrongPassphrase);
    QCOMPARE(wrong->read(QStringLiteral("k")).error->code, SecretErrorCode::WrongPassphrase);
    QCOMPARE(wrong->write(QStringLiteral("k2"), "v2")->code, SecretErrorCode::WrongPassphrase);
    QCOMPARE(wrong->remove(QStringLiteral("k"))->code, SecretErrorCode::WrongPassphrase);
    QCOMPARE(wrong->changePassphrase(QStringLiteral("mine"))->code, SecretErrorCode::WrongPassphrase);
    QCOMPARE(fileBytes(), before);
    auto none = vault(QString());
    QCOMPARE(none->read(QStringLiteral("k")).error->code, SecretErrorCode::VaultLocked);
}

void TestSecretVault::flippedByteRefused()
{
    auto writer = vault(QStringLiteral("pw"));
    QVERIFY(!writer->write(QStringLiteral("k"), "value"));
    QByteArray bytes = fileBytes();
    bytes[bytes.size() - 20] = char(bytes.at(bytes.size() - 20) ^ 0x01);
    QFile file(vaultPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    // A reader that opened the vault before knows the key is right: the file was altered.
    QCOMPARE(writer->read(QStringLiteral("k")).error->code, SecretErrorCode::VaultDamaged);
    QCOMPARE(writer->write(QStringLiteral("k"), "new")->code, SecretErrorCode::VaultDamaged);
    QCOMPARE(fileBytes(), bytes); // left as it is
    // A new reader cannot tell that from a wrong passphrase; either way nothing is returned.
    QCOMPARE(
        vault(QStringLiteral("pw"))->read(QStringLiteral("k")).error->code, SecretErrorCode::WrongPassphrase);
    bytes[0] = 'X';
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QCOMPARE(
        vault(QStringLiteral("pw"))->read(QStringLiteral("k")).error->code, SecretErrorCode::VaultDamaged);
}

void TestSecretVault::passphraseChange()
{
    auto a = vault(QStringLiteral("old"));
    auto b = vault(QStringLiteral("old"));
    QVERIFY(!a->write(QStringLiteral("k"), "v"));
    QVERIFY(b->read(QStringLiteral("k")).ok());
    const QByteArray salt = fileBytes().mid(28, 16);
    QVERIFY(!a->changePassphrase(QStringLiteral("new")));
    QVERIFY(fileBytes().mid(28, 16) != salt);
    QCOMPARE(a->read(QStringLiteral("k")).data, QByteArray("v")); // no derivation needed for that
    QCOMPARE(a->derivations(), 2);
    QCOMPARE(b->read(QStringLiteral("k")).error->code, SecretErrorCode::WrongPassphrase);
    QCOMPARE(vault(QStringLiteral("new"))->read(QStringLiteral("k")).data, QByteArray("v"));
}

void TestSecretVault::profileStoreOnTheVault()
{
    const QString token = randomSecret("vk1.a.");
    const QString hash = randomSecret("hash");
    ProfileStore::Options options;
    options.dataDir = m_dir->path();
    options.vault = vault(QStringLiteral("pw"));
    ProfileStore store(options);
    QVERIFY(store.load().ok());
    const QString id = store.add(userToken(7000000001LL, token, hash));
    QVERIFY(waitSaved(store, id));
    QCOMPARE(store.profile(id)->secretStore, SecretBackend::Vault);

    options.vault = vault(QStringLiteral("pw"));
    ProfileStore again(options);
    QVERIFY(again.load().ok());
    std::optional<ProfileSecrets> read;
    again.readSecrets(id, this, [&read](const auto &secrets, const auto &) { read = secrets; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->token, token);
    QCOMPARE(read->trustedHash, hash);

    QFile index(store.indexPath());
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QByteArray indexBytes = index.readAll();
    const QJsonObject root = QJsonDocument::fromJson(indexBytes).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toInt(), 2);
    const QJsonObject entry = root.value(QStringLiteral("profiles")).toArray().first().toObject();
    QCOMPARE(entry.value(QStringLiteral("secret_store")).toString(), QStringLiteral("vault"));
    for (const QByteArray &file : {indexBytes, fileBytes()}) {
        QVERIFY(!file.contains(token.toUtf8()));
        QVERIFY(!file.contains(token.toUtf8().toBase64()));
        QVERIFY(!file.contains(hash.toUtf8()));
    }

    std::optional<std::optional<SecretError>> removed;
    again.remove(id, this, [&removed](const auto &error) { removed = error; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(!removed->has_value());
    QCOMPARE(options.vault->read(id).error->code, SecretErrorCode::NotFound);
}

// A wave-1 index (schema 1, no secret_store) reads as all-keychain; a field this version does not
// know is kept when the index is written again.
void TestSecretVault::waveOneIndexLoadsAndUnknownFieldsSurvive()
{
    QFile file(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema":1,"app":"vkauth","profiles":[{"id":"user-5-2274003","kind":"user","vk_id":"5",)"
               R"("name":"Old","app":{"key":"android","client_id":"2274003","name":"Android"},)"
               R"("scope":{"mask":65536},"obtained_at":"2024-01-01T00:00:00Z","expires_at":null,)"
               R"("has_trusted_hash":false,"future_field":{"x":1},"token":"leaked"}]})");
    file.close();
    ProfileStore::Options options;
    options.dataDir = m_dir->path();
    ProfileStore store(options);
    QVERIFY(store.load().ok());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().first().secretStore, SecretBackend::Keychain);
    QVERIFY(store.setLabel(QStringLiteral("user-5-2274003"), QStringLiteral("renamed")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toInt(), 2);
    const QJsonObject entry = root.value(QStringLiteral("profiles")).toArray().first().toObject();
    QCOMPARE(entry.value(QStringLiteral("label")).toString(), QStringLiteral("renamed"));
    QCOMPARE(entry.value(QStringLiteral("future_field")).toObject().value(QStringLiteral("x")).toInt(), 1);
    QVERIFY(!entry.contains(QStringLiteral("token"))); // never a secret, whoever wrote it
    QVERIFY(!entry.contains(QStringLiteral("secret_store")));
}

// A profile whose secret is in the vault, seen by a keychain store: refused before any keychain call,
// and not removed (its secret would be orphaned).
void TestSecretVault::otherStoreIsNotTouched()
{
    ProfileStore::Options options;
    options.dataDir = m_dir->path();
    options.vault = vault(QStringLiteral("pw"));
    ProfileStore onVault(options);
    QVERIFY(onVault.load().ok());
    const QString id = onVault.add(userToken(7000000002LL, randomSecret("vk1.a.")));
    QVERIFY(waitSaved(onVault, id));

    ProfileStore::Options keychainOptions;
    keychainOptions.dataDir = m_dir->path();
    ProfileStore onKeychain(keychainOptions);
    QVERIFY(onKeychain.load().ok());
    std::optional<SecretError> error;
    onKeychain.readSecrets(id, this, [&error](const auto &, const auto &e) { error = e; });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->code, SecretErrorCode::OtherStore);
    std::optional<std::optional<SecretError>> removed;
    onKeychain.remove(id, this, [&removed](const auto &e) { removed = e; });
    QTRY_VERIFY(removed.has_value());
    QCOMPARE(removed->value().code, SecretErrorCode::OtherStore);
    QVERIFY(onKeychain.profile(id));
}

QTEST_GUILESS_MAIN(TestSecretVault)
#include "tst_secretvault.moc"
