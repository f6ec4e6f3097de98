#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "Resources.h"
#include "Scopes.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SignInSession.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>

namespace vkauth::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/vkauth.svg")));
    QFont titleFont = m_ui->emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->emptyTitle->setFont(titleFont);
    m_ui->resultTitle->setFont(titleFont);
    m_ui->emptyHint->setMaximumWidth(520);
    m_ui->emptyLayout->setAlignment(m_ui->emptyHint, Qt::AlignHCenter);
    m_ui->resultList->header()->setStretchLastSection(true);
    m_ui->resultList->setStyleSheet(QStringLiteral("QTreeView::item { padding: 4px 2px; }"));
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);

    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signInRequested);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &MainWindow::signInRequested);
    connect(m_ui->resultSignInButton, &QPushButton::clicked, this, &MainWindow::signInRequested);
    connect(this, &MainWindow::signInRequested, this, &MainWindow::openSignInDialog);
}

MainWindow::~MainWindow()
{
    delete m_session;
}

SignInSession *MainWindow::session() const
{
    return m_session;
}

void MainWindow::openSignInDialog()
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
    auto *dialog = new SignInDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { signIn(dialog->request()); });
    dialog->open();
}

void MainWindow::signIn(const SignInRequest &request)
{
    if (m_session)
        return;
    m_session = new SignInSession(request, this, this);
    setSignInEnabled(false);
    connect(m_session, &SignInSession::progress, this,
        [this](const QString &status) { statusBar()->showMessage(status); });
    connect(m_session, &SignInSession::finished, this, &MainWindow::signInFinished);
    statusBar()->showMessage(tr("Signing in…"));
    m_session->start();
}

void MainWindow::signInFinished(const AuthOutcome &outcome, const QList<AccountName> &names)
{
    m_session->deleteLater();
    m_session = nullptr;
    setSignInEnabled(true);
    if (!outcome.ok()) {
        if (outcome.error->code == AuthErrorCode::Cancelled) {
            statusBar()->showMessage(tr("Sign-in cancelled."), 10000);
            return;
        }
        statusBar()->showMessage(tr("Sign-in failed."), 10000);
        showError(*outcome.error);
        return;
    }
    m_tokens = outcome.tokens;
    m_names = names;
    showResult();
    statusBar()->showMessage(tr("Signed in."), 10000);
    Q_EMIT tokensObtained(m_tokens, m_names);
}

void MainWindow::setSignInEnabled(bool enabled)
{
    m_ui->actionSignIn->setEnabled(enabled);
    m_ui->signInButton->setEnabled(enabled);
    m_ui->resultSignInButton->setEnabled(enabled);
}

void MainWindow::showResult()
{
    const bool user = m_tokens.size() == 1 && m_tokens.first().kind == TokenKind::User;
    const QString firstName = m_names.isEmpty() ? QString() : m_names.first().name;
    if (user) {
        m_ui->resultTitle->setText(firstName.isEmpty() ? tr("Signed in as id%1").arg(m_tokens.first().vkId)
                                                       : tr("Signed in as %1").arg(firstName));
    } else {
        m_ui->resultTitle->setText(m_tokens.size() == 1
                ? tr("A token for %1").arg(firstName.isEmpty() ? tr("one community") : firstName)
                : tr("Tokens for %1 communities").arg(m_tokens.size()));
    }
    m_ui->resultHint->setText(m_tokens.size() == 1
            ? tr("VK handed the token over. It is held in memory only until it is saved to a profile.")
            : tr("VK handed the tokens over. They are held in memory only until they are saved "
                 "to a profile."));

    m_ui->resultList->clear();
    for (int i = 0; i < m_tokens.size(); ++i) {
        const ObtainedToken &t = m_tokens[i];
        const QString name = i < m_names.size() ? m_names[i].name : QString();
        const bool community = t.kind == TokenKind::Community;
        const QString expires = t.expiresIn == 0
            ? tr("never")
            : QLocale().toString(t.obtainedAt.addSecs(t.expiresIn).toLocalTime(), QLocale::ShortFormat);
        const QStringList scopes = Scopes::names(t.scope, community ? ScopeKind::Community : ScopeKind::User);
        auto *item = new QTreeWidgetItem(m_ui->resultList,
            {name.isEmpty() ? tr("(name unknown)") : name, community ? tr("Community") : tr("User"),
                QString::number(t.vkId), expires,
                scopes.isEmpty() ? tr("basic access") : scopes.join(QStringLiteral(", "))});
        item->setToolTip(4, item->text(4));
    }
    for (int column = 0; column < 4; ++column) {
        m_ui->resultList->resizeColumnToContents(column);
        m_ui->resultList->setColumnWidth(column, m_ui->resultList->columnWidth(column) + 24);
    }
    // As tall as its rows (up to a point), so a single token does not sit in an empty box.
    QTreeWidget *list = m_ui->resultList;
    const int rows = list->topLevelItemCount();
    const int rowHeight = rows > 0 ? list->visualItemRect(list->topLevelItem(0)).height() : 0;
    const int height = list->header()->sizeHint().height()
        + rows * qMax(rowHeight, list->fontMetrics().height() + 4) + 2 * list->frameWidth() + 4;
    list->setMaximumHeight(qMin(height, 360));
    m_ui->pages->setCurrentWidget(m_ui->resultPage);
}

void MainWindow::showError(const AuthError &error)
{
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Sign-in failed"), error.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("signInErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Error code: %1").arg(error.codeName()));
    if (!error.details.isEmpty())
        box->setDetailedText(error.details);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session->cancel();
        delete m_session;
    }
    QMainWindow::closeEvent(event);
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
    dialog->open();
}

} // namespace vkauth::gui
