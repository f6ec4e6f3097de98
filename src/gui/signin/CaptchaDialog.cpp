#include "signin/CaptchaDialog.h"
#include "ui_CaptchaDialog.h"

#include "signin/AuthWebView.h"

#include <QPushButton>
#include <QUrlQuery>
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
    delete m_web;
}

AuthWebView *CaptchaDialog::webView() const
{
    return m_web;
}

QString CaptchaDialog::successToken(const QUrl &url)
{
    for (const QString &part : {url.fragment(QUrl::FullyEncoded), url.query(QUrl::FullyEncoded)}) {
        const QUrlQuery query(part);
        const QString token = query.queryItemValue(QStringLiteral("success_token"), QUrl::FullyDecoded);
        if (!token.isEmpty())
            return token;
    }
    return {};
}

void CaptchaDialog::showChallenge()
{
    if (!m_prompt)
        return;
    const CaptchaChallenge &c = m_prompt->captcha();
    m_ui->attemptsLabel->setText(tr("Attempt %1 of %2").arg(c.attempt).arg(c.maxAttempts));
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
    m_ui->promptLabel->setText(
        tr("VK wants to be sure you are not a robot. Complete the check on VK's page below."));
    m_ui->imagePanel->hide();
    m_ui->keyPanel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->hide();
    m_ui->webContainer->show();
    if (!m_web) {
        m_web = new AuthWebView(
            m_endpoints, [](const QUrl &u) { return !successToken(u).isEmpty(); }, m_ui->webContainer);
        m_web->setMinimumSize(480, 420);
        m_ui->webContainer->layout()->addWidget(m_web);
        connect(m_web, &AuthWebView::finalUrlReached, this, [this](const QUrl &u) {
            if (m_prompt)
                m_prompt->answer(successToken(u));
            QDialog::done(Accepted);
        });
        resize(560, 640);
    }
    m_web->load(url);
}

void CaptchaDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->keyEdit->text().trimmed().isEmpty());
}

void CaptchaDialog::accept()
{
    const QString key = m_ui->keyEdit->text().trimmed();
    if (key.isEmpty() || m_web)
        return;
    if (m_prompt)
        m_prompt->answer(key);
    QDialog::accept();
}

void CaptchaDialog::done(int result)
{
    if (result != Accepted && m_prompt)
        m_prompt->cancel();
    QDialog::done(result);
}

} // namespace vkauth::gui
