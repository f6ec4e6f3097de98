#include "signin/BrowserDialog.h"
#include "ui_BrowserDialog.h"

#include "signin/AuthWebView.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcBrowserDialog, "vkauth.gui.browser")

namespace vkauth::gui {

BrowserDialog::BrowserDialog(const ImplicitFlowOptions &options, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BrowserDialog>())
    , m_options(options)
    , m_login(login)
{
    m_ui->setupUi(this);
    m_ui->hintLabel->setText(options.groupIds.isEmpty()
            ? tr("Sign in on VK's page and allow access. The token is caught when VK hands it "
                 "over; the page with it is never shown.")
            : tr("Sign in on VK's page and allow access for the communities (%1). The tokens "
                 "are caught when VK hands them over; the page with them is never shown.")
                  .arg(options.groupIds.size()));
    m_ui->statusLabel->setText(tr("Opening VK…"));
    auto *layout = new QVBoxLayout(m_ui->webContainer);
    layout->setContentsMargins(0, 0, 0, 0);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

BrowserDialog::~BrowserDialog()
{
    // Delete the web view (page, then profile) while the dialog is still whole.
    delete m_web;
}

void BrowserDialog::start()
{
    if (m_web)
        return;
    m_web = new AuthWebView(
        m_options.endpoints,
        [options = m_options](const QUrl &url) { return ImplicitFlow::isFinalRedirect(url, options); },
        m_ui->webContainer);
    m_ui->webContainer->layout()->addWidget(m_web);
    connect(m_web, &AuthWebView::finalUrlReached, this,
        [this](const QUrl &url) { finish(ImplicitFlow::parseRedirect(url, m_options)); });
    connect(m_web, &AuthWebView::loadFailed, m_ui->statusLabel, &QLabel::setText);
    connect(m_web, &AuthWebView::loadSucceeded, this, [this] {
        m_ui->statusLabel->clear();
        prefillLogin();
    });
    qCInfo(lcBrowserDialog) << "opening the authorize page"
                            << (m_options.groupIds.isEmpty() ? "(user)" : "(communities)");
    m_web->load(ImplicitFlow::authorizeUrl(m_options));
}

AuthWebView *BrowserDialog::webView() const
{
    return m_web;
}

void BrowserDialog::prefillLogin()
{
    if (m_login.isEmpty() || !m_web)
        return;
    // Fills the login box of VK's form if it is there and still empty; the value goes in as a JSON string.
    const QString login = QString::fromUtf8(
        QJsonDocument::fromVariant(QVariantList {m_login}).toJson(QJsonDocument::Compact));
    m_web->page()->runJavaScript(
        QStringLiteral("(function(v){var e=document.querySelector('input[name=email],input[name=login],"
                       "input[name=phone],input[type=email]');if(e&&!e.value){e.value=v;"
                       "e.dispatchEvent(new Event('input',{bubbles:true}));}})(%1[0]);")
            .arg(login));
}

void BrowserDialog::finish(const AuthOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(outcome);
    QDialog::done(outcome.ok() ? Accepted : Rejected);
}

void BrowserDialog::done(int result)
{
    if (!m_finished && result != Accepted) {
        finish(AuthOutcome::failure(AuthErrorCode::Cancelled));
        return;
    }
    QDialog::done(result);
}

} // namespace vkauth::gui
