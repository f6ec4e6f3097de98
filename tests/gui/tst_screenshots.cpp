// SPDX-License-Identifier: MIT
// The README's pictures of issue 14's points, in English and Russian (issue 14: "screenshots ... in
// English and Russian"): the main window with its toolbar, badges, communities under their account and
// the masked token; the sign-in form with its visible methods; the import preview; the community
// picker. Each is taken with the language installed as the app installs it (Translations::install),
// and in Russian every visible label, button and heading must read Russian: two Latin words in a row
// that are not a name (a profile's, an app's, VK's) fail the test, so a screenshot never shows
// untranslated text unnoticed. VKAUTH_UPDATE_SCREENSHOTS=1 writes them to docs/screenshots.
#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "ProfileStoreHelpers.h"
#include "Translations.h"
#include "auth/Scopes.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"
#include "profiles/TokenChecker.h"
#include "signin/CommunityPicker.h"
#include "signin/SignInDialog.h"
#include "transfer/ExportFile.h"
#include "transfer/ExportFormats.h"
#include "transfer/ImportDialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

using namespace vkauth;
using namespace vkauth::gui;

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void cleanupTestCase();
    void mainWindow_data() { languages(); }
    void mainWindow();
    void signInForm_data() { languages(); }
    void signInForm();
    void importPreview_data() { languages(); }
    void importPreview();
    void communityPicker_data() { languages(); }
    void communityPicker();

private:
    static void languages();
    // Installs the row's language; the picture's file name for it.
    QString begin(const QString &name);
    // In Russian: the visible texts that still read English (empty in English).
    QStringList untranslated(QWidget *root) const;
    QString addProfile(
        qint64 vkId, TokenKind kind, const QString &name, qint64 expiresIn, qint64 ownerId = 0);

    QString m_language;
    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<guitest::TempDataDir> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestScreenshots::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestScreenshots::init()
{
    // The list asks VK for avatars with each profile's token: the loopback fake answers, never VK.
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment();
    m_data = std::make_unique<guitest::TempDataDir>();
}

void TestScreenshots::cleanup()
{
    if (m_window) {
        for (const Profile &p : m_window->profileStore()->profiles())
            m_window->profileStore()->remove(p.id, nullptr, {});
    }
    m_window.reset();
    m_data.reset();
    m_fake.reset();
}

void TestScreenshots::cleanupTestCase()
{
    Translations::install(QStringLiteral("en"));
}

QString TestScreenshots::begin(const QString &name)
{
    QFETCH(QString, language);
    m_language = language;
    Translations::install(language);
    return language == u"en" ? name + QStringLiteral(".png") : name + QStringLiteral("-ru.png");
}

QStringList TestScreenshots::untranslated(QWidget *root) const
{
    if (m_language == u"en")
        return {};
    // Names stay as they are: people's and communities', apps', VK's own words and the sample values.
    static const QRegularExpression names(
        QStringLiteral("Ivan Petrov|Maria Ivanova|Cats of Moscow|Dogs of Kazan|VK for Android|Kate Mobile|VK "
                       "I[Dd]|VK Auth|"
                       "User-Agent|ivan\\.petrov@example\\.org|vk\\.ru|vk\\.com|https?://\\S+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression twoWords(QStringLiteral("[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}"));
    // VK's permission names are VK's words too ("messages, offline").
    QStringList scopeNames;
    for (const ScopeKind kind : {ScopeKind::User, ScopeKind::Community}) {
        for (const auto &scope : Scopes::table(kind))
            scopeNames << QStringLiteral("\\b%1\\b").arg(QString::fromLatin1(scope.name));
    }
    const QRegularExpression scopes(scopeNames.join(u'|'));
    QStringList found;
    const auto check = [&](const QString &text) {
        QString rest = text;
        rest.remove(u'&').remove(names).remove(scopes);
        if (twoWords.match(rest).hasMatch())
            found << text;
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            check(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            check(box->title());
    }
    check(root->windowTitle());
    return found;
}

QString TestScreenshots::addProfile(
    qint64 vkId, TokenKind kind, const QString &name, qint64 expiresIn, qint64 ownerId)
{
    ObtainedToken t;
    t.kind = kind;
    t.vkId = vkId;
    t.scope = kind == TokenKind::User ? 4096 | 65536 : 4096;
    t.token = QStringLiteral("vk1.a.SCREENSHOT%1abcd").arg(vkId);
    t.obtainedAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn < 0 ? -2 * 86400 : 0);
    t.expiresIn = expiresIn < 0 ? 86400 : expiresIn;
    t.app = *AppCredentials::byKey(QStringLiteral("kateMobile"));
    const QString id = m_window->profileStore()->add(t, name, ownerId);
    return testsupport::waitSaved(*m_window->profileStore(), id) ? id : QString();
}

void TestScreenshots::mainWindow()
{
    const QString file = begin(QStringLiteral("overview-mainwindow"));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(960, 560);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QString ivan = addProfile(1001, TokenKind::User, QStringLiteral("Ivan Petrov"), 0);
    QVERIFY(!addProfile(11, TokenKind::Community, QStringLiteral("Cats of Moscow"), 0, 1001).isEmpty());
    QVERIFY(!addProfile(22, TokenKind::Community, QStringLiteral("Dogs of Kazan"), 0, 1001).isEmpty());
    QVERIFY(!addProfile(1002, TokenKind::User, QStringLiteral("Maria Ivanova"), -1).isEmpty()); // expired
    const QString soon = addProfile(1003, TokenKind::User, QStringLiteral("Ivan Petrov"), 2 * 86400);
    QVERIFY(!ivan.isEmpty() && !soon.isEmpty());
    CheckResult questioned;
    questioned.status = CheckStatus::NeedsAction;
    questioned.reason = QStringLiteral("validation_required");
    questioned.message = QStringLiteral("VK wants to verify the account.");
    questioned.checkedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_window->profileStore()->recordCheck(soon, questioned));
    m_window->profilesWidget()->selectProfile(ivan);
    QTRY_COMPARE(m_window->profilesWidget()->currentProfileId(), ivan);
    const QStringList english = untranslated(m_window.get());
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));
    QVERIFY(guitest::saveScreenshot(m_window.get(), file));
}

void TestScreenshots::signInForm()
{
    const QString file = begin(QStringLiteral("overview-signin"));
    SignInDialog form;
    SignInRequest r;
    r.app = *AppCredentials::byKey(QStringLiteral("kateMobile"));
    r.method = SignInRequest::Method::BrowserUser;
    r.scope = 4096 | 65536;
    r.login = QStringLiteral("ivan.petrov@example.org");
    form.setRequest(r);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const QStringList english = untranslated(&form);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));
    QVERIFY(guitest::saveScreenshot(&form, file));
}

void TestScreenshots::importPreview()
{
    const QString file = begin(QStringLiteral("overview-import-preview"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(!addProfile(1001, TokenKind::User, QStringLiteral("Ivan Petrov"), 0).isEmpty());
    QList<TransferEntry> entries;
    const QList<std::pair<qint64, QString>> people {{1001, QStringLiteral("Ivan Petrov")},
        {1002, QStringLiteral("Maria Ivanova")}, {11, QStringLiteral("Cats of Moscow")}};
    for (const auto &[vkId, name] : people) {
        Profile p;
        p.kind = vkId > 1000 ? TokenKind::User : TokenKind::Community;
        p.vkId = vkId;
        p.appKey = QStringLiteral("kateMobile");
        p.appClientId = AppCredentials::byKey(p.appKey)->clientId;
        p.appName = AppCredentials::byKey(p.appKey)->displayName;
        p.id = Profile::makeId(p.kind, p.vkId, p.appClientId);
        p.name = name;
        entries << TransferEntry {p, ProfileSecrets {QStringLiteral("vk1.a.IMPORTED%1").arg(vkId), {}}};
    }
    const QString path = m_data->path() + QStringLiteral("/tokens.json");
    QVERIFY(ExportFile::write(path, ExportFormats::serialize(entries, ExportFormat::Json).value).ok());
    ImportDialog dialog(m_window->profileStore());
    dialog.resize(640, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFile(path);
    QTest::keyClick(&dialog, Qt::Key_Return); // reads the file and shows the preview
    auto *preview = dialog.findChild<QTreeWidget *>(QStringLiteral("previewList"));
    QTRY_VERIFY(preview->isVisible());
    QCOMPARE(preview->topLevelItemCount(), 3);
    const QStringList english = untranslated(&dialog);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));
    QVERIFY(guitest::saveScreenshot(&dialog, file));
}

void TestScreenshots::communityPicker()
{
    const QString file = begin(QStringLiteral("overview-community-picker"));
    CommunityPicker picker({{11, QStringLiteral("Cats of Moscow")}, {22, QStringLiteral("Dogs of Kazan")}});
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QCOMPARE(picker.findChild<QListWidget *>()->count(), 2);
    const QStringList english = untranslated(&picker);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));
    QVERIFY(guitest::saveScreenshot(&picker, file));
}

VKAUTH_GUI_TEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
