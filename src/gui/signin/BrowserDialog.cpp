#include "signin/BrowserDialog.h"
#include "ui_BrowserDialog.h"

#include "net/WebViewProcess.h"

#include <QLoggingCategory>
#include <QPushButton>

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
    m_ui->statusLabel->setText(tr("Waiting for the browser window…"));
    m_ui->webContainer->hide();
    resize(460, 10);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

BrowserDialog::~BrowserDialog()
{
    delete m_runner; // kills the helper if it is still up
}

void BrowserDialog::start()
{
    if (m_runner)
        return;
    m_runner = new WebViewProcess(this);
    connect(m_runner, &PageRunner::finished, this, &BrowserDialog::pageEnded);
    PageJob job = PageJob::forEndpoints(m_options.endpoints);
    job.url = ImplicitFlow::authorizeUrl(m_options);
    job.catchUrls = PageJob::blankPages(m_options.endpoints);
    job.login = m_login;
    job.title = tr("Sign in to VK");
    job.hint = m_ui->hintLabel->text();
    if (QWidget *top = parentWidget() ? parentWidget()->window() : nullptr)
        job.parentWindow = quintptr(top->winId());
    qCInfo(lcBrowserDialog) << "opening the authorize page"
                            << (m_options.groupIds.isEmpty() ? "(user)" : "(communities)");
    m_runner->start(job);
}

void BrowserDialog::pageEnded(const PageResult &result)
{
    switch (result.kind) {
    case PageResult::Kind::Caught:
        finish(ImplicitFlow::parseRedirect(result.url, m_options));
        break;
    case PageResult::Kind::Error: {
        AuthError error = AuthError::make(AuthErrorCode::AuthorizationFailed);
        error.message = result.message;
        finish(AuthOutcome::failure(error));
        break;
    }
    case PageResult::Kind::Token:
    case PageResult::Kind::Closed:
        finish(AuthOutcome::failure(AuthErrorCode::Cancelled));
        break;
    }
}

void BrowserDialog::finish(const AuthOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_runner)
        m_runner->cancel();
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
