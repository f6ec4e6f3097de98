// SPDX-License-Identifier: MIT
#include "signin/BrowserDialog.h"
#include "ui_BrowserDialog.h"

#include "net/WebViewProcess.h"

#include <QLayout>
#include <QPushButton>

namespace vkauth::gui {

BrowserDialog::BrowserDialog(qsizetype communities, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BrowserDialog>())
    , m_runner(new WebViewProcess(this))
{
    m_ui->setupUi(this);
    m_ui->hintLabel->setText(communities == 0
            ? tr("Sign in on VK's page and allow access. The token is caught when VK hands it "
                 "over; the page with it is never shown.")
            : tr("Sign in on VK's page and allow access for the communities (%1). The tokens "
                 "are caught when VK hands them over; the page with them is never shown.")
                  .arg(communities));
    m_ui->statusLabel->setText(tr("Waiting for the browser window…"));
    m_ui->webContainer->hide();
    // As small as the texts allow at this width: the hint wraps, so its height follows the width
    // (a fixed small height cut its first line off).
    constexpr int kWidth = 460;
    resize(
        kWidth, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(kWidth) : sizeHint().height());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &PageRunner::finished, this, [this](const PageResult &result) {
        m_ended = true;
        QDialog::done(result.kind == PageResult::Kind::Caught ? Accepted : Rejected);
    });
}

BrowserDialog::~BrowserDialog()
{
    delete m_runner; // kills the helper if it is still up
}

QString BrowserDialog::pageTitle() const
{
    return tr("Sign in to VK");
}

QString BrowserDialog::hint() const
{
    return m_ui->hintLabel->text();
}

void BrowserDialog::setHint(const QString &hint)
{
    m_ui->hintLabel->setText(hint);
}

void BrowserDialog::done(int result)
{
    if (!m_ended && result != Accepted) {
        m_runner->cancel(); // answers "closed": the sign-in is cancelled, and this dialog closes
        if (m_ended)
            return;
    }
    QDialog::done(result);
}

} // namespace vkauth::gui
