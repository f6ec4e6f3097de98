// SPDX-License-Identifier: MIT
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "Resources.h"
#include "SettingsDialog.h"
#include "Version.h"
#include "auth/AppRefusal.h"
#include "auth/Prompter.h"
#include "net/NetworkContext.h"
#include "profiles/AddTokenDialog.h"
#include "profiles/Clipboard.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"
#include "signin/CommunityPicker.h"
#include "signin/GuiPrompter.h"
#include "signin/SignInDefaults.h"
#include "signin/SignInDialog.h"
#include "signin/SignInSession.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace vkauth::gui {

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(nullptr, parent)
{
}

namespace {
ProfileStore::Options storeOptions(std::shared_ptr<SecretVault> vault)
{
    ProfileStore::Options options;
    options.vault = std::move(vault);
    return options;
}
} // namespace

MainWindow::MainWindow(std::shared_ptr<SecretVault> vault, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_vault(vault)
    , m_store(new ProfileStore(storeOptions(std::move(vault)), this))
    , m_clipboard(new Clipboard(this))
{
    initResources();
    m_ui->setupUi(this);
    // PNGs rendered at build time at these sizes (VKAUTH_WINDOW_ICON_SIZES in src/gui/CMakeLists.txt):
    // no SVG drawing at start-up.
    QIcon icon;
    for (const int size : {16, 32, 64, 128})
        icon.addFile(QStringLiteral(":/windowicon/%1x%1/apps/vkauth.png").arg(size), QSize(size, size));
    setWindowIcon(icon);
    QFont titleFont = m_ui->emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->emptyTitle->setFont(titleFont);
    // Full width with centred text: a width-limited, word-wrapped label in a box layout gets too
    // little height and is cut off.
    m_ui->emptyLayout->setContentsMargins(60, 0, 60, 0);

    const ProfileStore::LoadReport report = m_store->load();
    m_profiles = new ProfilesWidget(m_store, m_clipboard, m_ui->pages);
    m_profiles->setObjectName(QStringLiteral("profilesWidget"));
    m_ui->pages->addWidget(m_profiles);
    if (!report.ok())
        m_profiles->showStoreProblem(report.message);
    applySettings();
    updatePage();
    m_ui->menuProfile->addActions(m_profiles->profileActions());
    m_ui->menuProfile->insertSeparator(m_profiles->profileActions().at(2));
    m_ui->mainToolBar->addActions({m_profiles->copyAction(), m_profiles->checkAction()});
    setUpCheckAll();
    restoreWindowState();

    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // The README's sections are the documentation; problems go to the project's issue tracker.
    connect(m_ui->actionDocumentation, &QAction::triggered, this, [] {
        QDesktopServices::openUrl(QUrl(QString::fromLatin1(kHomePageUrl) + QStringLiteral("#readme")));
    });
    connect(m_ui->actionReportBug, &QAction::triggered, this, [] {
        QDesktopServices::openUrl(QUrl(QString::fromLatin1(kHomePageUrl) + QStringLiteral("/issues")));
    });
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signInRequested);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &MainWindow::signInRequested);
    connect(this, &MainWindow::signInRequested, this, &MainWindow::openSignInDialog);
    // A token from another tool: File menu, after Sign in, and a second way out of the empty state.
    auto *addToken = new QAction(tr("&Add a Token You Have…"), this);
    addToken->setObjectName(QStringLiteral("actionAddToken"));
    addToken->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_ui->menuFile->insertAction(m_ui->actionExport, addToken);
    m_ui->menuFile->insertSeparator(m_ui->actionExport);
    connect(addToken, &QAction::triggered, this, &MainWindow::openAddTokenDialog);
    auto *addTokenButton = new QPushButton(tr("Add a &Token You Have…"), m_ui->emptyPage);
    addTokenButton->setObjectName(QStringLiteral("addTokenButton"));
    m_ui->emptyButtons->insertWidget(m_ui->emptyButtons->indexOf(m_ui->signInButton) + 1, addTokenButton);
    connect(addTokenButton, &QPushButton::clicked, this, &MainWindow::openAddTokenDialog);
    connect(m_ui->actionExport, &QAction::triggered, this, [this] {
        connect(ExportDialog::openFor(m_store, this), &ExportDialog::exported, this,
            [this](const QString &path, int count) {
                statusBar()->showMessage(tr("Exported %n profile(s) to \"%1\".", nullptr, count)
                                             .arg(QDir::toNativeSeparators(path)),
                    15000);
            });
    });
    connect(m_ui->actionImport, &QAction::triggered, this, [this] {
        auto *dialog = ImportDialog::openFor(m_store, this);
        // What the import did, where the list is (issue 14: "5 imported, 2 skipped").
        connect(dialog, &ImportDialog::imported, this, [this](const ImportSummary &summary) {
            statusBar()->showMessage(ImportDialog::summaryText(summary), 15000);
            if (!summary.ids.isEmpty())
                m_profiles->selectProfile(summary.ids.first());
        });
    });
    connect(m_ui->actionFind, &QAction::triggered, m_profiles, &ProfilesWidget::focusSearch);
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::updatePage);
    connect(m_profiles, &ProfilesWidget::signInAgainRequested, this, &MainWindow::openSignInDialogFor);
    connect(m_profiles, &ProfilesWidget::verifyRequested, this, &MainWindow::verifyProfile);
    connect(m_profiles, &ProfilesWidget::solveRequested, this, &MainWindow::solveCaptcha);
    connect(
        m_profiles, &ProfilesWidget::signInWithAnotherAppRequested, this, &MainWindow::signInWithAnotherApp);
    connect(m_profiles, &ProfilesWidget::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_clipboard, &Clipboard::countdownChanged, this, &MainWindow::showCountdown);
    connect(m_clipboard, &Clipboard::cleared, this,
        [this] { statusBar()->showMessage(tr("The copied token was cleared from the clipboard."), 8000); });
    connect(m_clipboard, &Clipboard::abandoned, statusBar(), &QStatusBar::clearMessage);
}

MainWindow::~MainWindow()
{
    delete m_session;
}

SignInSession *MainWindow::session() const
{
    return m_session;
}

void MainWindow::applySettings()
{
    const Settings settings = Settings::load();
    m_clipboard->setClearAfterSeconds(settings.clipboardClearSeconds);
    m_profiles->setNetworkContext(NetworkContext::fromSettings(settings));
}

void MainWindow::updatePage()
{
    const bool empty = m_store->count() == 0;
    m_ui->pages->setCurrentWidget(empty ? m_ui->emptyPage : static_cast<QWidget *>(m_profiles));
    m_ui->actionExport->setEnabled(!empty);
    m_ui->actionFind->setEnabled(!empty);
}

void MainWindow::showCountdown(int remainingSeconds)
{
    if (remainingSeconds > 0)
        statusBar()->showMessage(
            tr("Token copied. The clipboard is cleared in %n s.", nullptr, remainingSeconds));
}

void MainWindow::openSignInDialog()
{
    showSignInDialog(defaultSignInRequest(Settings::load()));
}

void MainWindow::openAddTokenDialog()
{
    if (auto *open = findChild<AddTokenDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new AddTokenDialog(m_store, NetworkContext::fromSettings(Settings::load()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddTokenDialog::added, this, [this](const QStringList &ids, const QString &summary) {
        statusBar()->showMessage(summary, 15000);
        if (!ids.isEmpty())
            m_profiles->selectProfile(ids.first());
    });
    dialog->open();
}

void MainWindow::openSignInDialogFor(const Profile &profile)
{
    showSignInDialog(signInRequestFor(profile, Settings::load()));
}

void MainWindow::showSignInDialog(const SignInRequest &prefill)
{
    if (m_session)
        return;
    for (auto *open : findChildren<SignInDialog *>()) {
        if (open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    if (m_signInForm)
        m_signInForm->deleteLater(); // a form kept after a failure, closed meanwhile
    auto *dialog = new SignInDialog(this);
    dialog->setRequest(prefill);
    connect(dialog, &QDialog::accepted, this, [this, dialog, prefill] {
        SignInRequest request = dialog->request();
        // SignIn decides whether the profile's trusted hash fits the login that was typed.
        request.trustedProfileId = prefill.trustedProfileId;
        // Accepting hid the form; it stays alive (with what was typed) until the sign-in succeeds.
        m_signInForm = dialog;
        signIn(request);
    });
    connect(dialog, &QDialog::rejected, dialog, &QObject::deleteLater);
    dialog->open();
}

void MainWindow::signIn(const SignInRequest &request)
{
    if (m_session)
        return;
    m_session = new SignInSession(request, this, this);
    m_lastRequest = request;
    m_lastRequest.password.clear();
    m_session->setProfileStore(m_store);
    setSignInEnabled(false);
    connect(m_session, &SignInSession::progress, this,
        [this](const QString &status) { statusBar()->showMessage(status); });
    connect(m_session, &SignInSession::finished, this, &MainWindow::signInFinished);
    statusBar()->showMessage(tr("Signing in…"));
    m_session->start();
}

void MainWindow::signInFinished(const SignInResult &result)
{
    m_session->deleteLater();
    m_session = nullptr;
    setSignInEnabled(true);
    const QString verified = std::exchange(m_verifying, QString());
    const QPointer<SignInDialog> form = std::exchange(m_signInForm, nullptr);
    const AuthOutcome &outcome = result.outcome;
    if (!outcome.ok()) {
        if (outcome.error->code == AuthErrorCode::Cancelled) {
            if (form)
                form->deleteLater();
            statusBar()->showMessage(tr("Sign-in cancelled."), 10000);
            return;
        }
        statusBar()->showMessage(tr("Sign-in failed."), 10000);
        if (form) {
            // The form again, as it was typed, with the error on top (issue 14: nothing to retype).
            form->showFailure(*outcome.error, result.suggestedApp);
            form->open();
        } else {
            showError(*outcome.error, result.suggestedApp);
        }
        return;
    }
    if (form)
        form->deleteLater();
    rememberVkIdApp(m_lastRequest);
    reportPartialGrant(result);
    if (!verified.isEmpty() && outcome.tokens.isEmpty()) {
        // VK took the check and handed nothing new: the kept token should work again; see that it does.
        statusBar()->showMessage(tr("VK accepted the check."), 10000);
        m_profiles->selectProfile(verified);
        m_profiles->checkToken();
        return;
    }
    if (!result.profileIds.isEmpty()) {
        m_profiles->selectProfile(result.profileIds.first());
        m_profiles->setFocus(Qt::OtherFocusReason);
    }
    statusBar()->showMessage(tr("Signed in."), 10000);
    offerCommunityTokens(outcome.tokens);
    Q_EMIT tokensObtained(outcome.tokens, result.names, result.profileIds);
}

// A user token with the groups permission can list the communities the account administers: offer
// their tokens next (issue 14), through the community sign-in with the same app.
void MainWindow::offerCommunityTokens(const QList<ObtainedToken> &tokens)
{
    constexpr quint32 kGroups = 262144;
    const auto user = std::find_if(tokens.cbegin(), tokens.cend(),
        [](const ObtainedToken &t) { return t.kind == TokenKind::User && (t.scope & kGroups); });
    if (user == tokens.cend() || m_lastRequest.method == SignInRequest::Method::VerificationLink
        || m_lastRequest.method == SignInRequest::Method::VkId)
        return;
    SignInRequest next = m_lastRequest;
    CommunityPicker::offer(user->token, NetworkContext::fromSettings(Settings::load()), this,
        [this, next](const QList<qint64> &ids) mutable {
            next.method = SignInRequest::Method::BrowserCommunity;
            next.groupIds = ids;
            next.scope = 4096; // messages: what a community bot needs first; the form shows the rest
            next.trustedProfileId.clear();
            showSignInDialog(next);
        });
}

void MainWindow::setSignInEnabled(bool enabled)
{
    m_ui->actionSignIn->setEnabled(enabled);
    m_ui->signInButton->setEnabled(enabled);
}

void MainWindow::verifyProfile(const Profile &profile, const QUrl &redirectUri)
{
    if (m_session)
        return;
    SignInRequest request = signInRequestFor(profile, Settings::load());
    request.method = SignInRequest::Method::VerificationLink;
    request.verificationLink = redirectUri;
    request.trustedProfileId.clear();
    m_verifying = profile.id;
    signIn(request);
}

// VK grants a community token only for communities the account administers, and its page lets the
// user untick some: say so instead of leaving it to be noticed in the list (issue 14).
void MainWindow::reportPartialGrant(const SignInResult &result)
{
    if (m_lastRequest.method != SignInRequest::Method::BrowserCommunity || m_lastRequest.groupIds.isEmpty())
        return;
    QStringList missing;
    for (const qint64 id : std::as_const(m_lastRequest.groupIds)) {
        const bool granted = std::any_of(result.outcome.tokens.cbegin(), result.outcome.tokens.cend(),
            [id](const ObtainedToken &t) { return t.kind == TokenKind::Community && t.vkId == id; });
        if (!granted)
            missing << QStringLiteral("club%1").arg(id);
    }
    if (missing.isEmpty())
        return;
    const int asked = int(m_lastRequest.groupIds.size());
    const QString summary
        = tr("VK granted tokens for %1 of %n communities.", nullptr, asked).arg(asked - missing.size());
    statusBar()->showMessage(summary, 10000);
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Some communities were not granted"), summary, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("partialGrantBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Not granted: %1. VK gives community tokens only to their administrators, "
                               "and only for the communities left ticked on its page.")
                                .arg(missing.join(QStringLiteral(", "))));
    box->open();
}

// VK's "not robot" page for a kept token (API error 14): shown as in a sign-in, then the token is
// checked again.
void MainWindow::solveCaptcha(const Profile &profile, const QUrl &redirectUri)
{
    CaptchaChallenge challenge;
    challenge.redirectUri = redirectUri;
    challenge.maxAttempts = 1;
    auto *prompt = new Prompt(challenge, this);
    const QString id = profile.id;
    connect(prompt, &Prompt::answered, this, [this, prompt, id] {
        prompt->deleteLater();
        statusBar()->showMessage(tr("VK accepted the check."), 10000);
        m_profiles->selectProfile(id);
        m_profiles->checkToken();
    });
    connect(prompt, &Prompt::cancelled, prompt, &QObject::deleteLater);
    GuiPrompter(NetworkContext::fromSettings(Settings::load()).endpoints, this).ask(prompt);
}

// VK wants this app's tokens confirmed (API error 25): the sign-in form with an app that grants the
// profile's permissions, and the account's login filled in.
void MainWindow::signInWithAnotherApp(const Profile &profile)
{
    SignInRequest request = signInRequestFor(profile, Settings::load());
    if (const auto other = AppRefusal::suggestion(request.app, profile.scope, false)) {
        request.app = *other;
        request.method
            = request.app.directLogin ? SignInRequest::Method::Password : SignInRequest::Method::BrowserUser;
        request.trustedProfileId.clear();
    }
    showSignInDialog(request);
}

void MainWindow::setUpCheckAll()
{
    QAction *checkAll = m_profiles->checkAllAction();
    m_ui->menuProfile->insertAction(m_ui->menuProfile->actions().at(2), checkAll); // before the separator
    m_ui->mainToolBar->addAction(checkAll);
    m_checkAllProgress = new QProgressBar(this);
    m_checkAllProgress->setObjectName(QStringLiteral("checkAllProgress"));
    m_checkAllProgress->setMaximumWidth(160);
    m_checkAllProgress->setFormat(tr("%v of %m"));
    m_checkAllProgress->hide();
    m_checkAllCancel = new QPushButton(tr("Cancel"), this);
    m_checkAllCancel->setObjectName(QStringLiteral("checkAllCancelButton"));
    m_checkAllCancel->setToolTip(tr("Stop checking the tokens"));
    m_checkAllCancel->hide();
    statusBar()->addPermanentWidget(m_checkAllProgress);
    statusBar()->addPermanentWidget(m_checkAllCancel);
    connect(m_checkAllCancel, &QPushButton::clicked, m_profiles, &ProfilesWidget::cancelCheckAll);
    connect(m_profiles, &ProfilesWidget::checkAllProgress, this, [this](int done, int total) {
        m_checkAllProgress->setRange(0, total);
        m_checkAllProgress->setValue(done);
        m_checkAllProgress->show();
        m_checkAllCancel->show();
        statusBar()->showMessage(tr("Checking the tokens…"));
    });
    connect(
        m_profiles, &ProfilesWidget::checkAllFinished, this, [this](const QString &summary, bool cancelled) {
            m_checkAllProgress->hide();
            m_checkAllCancel->hide();
            statusBar()->showMessage(cancelled ? tr("Check cancelled: %1").arg(summary) : summary, 30000);
        });
}

void MainWindow::showError(const AuthError &error, const std::optional<AppCredentials> &suggested)
{
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Sign-in failed"), error.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("signInErrorBox"));
    if (suggested) {
        // One click: the form again, as it was, with the suggested app.
        QPushButton *use = box->addButton(tr("Use %1").arg(suggested->displayName), QMessageBox::AcceptRole);
        use->setObjectName(QStringLiteral("useSuggestedAppButton"));
        SignInRequest retry = m_lastRequest;
        retry.app = *suggested;
        connect(use, &QPushButton::clicked, this, [this, retry] { showSignInDialog(retry); });
    }
    box->setTextFormat(Qt::PlainText); // the server's words and names are never markup
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Error code: %1").arg(error.codeName()));
    if (!error.details.isEmpty())
        box->setDetailedText(error.details);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A token the keychain did not take exists only in this process: quitting loses it.
    int unsaved = 0;
    for (const Profile &p : m_store->profiles()) {
        if (m_store->secretState(p.id) != ProfileStore::SecretState::Saved)
            ++unsaved;
    }
    if (unsaved > 0) {
        QMessageBox box(QMessageBox::Warning, tr("Quit VK Auth?"),
            tr("%n token(s) could not be saved in the system keychain and exist only in this window. "
               "Quitting now loses them; copy them first, or retry saving.",
                nullptr, unsaved),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("quitUnsavedConfirmation"));
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Cancel);
        box.button(QMessageBox::Yes)->setText(tr("Quit anyway"));
        if (box.exec() != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session->cancel();
        delete m_session;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplitterKey = QStringLiteral("window/splitter");
} // namespace

// Where the window was, fitted to the screen it is on now (a smaller screen, a higher scale: the
// saved or the default size may not fit).
void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_profiles->restoreSplitterState(settings.value(kSplitterKey).toByteArray());
    const QScreen *screen = QGuiApplication::screenAt(geometry().center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - geometry().size();
    QRect fitted(geometry().topLeft(),
        geometry().size().boundedTo(available.size() - frameExtra).expandedTo(minimumSizeHint()));
    fitted.moveLeft(qBound(available.left(), fitted.left(), available.right() - fitted.width()));
    fitted.moveTop(qBound(available.top(), fitted.top(), available.bottom() - fitted.height()));
    setGeometry(fitted);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_profiles->saveSplitterState());
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(Settings::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfileStore(m_store, m_vault);
    connect(dialog, &SettingsDialog::settingsSaved, this, &MainWindow::applySettings);
    connect(dialog, &SettingsDialog::secretStoreMoved, this,
        [this](const std::shared_ptr<SecretVault> &vault, const QString &message) {
            if (vault)
                m_vault = vault;
            statusBar()->showMessage(message, 10000);
        });
    dialog->open();
}

} // namespace vkauth::gui
