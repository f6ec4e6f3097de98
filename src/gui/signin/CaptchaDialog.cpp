// SPDX-License-Identifier: MIT
#include "signin/CaptchaDialog.h"
#include "ui_CaptchaDialog.h"

#include "net/OAuthRedirect.h"
#include "net/WebViewProcess.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vkauth::gui {

CaptchaDialog::CaptchaDialog(Prompt *prompt, const Endpoints &endpoints, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CaptchaDialog>())
    , m_prompt(prompt)
    , m_endpoints(endpoints)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    m_ui->webContainer->hide();
    // A refused answer is said like a refused code in the two-factor dialog (issue 14).
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->attemptsLabel), m_error);
    auto *layout = new QVBoxLayout(m_ui->webContainer);
    layout->setContentsMargins(0, 0, 0, 0);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CaptchaDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CaptchaDialog::reject);
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &CaptchaDialog::updateOkButton);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] {
        if (!m_prompt)
            return;
        m_ui->refreshButton->setEnabled(false);
        m_ui->captchaImage->setText(tr("Loading a new picture…"));
        m_prompt->refreshCaptcha();
    });
    connect(prompt, &Prompt::changed, this, &CaptchaDialog::showChallenge);
    connect(prompt, &Prompt::withdrawn, this, [this] { QDialog::done(Rejected); });
    showChallenge();
    adjustSize();
}

CaptchaDialog::~CaptchaDialog()
{
    delete m_runner; // kills the helper if it is still up
}

void CaptchaDialog::showChallenge()
{
    if (!m_prompt)
        return;
    const CaptchaChallenge &c = m_prompt->captcha();
    m_ui->attemptsLabel->setText(tr("Attempt %1 of %2").arg(c.attempt).arg(c.maxAttempts));
    // A second attempt means VK refused the characters typed for the first picture.
    m_error->setText(
        c.attempt > 1 ? tr("The characters are wrong. Type the ones in the new picture.") : QString());
    m_error->setVisible(c.attempt > 1 && !c.redirectUri.isValid());
    if (c.redirectUri.isValid()) {
        showWebCheck(c.redirectUri);
        return;
    }
    QPixmap picture;
    if (!c.image.isEmpty() && picture.loadFromData(c.image)) {
        m_ui->captchaImage->setPixmap(picture);
        m_ui->captchaImage->setToolTip(tr("The picture VK sent"));
    } else {
        m_ui->captchaImage->setText(tr("The picture could not be loaded. Ask for a new one."));
    }
    m_ui->refreshButton->setEnabled(true);
    m_ui->keyEdit->clear();
    m_ui->keyEdit->setFocus(Qt::OtherFocusReason);
    updateOkButton();
}

void CaptchaDialog::showWebCheck(const QUrl &url)
{
    m_ui->promptLabel->setText(tr("VK wants to be sure you are not a robot. Complete the check on VK's "
                                  "page in the browser window; this window waits for it."));
    m_ui->imagePanel->hide();
    m_ui->keyPanel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->hide();
    if (m_runner)
        m_runner->cancel();
    delete m_runner;
    m_runner = new WebViewProcess(this);
    connect(m_runner, &PageRunner::finished, this, [this](const PageResult &result) {
        if (result.kind == PageResult::Kind::Token || result.kind == PageResult::Kind::Caught) {
            const QString token = result.kind == PageResult::Kind::Token
                ? result.successToken
                : OAuthRedirect::successToken(result.url);
            if (m_prompt && !token.isEmpty())
                m_prompt->answer(token);
            QDialog::done(token.isEmpty() ? Rejected : Accepted);
            return;
        }
        if (result.kind == PageResult::Kind::Error) {
            m_ui->promptLabel->setText(result.message);
            return; // the user reads it and cancels
        }
        if (isVisible())
            reject();
    });
    PageJob job = PageJob::forEndpoints(m_endpoints);
    job.url = url;
    job.catchSuccessToken = true;
    job.title = tr("VK: not a robot");
    job.hint = tr("Complete VK's check. The answer goes back to the sign-in by itself.");
    if (QWidget *top = parentWidget() ? parentWidget()->window() : nullptr)
        job.parentWindow = quintptr(top->winId());
    m_runner->start(job);
}

void CaptchaDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->keyEdit->text().trimmed().isEmpty());
}

void CaptchaDialog::accept()
{
    const QString key = m_ui->keyEdit->text().trimmed();
    if (key.isEmpty() || m_runner)
        return;
    if (m_prompt)
        m_prompt->answer(key);
    QDialog::accept();
}

void CaptchaDialog::done(int result)
{
    if (m_runner)
        m_runner->cancel();
    if (result != Accepted && m_prompt)
        m_prompt->cancel();
    QDialog::done(result);
}

} // namespace vkauth::gui
