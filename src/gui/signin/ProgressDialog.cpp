// SPDX-License-Identifier: MIT
#include "signin/ProgressDialog.h"
#include "ui_ProgressDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace vkauth::gui {

ProgressDialog::ProgressDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProgressDialog>())
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->addressWidget->hide();
    connect(m_ui->copyAddressButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_address.toString(QUrl::FullyEncoded)); });
    connect(m_ui->openAddressButton, &QPushButton::clicked, this, &ProgressDialog::openAddressRequested);
}

ProgressDialog::~ProgressDialog() = default;

void ProgressDialog::setStatus(const QString &status)
{
    if (!m_cancelling)
        m_ui->statusLabel->setText(status);
}

void ProgressDialog::setAddress(const QUrl &url)
{
    m_address = url;
    m_ui->addressEdit->setText(url.toString(QUrl::FullyEncoded));
    m_ui->addressEdit->setCursorPosition(0);
    m_ui->addressWidget->show();
    resize(qMax(width(), 560), sizeHint().height());
}

QUrl ProgressDialog::address() const
{
    return m_address;
}

void ProgressDialog::finish()
{
    m_finishing = true;
    QDialog::done(Accepted);
}

void ProgressDialog::done(int result)
{
    if (m_finishing) {
        QDialog::done(result);
        return;
    }
    // Stay up until the flow confirms it stopped; a second request changes nothing.
    if (m_cancelling)
        return;
    m_cancelling = true;
    m_ui->statusLabel->setText(tr("Cancelling…"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false);
    Q_EMIT cancelRequested();
}

} // namespace vkauth::gui
