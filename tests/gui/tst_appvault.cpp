// SPDX-License-Identifier: MIT
// The app on the encrypted vault (issue 16, the app's part): the passphrase asked once at start (a
// wrong one refused in place), a new vault made with the passphrase typed twice, and Settings moving
// every token keychain → vault → keychain, all or nothing, with the real gnome-keyring of scripts/test.
// Tokens are compared with QVERIFY(a == b), not QCOMPARE: a failure must not print them.
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "ProfileStoreHelpers.h"
#include "SettingsDialog.h"
#include "Startup.h"
#include "VaultPassphraseDialog.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "profiles/SecretVault.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vkauth;
using gui::VaultPassphraseDialog;
using testsupport::keychainLookup;
using testsupport::randomSecret;

namespace {

const QString kPassphrase = QStringLiteral("orange-kettle-41-sky");

VaultPassphraseDialog *passphraseDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<VaultPassphraseDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

template <class T> T *field(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

// Types into the open passphrase dialog and presses OK (Enter, as a person would).
void answer(VaultPassphraseDialog *dialog, const QString &passphrase, const QString &repeat = {})
{
    auto *edit = field<QLineEdit>(dialog, "passphraseEdit");
    edit->clear();
    QTest::keyClicks(edit, passphrase);
    auto *repeatEdit = field<QLineEdit>(dialog, "repeatEdit");
    if (repeatEdit->isVisible()) {
        repeatEdit->clear();
        QTest::keyClicks(repeatEdit, repeat.isNull() ? passphrase : repeat);
    }
    QTest::keyClick(edit, Qt::Key_Return);
}

std::shared_ptr<SecretVault> vaultAt(const QString &dataDir, const QString &passphrase)
{
    auto vault
        = std::make_shared<SecretVault>(ProfileStore::vaultPath(dataDir), ProfileStore::lockPath(dataDir));
    vault->setPassphrase(passphrase);
    return vault;
}

std::optional<ProfileSecrets> secretsOf(ProfileStore *store, const QString &id)
{
    std::optional<ProfileSecrets> got;
    bool done = false;
    store->readSecrets(id, nullptr, [&](const std::optional<ProfileSecrets> &secrets, const auto &) {
        got = secrets;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 15000);
    return got;
}

// Every file under dir that holds needle (a token or the passphrase) in clear.
QStringList filesHolding(const QString &dir, const QString &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle.toUtf8()))
            hits << f.fileName();
    }
    return hits;
}

} // namespace

class TestAppVault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void startAsksForThePassphraseOnce();
    void newVaultTakesThePassphraseTwice();
    void settingsMoveTokensToTheVaultAndBack();
    void failedMoveKeepsEverything();
    void environmentLocksTheChoice();

private:
    static QString configDir() { return qEnvironmentVariable("XDG_CONFIG_HOME"); }
};

void TestAppVault::init()
{
    qunsetenv("VKAUTH_SECRET_STORE");
    QSettings().clear();
}

void TestAppVault::cleanup()
{
    qunsetenv("VKAUTH_SECRET_STORE");
}

void TestAppVault::startAsksForThePassphraseOnce()
{
    const guitest::TempDataDir data;
    const QString token = randomSecret("vk1.a.");
    {
        ProfileStore::Options options;
        options.vault = vaultAt(data.path(), kPassphrase);
        ProfileStore store(options);
        store.load();
        const QString id = store.add(testsupport::userToken(1001, token));
        QVERIFY(testsupport::waitSaved(store, id));
    }
    qputenv("VKAUTH_SECRET_STORE", "vault");

    bool sawWrongRefused = false;
    QTimer::singleShot(0, this, [&] {
        VaultPassphraseDialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] { return (dialog = passphraseDialog()) != nullptr; }, 10000);
        if (!dialog)
            return;
        if (field<QLineEdit>(dialog, "repeatEdit")->isVisible()) { // an existing vault: asked once
            dialog->reject();
            return;
        }
        answer(dialog, QStringLiteral("not-the-passphrase"));
        auto *error = field<QLabel>(dialog, "errorLabel");
        (void)QTest::qWaitFor([&] { return error->isVisible(); }, 10000);
        sawWrongRefused = error->isVisible() && dialog->isVisible()
            && error->text().contains(QStringLiteral("does not open"))
            && field<QLineEdit>(dialog, "passphraseEdit")->hasSelectedText()
            && guitest::saveScreenshot(dialog, QStringLiteral("vault-open.png"));
        answer(dialog, kPassphrase);
    });
    std::shared_ptr<SecretVault> vault;
    QVERIFY(VaultPassphraseDialog::openForApp(Settings::load(), &vault));
    QVERIFY(sawWrongRefused);
    QVERIFY(vault);
    QCOMPARE(vault->derivations(), 2); // the wrong one, then the right one: nothing more

    gui::MainWindow window(vault);
    QCOMPARE(window.profileStore()->profiles().size(), 1);
    const auto secrets = secretsOf(window.profileStore(), window.profileStore()->profiles().first().id);
    QVERIFY(secrets);
    QVERIFY(secrets->token == token);
    QCOMPARE(vault->derivations(), 2); // reading the token did not ask or derive again
    QVERIFY(filesHolding(data.path(), token).isEmpty());
    QVERIFY(filesHolding(configDir(), kPassphrase).isEmpty());
}

void TestAppVault::newVaultTakesThePassphraseTwice()
{
    const guitest::TempDataDir data;
    qputenv("VKAUTH_SECRET_STORE", "vault");
    bool sawMismatch = false;
    QTimer::singleShot(0, this, [&] {
        VaultPassphraseDialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] { return (dialog = passphraseDialog()) != nullptr; }, 10000);
        if (!dialog)
            return;
        if (!field<QLineEdit>(dialog, "repeatEdit")->isVisible()) { // a new vault must ask twice
            dialog->reject();
            return;
        }
        answer(dialog, kPassphrase, QStringLiteral("orange-kettle-41-skx"));
        auto *error = field<QLabel>(dialog, "errorLabel");
        sawMismatch = error->isVisible() && dialog->isVisible()
            && !field<QLabel>(dialog, "strengthLabel")->text().isEmpty()
            && guitest::saveScreenshot(dialog, QStringLiteral("vault-new.png"));
        answer(dialog, kPassphrase);
    });
    std::shared_ptr<SecretVault> vault;
    QVERIFY(VaultPassphraseDialog::openForApp(Settings::load(), &vault));
    QVERIFY(sawMismatch);
    QVERIFY(vault);

    gui::MainWindow window(vault);
    const QString token = randomSecret("vk1.a.");
    const QString id = window.profileStore()->add(testsupport::userToken(2002, token));
    QVERIFY(testsupport::waitSaved(*window.profileStore(), id));
    QVERIFY(QFile::exists(ProfileStore::vaultPath(data.path())));
    QCOMPARE(keychainLookup(id), 1); // not in the keychain
    const SecretReply reply = vaultAt(data.path(), kPassphrase)->read(id); // another process's view
    QVERIFY(reply.ok());
    QVERIFY(ProfileSecrets::fromKeychainData(reply.data)->token == token);
    QVERIFY(filesHolding(data.path(), token).isEmpty());
}

void TestAppVault::settingsMoveTokensToTheVaultAndBack()
{
    const guitest::TempDataDir data;
    gui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProfileStore *store = window.profileStore();
    QMap<QString, QString> tokens;
    for (qint64 vkId : {3001, 3002}) {
        const QString token = randomSecret("vk1.a.");
        const QString id = store->add(testsupport::userToken(vkId, token));
        QVERIFY(testsupport::waitSaved(*store, id));
        QCOMPARE(keychainLookup(id), 0);
        tokens.insert(id, token);
    }

    // Keychain → vault: a new vault, so its passphrase is chosen first.
    window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    gui::SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = window.findChild<gui::SettingsDialog *>()) && settings->isVisible());
    auto *vaultRadio = field<QRadioButton>(settings, "vaultRadio");
    QVERIFY(vaultRadio->isEnabled());
    vaultRadio->click();
    QTRY_VERIFY(field<QLabel>(settings, "secretStoreNote")->text().contains(QStringLiteral("2 profile")));
    QVERIFY(guitest::saveScreenshot(settings, QStringLiteral("settings-tokens.png")));
    QTimer::singleShot(0, this, [&] {
        VaultPassphraseDialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] { return (dialog = passphraseDialog()) != nullptr; }, 10000);
        if (dialog)
            answer(dialog, kPassphrase);
    });
    field<QDialogButtonBox>(settings, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<gui::SettingsDialog *>(), 20000);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Moved 2 profile")));
    QCOMPARE(Settings::load().secretStore, SecretBackend::Vault);
    QCOMPARE(store->secrets()->backend(), SecretBackend::Vault);
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
        QCOMPARE(store->profile(it.key())->secretStore, SecretBackend::Vault);
        QCOMPARE(keychainLookup(it.key()), 1); // gone from the keychain
        const SecretReply reply = vaultAt(data.path(), kPassphrase)->read(it.key());
        QVERIFY(reply.ok());
        QVERIFY(ProfileSecrets::fromKeychainData(reply.data)->token == it.value());
        QVERIFY(secretsOf(store, it.key())->token == it.value()); // the app reads it from the vault now
    }

    // And back: the vault is open already, so nothing is asked.
    window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    QTRY_VERIFY((settings = window.findChild<gui::SettingsDialog *>()) && settings->isVisible());
    QVERIFY(field<QRadioButton>(settings, "vaultRadio")->isChecked());
    field<QRadioButton>(settings, "keychainRadio")->click();
    field<QDialogButtonBox>(settings, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<gui::SettingsDialog *>(), 20000);
    QVERIFY(!passphraseDialog());
    QCOMPARE(Settings::load().secretStore, SecretBackend::Keychain);
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
        QCOMPARE(store->profile(it.key())->secretStore, SecretBackend::Keychain);
        QCOMPARE(keychainLookup(it.key()), 0);
        QCOMPARE(vaultAt(data.path(), kPassphrase)->read(it.key()).error->code, SecretErrorCode::NotFound);
        QVERIFY(secretsOf(store, it.key())->token == it.value());
        QVERIFY(filesHolding(data.path(), it.value()).isEmpty());
        QVERIFY(filesHolding(configDir(), it.value()).isEmpty());
    }
    QVERIFY(filesHolding(configDir(), kPassphrase).isEmpty());
    for (const QString &id : tokens.keys())
        store->remove(id, nullptr, {});
}

void TestAppVault::failedMoveKeepsEverything()
{
    const guitest::TempDataDir data;
    gui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProfileStore *store = window.profileStore();
    const QString token = randomSecret("vk1.a.");
    const QString id = store->add(testsupport::userToken(4001, token));
    QVERIFY(testsupport::waitSaved(*store, id));
    // The vault cannot be written: its path is a link to nowhere, which the writer refuses.
    QVERIFY(QFile::link(data.path() + QStringLiteral("/nowhere"), ProfileStore::vaultPath(data.path())));

    window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    gui::SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = window.findChild<gui::SettingsDialog *>()) && settings->isVisible());
    field<QRadioButton>(settings, "vaultRadio")->click();
    QTimer::singleShot(0, this, [&] {
        VaultPassphraseDialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] { return (dialog = passphraseDialog()) != nullptr; }, 10000);
        if (dialog)
            answer(dialog, kPassphrase);
    });
    field<QDialogButtonBox>(settings, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    auto *error = field<QLabel>(settings, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY(error->text().startsWith(QStringLiteral("Nothing was moved")));
    QVERIFY(settings->isVisible()); // open, to try again or cancel
    QVERIFY(field<QDialogButtonBox>(settings, "buttonBox")->isEnabled());
    QCOMPARE(store->profile(id)->secretStore, SecretBackend::Keychain);
    QCOMPARE(keychainLookup(id), 0);
    QVERIFY(secretsOf(store, id)->token == token);
    QVERIFY(!Settings::load().secretStoreChosen); // nothing saved
    QCOMPARE(store->secrets()->backend(), SecretBackend::Keychain);
    field<QDialogButtonBox>(settings, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!window.findChild<gui::SettingsDialog *>());
    store->remove(id, nullptr, {});
}

void TestAppVault::environmentLocksTheChoice()
{
    const guitest::TempDataDir data;
    qputenv("VKAUTH_SECRET_STORE", "keychain");
    gui::MainWindow window;
    gui::SettingsDialog dialog(Settings::load(), &window);
    dialog.setProfileStore(window.profileStore(), nullptr);
    dialog.show();
    QVERIFY(!field<QRadioButton>(&dialog, "vaultRadio")->isEnabled());
    QVERIFY(!field<QRadioButton>(&dialog, "keychainRadio")->isEnabled());
    QVERIFY(
        field<QLabel>(&dialog, "secretStoreNote")->text().contains(QStringLiteral("VKAUTH_SECRET_STORE")));
    // Saving other settings does not write a store choice (the CLI's vault offer stays possible).
    field<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!Settings::hasSecretStoreChoice());
}

int main(int argc, char *argv[])
{
    QTemporaryDir config; // our own settings file, not the session's
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    qputenv("LANGUAGE", "en");
    // The profile list fetches avatars with the kept tokens: no fake VK here, so the API points at a
    // closed loopback port and nothing ever reaches VK.
    qputenv("VKAUTH_API_URL", "http://127.0.0.1:1");
    QApplication app(argc, argv);
    gui::setApplicationIdentity();
    TestAppVault test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appvault.moc"
