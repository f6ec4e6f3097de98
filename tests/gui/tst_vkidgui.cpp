// SPDX-License-Identifier: MIT
// VK ID in the app (issue 15): the sign-in form's "VK ID (your app)" method, through the web-view
// helper's real QtWebEngine page (the redirect caught in the view) and through the system browser
// with the loopback listener (this test plays the browser on the address the progress dialog shows);
// then, on a kept VK ID profile, Copy refreshing an expired access token, a dead refresh token shown as
// "sign in again" with the form offered for it, and Remove revoking the grant at VK ID. All against
// the loopback fake VK ID, the real keychain and real widgets.
#include "FakeVk.h"
#include "FakeVkId.h"
#include "FreePort.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "ProfileStoreHelpers.h"
#include "VkIdTestHelpers.h"
#include "WebViewDriver.h"
#include "profiles/ProfileBadge.h"
#include "profiles/ProfileModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"
#include "signin/ProgressDialog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrlQuery>

using namespace vkauth;
using namespace vkauth::gui;
using fakevk::FakeVkId;
using guitest::child;
using guitest::visibleTopLevel;
using webviewtest::step;

namespace {
const QString kClient = QStringLiteral("51234567");
constexpr qint64 kUser = 1001;

} // namespace

class TestVkIdGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void signInInTheAppsWindow();
    void signInInTheSystemBrowser();
    void copyRefreshesAnExpiredToken();
    void deadRefreshTokenMeansSignInAgain();
    void removeRevokesTheGrant();

private:
    // Opens the sign-in form, chooses VK ID, fills the app and presses the button.
    void fillVkIdForm(bool systemBrowser);
    QString seedProfile(bool expired, FakeVkId::Issued *issued);
    void select(const QString &id);
    Badge badgeOf(const QString &id) const;
    QNetworkReply *browse(const QUrl &url);

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<guitest::TempDataDir> m_data;
    std::unique_ptr<MainWindow> m_window;
    QString m_redirect;
    QNetworkAccessManager m_browser;
};

void TestVkIdGui::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment();
    fakevk::Account a;
    a.userId = kUser;
    a.login = QStringLiteral("ivan@example.org");
    a.password = QStringLiteral("correct horse");
    m_fake->addAccount(a);
    m_redirect = QStringLiteral("http://127.0.0.1:%1/vkid").arg(testsupport::freePort());
    m_fake->vkid().registerClient(kClient, {m_redirect});
    qputenv("BROWSER", "/nonexistent/browser"); // no browser comes up: the app shows the address
    m_data = std::make_unique<guitest::TempDataDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(900, 520);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestVkIdGui::cleanup()
{
    if (m_window) {
        for (const Profile &p : m_window->profileStore()->profiles())
            m_window->profileStore()->remove(p.id, nullptr, {});
    }
    m_window.reset();
    m_data.reset();
    m_fake.reset();
    qunsetenv("BROWSER");
    qunsetenv("VKAUTH_WEBVIEW_PATH");
}

void TestVkIdGui::fillVkIdForm(bool systemBrowser)
{
    QTimer::singleShot(0, this, [=, this] {
        QDialog *form = nullptr;
        QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
        guitest::chooseMethod(form, SignInRequest::Method::VkId);
        // Only what VK ID needs is shown: no password, no app list, no VK permission boxes.
        QVERIFY(!child<QLineEdit>(form, QStringLiteral("passwordEdit"))->isVisible());
        QVERIFY(!child<QComboBox>(form, QStringLiteral("appCombo"))->isVisible());
        QVERIFY(!child<QWidget>(form, QStringLiteral("scopesBox"))->isVisible());
        // Pressing the button with nothing filled names the two fields that are missing.
        auto *clientId = child<QLineEdit>(form, QStringLiteral("vkIdClientEdit"));
        clientId->clear();
        child<QLineEdit>(form, QStringLiteral("redirectEdit"))->clear();
        QTest::keyClick(clientId, Qt::Key_Return);
        QVERIFY(form->isVisible());
        QVERIFY(child<QLabel>(form, QStringLiteral("errorLabel"))
                    ->text()
                    .contains(QLatin1String("redirect URL")));
        QTest::keyClicks(clientId, kClient);
        auto *redirect = child<QLineEdit>(form, QStringLiteral("redirectEdit"));
        auto *openIn = child<QComboBox>(form, QStringLiteral("openInCombo"));
        openIn->setCurrentIndex(systemBrowser ? 1 : 0);
        if (systemBrowser) {
            // Your browser answers only to a listener here: a redirect URL elsewhere is refused.
            QTest::keyClicks(redirect, QStringLiteral("https://example.org/vkid"));
            QTest::keyClick(clientId, Qt::Key_Return);
            QVERIFY(form->isVisible());
            QVERIFY(child<QLabel>(form, QStringLiteral("errorLabel"))
                        ->text()
                        .contains(QLatin1String("127.0.0.1")));
            redirect->clear();
        }
        QTest::keyClicks(redirect, m_redirect);
        // The button names the action, in full.
        QPushButton *ok
            = child<QDialogButtonBox>(form, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->text(), QStringLiteral("Open VK ID's pa&ge"));
        QTRY_VERIFY(ok->width() >= ok->sizeHint().width());
        if (systemBrowser)
            QVERIFY(guitest::saveScreenshot(form, QStringLiteral("signin-vkid.png")));
        QTest::keyClick(clientId, Qt::Key_Return);
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
}

QString TestVkIdGui::seedProfile(bool expired, FakeVkId::Issued *issued)
{
    return testsupport::seedVkIdProfile(*m_window->profileStore(), *m_fake, kUser, kClient, expired, issued);
}

void TestVkIdGui::select(const QString &id)
{
    m_window->profilesWidget()->selectProfile(id);
    QTRY_COMPARE(m_window->profilesWidget()->currentProfileId(), id);
}

Badge TestVkIdGui::badgeOf(const QString &id) const
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("profileTree"));
    const QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ProfileModel::IdRole).toString() == id)
            return Badge(index.data(ProfileModel::BadgeRole).toInt());
    }
    return Badge::None;
}

QNetworkReply *TestVkIdGui::browse(const QUrl &url)
{
    QNetworkReply *reply = m_browser.get(QNetworkRequest(url)); // follows redirects, as a browser
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    return reply;
}

void TestVkIdGui::signInInTheAppsWindow()
{
    // VK ID's (fake) sign-in form in the helper's real web page: log in and allow.
    webviewtest::Driver driver({step(QStringLiteral("document.querySelector('#password') !== null"),
        QStringLiteral("document.querySelector('#login').value = 'ivan@example.org';"
                       "document.querySelector('#password').value = 'correct horse';"
                       "document.querySelector('#vkid_allow').click(); true"))});
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    fillVkIdForm(false);
    QVERIFY(obtained.wait(60000));
    const QList<ObtainedToken> tokens = guitest::lastTokens(obtained);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(m_fake->isValidToken(tokens.first().token));
    const QStringList ids = obtained.last().at(2).toStringList();
    QCOMPARE(ids.size(), 1);
    QTRY_VERIFY(m_window->profileStore()->secretState(ids.first()) == ProfileStore::SecretState::Saved);
    const Profile kept = *m_window->profileStore()->profile(ids.first());
    QVERIFY(kept.isVkId());
    QCOMPARE(kept.name, QStringLiteral("Ivan Petrov"));
    const auto secrets = testsupport::readNow(*m_window->profileStore(), kept.id);
    QVERIFY(secrets && m_fake->vkid().familyAlive(secrets->refreshToken));
    // The redirect URL was caught in the view, never loaded: nothing listens there, and the page's
    // authorize request carried PKCE and a long state.
    const auto asked = m_fake->requests(QStringLiteral("/authorize"));
    QVERIFY(!asked.isEmpty());
    const QUrlQuery query(asked.last().url);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("s256"));
    QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 32);
    // The list says how long the sign-in lasts, not an access token's hour.
    QCOMPARE(badgeOf(kept.id), Badge::None);
    // The next form starts from this VK ID app.
    QTimer::singleShot(0, this, [this] {
        QDialog *form = nullptr;
        QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
        QCOMPARE(guitest::methodOf(form), int(SignInRequest::Method::Password));
        guitest::chooseMethod(form, SignInRequest::Method::VkId);
        QCOMPARE(child<QLineEdit>(form, QStringLiteral("vkIdClientEdit"))->text(), kClient);
        QCOMPARE(child<QLineEdit>(form, QStringLiteral("redirectEdit"))->text(), m_redirect);
        form->reject();
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("SignInDialog")));
}

void TestVkIdGui::signInInTheSystemBrowser()
{
    m_fake->vkid().setAutoApprove(kUser);
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    fillVkIdForm(true);
    // No browser could be started ($BROWSER names none): the progress dialog shows the address.
    ProgressDialog *progress = nullptr;
    QTRY_VERIFY((progress = qobject_cast<ProgressDialog *>(
                     visibleTopLevel<QDialog>(QStringLiteral("ProgressDialog"))))
        && progress->address().isValid());
    QVERIFY(
        child<QLabel>(progress, QStringLiteral("statusLabel"))->text().contains(QLatin1String("No browser")));
    const QUrl authorize = progress->address();
    QVERIFY(guitest::saveScreenshot(progress, QStringLiteral("vkid-browser-waiting.png")));
    QCOMPARE(child<QLineEdit>(progress, QStringLiteral("addressEdit"))->text(),
        authorize.toString(QUrl::FullyEncoded));
    QTest::mouseClick(child<QPushButton>(progress, QStringLiteral("copyAddressButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), authorize.toString(QUrl::FullyEncoded));
    QCOMPARE(
        QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), m_redirect);

    // The test is the browser: VK ID answers at once and redirects to the app's listener on 127.0.0.1.
    QNetworkReply *reply = browse(authorize);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QString page = QString::fromUtf8(reply->readAll());
    QVERIFY2(page.contains(QLatin1String("You can return to VK Auth")), qPrintable(page));
    reply->deleteLater();
    QVERIFY(obtained.count() > 0 || obtained.wait(20000));
    const QStringList ids = obtained.last().at(2).toStringList();
    QCOMPARE(ids.size(), 1);
    QVERIFY(m_window->profileStore()->profile(ids.first())->isVkId());
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("ProgressDialog")));
}

void TestVkIdGui::copyRefreshesAnExpiredToken()
{
    QGuiApplication::clipboard()->clear();
    FakeVkId::Issued issued;
    const QString id = seedProfile(true, &issued);
    QVERIFY(!id.isEmpty());
    // An hour-long access token that ran out is not "Expired": it is refreshed when used.
    QCOMPARE(badgeOf(id), Badge::None);
    select(id);
    m_window->profilesWidget()->copyAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text() != QString()
            && QGuiApplication::clipboard()->text() != issued.accessToken,
        15000);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(m_fake->isValidToken(copied));
    QCOMPARE(m_fake->vkid().refreshCount(), 1);
    // The rotated refresh token is what is kept; the family lives on.
    const auto secrets = testsupport::readNow(*m_window->profileStore(), id);
    QVERIFY(secrets && secrets->refreshToken != issued.refreshToken && secrets->token == copied);
    QVERIFY(m_fake->vkid().familyAlive(secrets->refreshToken));
    // Check uses the fresh token as it is: no second refresh.
    m_window->profilesWidget()->checkAction()->trigger();
    QTRY_COMPARE(m_window->profileStore()->profile(id)->lastCheck, CheckStatus::Valid);
    QCOMPARE(m_fake->vkid().refreshCount(), 1);
}

void TestVkIdGui::deadRefreshTokenMeansSignInAgain()
{
    FakeVkId::Issued issued;
    const QString id = seedProfile(true, &issued);
    QVERIFY(!id.isEmpty());
    // The grant is revoked elsewhere (VK's settings): the whole family dies.
    QVERIFY(testsupport::revokeAtFake(m_browser, *m_fake, kClient, issued.accessToken));

    select(id);
    QGuiApplication::clipboard()->clear();
    m_window->profilesWidget()->copyAction()->trigger();
    QTRY_VERIFY(m_window->profileStore()->profile(id)->signInAgain);
    QTRY_VERIFY(child<QLabel>(m_window.get(), QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QLatin1String("sign in again")));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty()); // nothing stale handed out
    QTRY_COMPARE(badgeOf(id), Badge::Dead);
    QCOMPARE(ProfileBadge::action(Badge::Dead), ProfileBadge::tr("Sign in again"));
    // Nothing is lost: the profile and its secrets stay.
    const auto secrets = testsupport::readNow(*m_window->profileStore(), id);
    QVERIFY(secrets && secrets->refreshToken == issued.refreshToken);

    // Sign in again opens the form on VK ID with this profile's app.
    QTimer::singleShot(0, this, [this] {
        QDialog *form = nullptr;
        QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
        QCOMPARE(guitest::methodOf(form), int(SignInRequest::Method::VkId));
        QCOMPARE(child<QLineEdit>(form, QStringLiteral("vkIdClientEdit"))->text(), kClient);
        QCOMPARE(child<QLineEdit>(form, QStringLiteral("vkIdScopeEdit"))->text(),
            QStringLiteral("vkid.personal_info"));
        form->reject();
    });
    const QList<QAction *> actions = m_window->profilesWidget()->profileActions();
    QAction *again = actions.at(3);
    QVERIFY(again->isEnabled());
    again->trigger();
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("SignInDialog")));
}

void TestVkIdGui::removeRevokesTheGrant()
{
    FakeVkId::Issued issued;
    const QString id = seedProfile(false, &issued);
    QVERIFY(!id.isEmpty());
    select(id);
    QTimer::singleShot(0, this, [] {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleTopLevel<QMessageBox>(QStringLiteral("removeConfirmation"))));
        QVERIFY(box->text().contains(QLatin1String("revoked at VK ID")));
        box->button(QMessageBox::Yes)->click();
    });
    m_window->profilesWidget()->profileActions().last()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->profileStore()->profile(id).has_value(), 15000);
    QVERIFY(!m_fake->vkid().familyAlive(issued.refreshToken));
    QVERIFY(!m_fake->isValidToken(issued.accessToken));
    QCOMPARE(m_fake->vkid().revokedFamilies(), 1);
}

VKAUTH_GUI_TEST_MAIN(TestVkIdGui)
#include "tst_vkidgui.moc"
