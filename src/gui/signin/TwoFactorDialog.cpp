// SPDX-License-Identifier: MIT
#include "signin/TwoFactorDialog.h"
#include "ui_TwoFactorDialog.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace vkauth::gui {

TwoFactorDialog::TwoFactorDialog(Prompt *prompt, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TwoFactorDialog>())
    , m_prompt(prompt)
{
    m_ui->setupUi(this);
    setStyleSheet(QStringLiteral("QLabel#errorLabel { color: #c62828; }"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Confirm"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    QFont codeFont = m_ui->codeEdit->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.4);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    m_ui->codeEdit->setFont(codeFont);

    m_countdown.setInterval(250);
    m_countdown.setTimerType(Qt::PreciseTimer);
    connect(&m_countdown, &QTimer::timeout, this, &TwoFactorDialog::tick);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TwoFactorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TwoFactorDialog::reject);
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this,
        [this] { m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(isCodeWellFormed()); });
    connect(m_ui->smsButton, &QPushButton::clicked, this, [this] {
        if (!m_prompt)
            return;
        m_smsPending = true;
        m_ui->smsButton->setEnabled(false);
        m_ui->smsCountdownLabel->setText(tr("Asking VK to send an SMS…"));
        m_prompt->requestSms();
    });
    connect(prompt, &Prompt::changed, this, [this] {
        m_smsPending = false;
        showChallenge();
    });
    connect(prompt, &Prompt::withdrawn, this, [this] { QDialog::done(Rejected); });
    showChallenge();
}

TwoFactorDialog::~TwoFactorDialog() = default;

void TwoFactorDialog::showChallenge()
{
    if (!m_prompt)
        return;
    const TwoFactorChallenge &c = m_prompt->twoFactor();
    // Our words per channel, then VK's own (e.g. "use last 4 digits from incoming call").
    QString source = whereTheCodeIs(c);
    if (!c.description.isEmpty())
        source += QStringLiteral("\n") + tr("VK says: %1").arg(c.description);
    m_ui->sourceLabel->setText(source);
    // A code length VK did not state is taken as "4 to 8 digits".
    const int length = c.codeLength > 0 ? qMin(c.codeLength, 12) : 8;
    m_minLength = c.codeLength > 0 ? length : 4;
    m_ui->codeEdit->setMaxLength(length);
    m_ui->codeEdit->setPlaceholderText(QString(length, QChar(0x00B7)));
    m_ui->codeEdit->setToolTip(
        c.codeLength > 0 ? tr("The code has %1 digits.").arg(length) : tr("The code has 4 to 8 digits."));
    m_ui->codeEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,%1}").arg(length)), m_ui->codeEdit));
    m_ui->attemptsLabel->setText(tr("Attempt %1 of %2").arg(c.attempt).arg(c.maxAttempts));
    m_ui->errorLabel->setText(c.lastError);
    m_ui->errorLabel->setVisible(!c.lastError.isEmpty());
    m_ui->smsButton->setVisible(c.smsAvailable);
    m_ui->smsButton->setText(c.channel == TwoFactorChallenge::Channel::Sms ? tr("Send the SMS &again")
                                                                           : tr("Send an &SMS instead"));
    // A little after VK's delay, so the button never opens before the flow would send.
    m_smsReadyAt
        = QDeadlineTimer(c.smsAvailable && c.smsDelaySeconds > 0 ? c.smsDelaySeconds * 1000 + 300 : 0);
    m_ui->smsCountdownLabel->setVisible(c.smsAvailable);
    showSmsState();
    if (!m_smsReadyAt.hasExpired())
        m_countdown.start();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(isCodeWellFormed());
    m_ui->codeEdit->setFocus(Qt::OtherFocusReason);
}

void TwoFactorDialog::tick()
{
    if (m_smsReadyAt.hasExpired())
        m_countdown.stop();
    showSmsState();
}

void TwoFactorDialog::showSmsState()
{
    if (m_smsPending)
        return;
    const qint64 left = m_smsReadyAt.remainingTime();
    const bool waiting = left > 0;
    m_ui->smsButton->setEnabled(!waiting);
    m_ui->smsCountdownLabel->setText(waiting ? tr("available in %1 s").arg((left + 999) / 1000) : QString());
}

bool TwoFactorDialog::isCodeWellFormed() const
{
    if (!m_prompt)
        return false;
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    const QString code = m_ui->codeEdit->text();
    return code.size() >= m_minLength && code.size() <= m_ui->codeEdit->maxLength()
        && digits.match(code).hasMatch();
}

void TwoFactorDialog::accept()
{
    if (!isCodeWellFormed())
        return;
    if (m_prompt)
        m_prompt->answer(m_ui->codeEdit->text());
    QDialog::accept();
}

void TwoFactorDialog::done(int result)
{
    m_countdown.stop();
    if (result != Accepted && m_prompt)
        m_prompt->cancel();
    QDialog::done(result);
}

} // namespace vkauth::gui
