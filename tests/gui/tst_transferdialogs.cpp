// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "profiles/ProfileStore.h"
#include "transfer/ExportDialog.h"
#include "transfer/ExportFile.h"
#include "transfer/ExportFormats.h"
#include "transfer/ImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <sys/stat.h>

#include <algorithm>

using namespace vkauth;
using namespace vkauth::gui;

namespace {

constexpr int kWaitMs = 30000;
const QString kPassphrase = QStringLiteral("orbit candle meadow fiscal");

ObtainedToken token(int i)
{
    ObtainedToken t;
    t.kind = i == 2 ? TokenKind::Community : TokenKind::User;
    t.vkId = 500 + i;
    t.token = QStringLiteral("vk1.a.GUITOKEN%1xxxxxxxxxxxxxxxx").arg(i);
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    t.scope = 2;
    t.app.key = QStringLiteral("android");
    t.app.clientId = QStringLiteral("2274003");
    t.app.displayName = QStringLiteral("VK for Android");
    return t;
}

} // namespace

// The export and import dialogs driven like a person would, over a store whose secrets are in the
// real Secret Service of scripts/test.
class TestTransferDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportAsksTwiceAndWritesAnEncryptedFile();
    void plainJsonNeedsConfirmation();
    void passphraseShownGeneratedColouredAndWeakOneWarned();
    void importAsksPassphraseAndResolvesConflicts();
    void cancellingAnImportChangesNothing();
    void previewChoosesPerProfileAndEnterDoesNotImportBlind();

private:
    std::unique_ptr<ProfileStore> newStore(int count);
    QTemporaryDir m_dir;
    int m_stores = 0;
    QString m_bundlePath;
};

void TestTransferDialogs::initTestCase()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QVERIFY(m_dir.isValid());
    m_bundlePath = m_dir.filePath(QStringLiteral("two.vkauth"));
}

std::unique_ptr<ProfileStore> TestTransferDialogs::newStore(int count)
{
    ++m_stores;
    ProfileStore::Options options;
    options.dataDir = m_dir.filePath(QStringLiteral("store%1").arg(m_stores));
    options.service
        = QStringLiteral("vkauth-test-dialogs-%1-%2").arg(QCoreApplication::applicationPid()).arg(m_stores);
    auto store = std::make_unique<ProfileStore>(options);
    store->load();
    int saved = 0;
    QObject context;
    connect(store.get(), &ProfileStore::secretStateChanged, &context,
        [&saved](const QString &, ProfileStore::SecretState s) {
            saved += s == ProfileStore::SecretState::Saved;
        });
    for (int i = 0; i < count; ++i)
        store->add(token(i), QStringLiteral("Person %1").arg(i));
    if (!QTest::qWaitFor([&] { return saved == count; }, kWaitMs))
        return nullptr;
    return store;
}

void TestTransferDialogs::exportAsksTwiceAndWritesAnEncryptedFile()
{
    auto store = newStore(3);
    QVERIFY(store);
    ExportDialog dialog(store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ok
        = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profileList"));
    auto *passphrase = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    auto *repeat = dialog.findChild<QLineEdit *>(QStringLiteral("repeatEdit"));
    auto *strength = dialog.findChild<QLabel *>(QStringLiteral("strengthLabel"));
    auto *mismatch = dialog.findChild<QLabel *>(QStringLiteral("mismatchLabel"));
    QCOMPARE(list->count(), 3);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"))->currentData().toString(),
        QStringLiteral("encrypted"));
    QVERIFY(!ok->isEnabled());

    QTest::keyClicks(passphrase, QStringLiteral("abc"));
    QCOMPARE(strength->text(), QStringLiteral("Very weak"));
    QTest::keyClicks(repeat, QStringLiteral("abd"));
    QVERIFY(mismatch->isVisible());
    QVERIFY(!ok->isEnabled());
    passphrase->clear();
    repeat->clear();
    QTest::keyClicks(passphrase, kPassphrase);
    QVERIFY2(strength->text().contains(QLatin1String("trong")), qPrintable(strength->text()));
    QTest::keyClicks(repeat, kPassphrase);
    QVERIFY(!mismatch->isVisible());

    list->item(1)->setCheckState(Qt::Unchecked);
    auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    file->setText(m_bundlePath);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.grab().save(testsupport::artifactDir() + QStringLiteral("/export-dialog.png")));

    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(exported.wait(kWaitMs));
    QCOMPARE(exported.first().at(1).toInt(), 2);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(m_bundlePath).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    const QByteArray content = ExportFile::read(m_bundlePath).value;
    QVERIFY(!content.contains("GUITOKEN"));
    QVERIFY(!content.contains("Person"));
    const auto parsed = ExportFormats::parse(content, kPassphrase);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.size(), 2);
    QCOMPARE(parsed.value.at(1).secrets.token, token(2).token);
}

// Issue 14: the passphrase can be shown or generated, the bar has colours, and a weak passphrase is
// warned before anything is written (and may still be used, on purpose).
void TestTransferDialogs::passphraseShownGeneratedColouredAndWeakOneWarned()
{
    auto store = newStore(1);
    QVERIFY(store);
    ExportDialog dialog(store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ok
        = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    auto *passphrase = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    auto *repeat = dialog.findChild<QLineEdit *>(QStringLiteral("repeatEdit"));
    auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("strengthBar"));
    const QString path = m_dir.filePath(QStringLiteral("weak.vkauth"));
    dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit"))->setText(path);
    QSignalSpy exported(&dialog, &ExportDialog::exported);

    QTest::keyClicks(passphrase, QStringLiteral("abc123"));
    QTest::keyClicks(repeat, QStringLiteral("abc123"));
    QCOMPARE(bar->property("colour").toString(), QStringLiteral("#c62828"));
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    QTest::mouseClick(ok, Qt::LeftButton);
    QMessageBox *warning = nullptr;
    QTRY_VERIFY((warning = dialog.findChild<QMessageBox *>(QStringLiteral("weakPassphraseBox"))));
    QTRY_VERIFY(warning->isVisible());
    warning->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("weakPassphraseBox")));
    QCOMPARE(exported.count(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog.isVisible());

    auto *show = dialog.findChild<QCheckBox *>(QStringLiteral("showPassphraseCheck"));
    QTest::mouseClick(show, Qt::LeftButton, {}, QPoint(8, show->height() / 2));
    QCOMPARE(passphrase->echoMode(), QLineEdit::Normal);
    QCOMPARE(repeat->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton, {}, QPoint(8, show->height() / 2));
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);

    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("generatePassphraseButton")), Qt::LeftButton);
    const QString made = passphrase->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^([a-z2-9]{5}-){5}[a-z2-9]{5}$")).match(made).hasMatch(),
        "not the generated shape");
    QVERIFY(repeat->text() == made);
    QCOMPARE(passphrase->echoMode(), QLineEdit::Normal); // shown, to be written down
    QCOMPARE(bar->property("colour").toString(), QStringLiteral("#2e7d32"));
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("generatePassphraseButton")), Qt::LeftButton);
    const QString used = passphrase->text();
    QVERIFY(used != made); // a new one each time
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(exported.wait(kWaitMs));
    QVERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("weakPassphraseBox")));
    QVERIFY(ExportFormats::parse(ExportFile::read(path).value, used).ok());
}

void TestTransferDialogs::plainJsonNeedsConfirmation()
{
    auto store = newStore(1);
    QVERIFY(store);
    ExportDialog dialog(store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ok
        = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    auto *confirm = dialog.findChild<QCheckBox *>(QStringLiteral("plainConfirm"));
    auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    format->setCurrentIndex(format->findData(QStringLiteral("json")));
    QVERIFY(file->text().endsWith(QLatin1String(".json")));
    const QString path = m_dir.filePath(QStringLiteral("plain.json"));
    file->setText(path);
    QVERIFY(!dialog.findChild<QGroupBox *>(QStringLiteral("passphraseGroup"))->isVisible());
    QVERIFY(confirm->isVisible());
    QVERIFY(!ok->isEnabled());
    confirm->setChecked(true);
    QVERIFY(ok->isEnabled());
    format->setCurrentIndex(format->findData(QStringLiteral("meta")));
    QVERIFY(!confirm->isVisible());
    format->setCurrentIndex(format->findData(QStringLiteral("json")));
    QVERIFY2(!confirm->isChecked(), "the confirmation is asked again after switching formats");
    confirm->setChecked(true);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    ok->click();
    QVERIFY(exported.wait(kWaitMs));
    QVERIFY(ExportFile::read(path).value.contains(token(0).token.toUtf8()));
}

void TestTransferDialogs::importAsksPassphraseAndResolvesConflicts()
{
    QVERIFY2(QFile::exists(m_bundlePath), "needs the file of exportAsksTwiceAndWritesAnEncryptedFile");
    auto store = newStore(1); // profile 0 is already here
    QVERIFY(store);
    ImportDialog dialog(store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ok
        = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    auto *passphrase = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    auto *read = dialog.findChild<QPushButton *>(QStringLiteral("readButton"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));

    dialog.setFile(m_dir.filePath(QStringLiteral("store1/profiles.json")));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("not a VK Auth export")), qPrintable(error->text()));

    dialog.setFile(m_bundlePath);
    QVERIFY(!error->isVisible());
    QVERIFY(passphrase->isVisible());
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(passphrase, QStringLiteral("wrong passphrase"));
    read->click(); // the key is derived on a worker thread
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWaitMs);
    QVERIFY2(error->text().contains(QLatin1String("Wrong passphrase")), qPrintable(error->text()));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(store->profiles().size(), 1);

    passphrase->clear();
    QTest::keyClicks(passphrase, kPassphrase);
    read->click();
    QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), kWaitMs);
    QVERIFY(!error->isVisible());
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().contains(QLatin1String("in the file: 2."))
            && summary->text().contains(QLatin1String("app): 1.")),
        qPrintable(summary->text()));
    QVERIFY(dialog.findChild<QGroupBox *>(QStringLiteral("conflictGroup"))->isVisible());
    dialog.findChild<QRadioButton *>(QStringLiteral("keepBothRadio"))->setChecked(true);
    QVERIFY(ok->isEnabled());
    // The preview: both profiles, the one already here with its own choice, set by the radio buttons.
    auto *preview = dialog.findChild<QTreeWidget *>(QStringLiteral("previewList"));
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->topLevelItemCount(), 2);
    QCOMPARE(preview->topLevelItem(1)->text(2), QStringLiteral("new"));
    auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("choice_0"));
    QVERIFY(choice);
    QCOMPARE(choice->currentText(), QStringLiteral("Keep both"));
    QVERIFY(dialog.grab().save(testsupport::artifactDir() + QStringLiteral("/import-dialog.png")));

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    ok->click();
    QVERIFY(imported.wait(kWaitMs));
    const auto summaryOut = imported.first().first().value<ImportSummary>();
    QCOMPARE(summaryOut.added, 2);
    QCOMPARE(summaryOut.keptBoth, 1);
    QCOMPARE(store->profiles().size(), 3);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ImportDialog::summaryText(summaryOut), QStringLiteral("2 imported."));
}

// A plain file with two profiles that are here and one new: the preview lists all three, each
// conflict has its own choice (the radio buttons only set them all), and Enter in the dialog reads
// and shows the preview before anything can be imported (issue 14: "Enter does not import blind").
void TestTransferDialogs::previewChoosesPerProfileAndEnterDoesNotImportBlind()
{
    auto store = newStore(2);
    QVERIFY(store);
    QList<TransferEntry> entries;
    for (int i = 0; i < 3; ++i) {
        const ObtainedToken t = i < 2 ? token(i) : token(7);
        Profile p;
        p.kind = t.kind;
        p.vkId = t.vkId;
        p.appKey = t.app.key;
        p.appClientId = t.app.clientId;
        p.id = Profile::makeId(p.kind, p.vkId, p.appClientId);
        p.name = QStringLiteral("Imported %1").arg(i);
        entries << TransferEntry {p, ProfileSecrets {QStringLiteral("vk1.a.IMPORTED%1").arg(i), {}}};
    }
    const QString path = m_dir.filePath(QStringLiteral("three.json"));
    QVERIFY(ExportFile::write(path, ExportFormats::serialize(entries, ExportFormat::Json).value).ok());

    ImportDialog dialog(store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.setFile(path);
    auto *preview = dialog.findChild<QTreeWidget *>(QStringLiteral("previewList"));
    QVERIFY(!preview->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Return); // reads, shows the preview, imports nothing
    QTRY_VERIFY(preview->isVisible());
    QCOMPARE(imported.count(), 0);
    QCOMPARE(store->profiles().size(), 2);
    QCOMPARE(preview->topLevelItemCount(), 3);
    auto *first = dialog.findChild<QComboBox *>(QStringLiteral("choice_0"));
    auto *second = dialog.findChild<QComboBox *>(QStringLiteral("choice_1"));
    QVERIFY(first && second);
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("choice_2")));
    QCOMPARE(first->currentText(), QStringLiteral("Skip"));
    dialog.findChild<QRadioButton *>(QStringLiteral("replaceRadio"))->setChecked(true);
    QCOMPARE(first->currentText(), QStringLiteral("Replace"));
    QCOMPARE(second->currentText(), QStringLiteral("Replace"));
    second->setCurrentIndex(second->findText(QStringLiteral("Skip"))); // one differs

    QTest::keyClick(&dialog, Qt::Key_Return); // now the preview was seen: Enter imports
    QVERIFY(imported.wait(kWaitMs));
    const auto summary = imported.first().first().value<ImportSummary>();
    QCOMPARE(summary.added, 1);
    QCOMPARE(summary.replaced, 1);
    QCOMPARE(summary.skipped, 1);
    QCOMPARE(ImportDialog::summaryText(summary), QStringLiteral("1 imported, 1 replaced, 1 skipped."));
    const QList<Profile> kept = store->profiles();
    QCOMPARE(kept.size(), 3);
    const auto replaced
        = std::find_if(kept.begin(), kept.end(), [](const Profile &p) { return p.vkId == 500; });
    const auto skipped
        = std::find_if(kept.begin(), kept.end(), [](const Profile &p) { return p.vkId == 501; });
    QVERIFY(replaced != kept.end() && skipped != kept.end());
    QCOMPARE(replaced->name, QStringLiteral("Imported 0"));
    QCOMPARE(skipped->name, QStringLiteral("Person 1"));
}

void TestTransferDialogs::cancellingAnImportChangesNothing()
{
    auto source = newStore(3);
    QVERIFY(source);
    QList<TransferEntry> many;
    for (int i = 0; i < 40; ++i) {
        Profile p;
        p.kind = TokenKind::User;
        p.vkId = 9000 + i;
        p.appKey = QStringLiteral("android");
        p.appClientId = QStringLiteral("2274003");
        p.id = Profile::makeId(p.kind, p.vkId, p.appClientId);
        p.name = QStringLiteral("Many %1").arg(i);
        many << TransferEntry {p, ProfileSecrets {QStringLiteral("vk1.a.MANY%1").arg(i), {}}};
    }
    const QString path = m_dir.filePath(QStringLiteral("many.json"));
    QVERIFY(ExportFile::write(path, ExportFormats::serialize(many, ExportFormat::Json).value).ok());
    const QList<Profile> before = source->profiles();

    ImportDialog dialog(source.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFile(path);
    dialog.findChild<QPushButton *>(QStringLiteral("readButton"))->click();
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTRY_VERIFY_WITH_TIMEOUT(buttons->button(QDialogButtonBox::Ok)->isEnabled(), kWaitMs);
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    bool cancelled = false;
    connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
        if (value == 5 && !cancelled) {
            cancelled = true;
            buttons->button(QDialogButtonBox::Cancel)->click();
        }
    });
    buttons->button(QDialogButtonBox::Ok)->click();
    QVERIFY(progress->isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWaitMs);
    QVERIFY(cancelled);
    QVERIFY2(error->text().contains(QLatin1String("Cancelled")), qPrintable(error->text()));
    QVERIFY2(dialog.isVisible(), "cancelling the import does not close the dialog");
    QCOMPARE(source->profiles().size(), before.size());
    // Every secret the import wrote was taken back.
    int pending = int(many.size());
    int found = 0;
    for (const TransferEntry &e : many) {
        source->secrets()->read(e.profile.id, nullptr, [&](const SecretReply &reply) {
            found += reply.ok();
            --pending;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(pending, 0, kWaitMs);
    QCOMPARE(found, 0);
}

QTEST_MAIN(TestTransferDialogs)
#include "tst_transferdialogs.moc"
