// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class ProgressDialog;
}

namespace vkauth::gui {

// A busy indicator with the flow's status line and a Cancel that works. Closing it, Esc and Cancel
// all ask to cancel (cancelRequested); the owner closes it when the flow has really ended.
class ProgressDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProgressDialog(QWidget *parent = nullptr);
    ~ProgressDialog() override;

    void setStatus(const QString &status);
    // An address the person may need (VK ID's page when no browser opened): shown read-only, with
    // Copy address and Open in browser.
    void setAddress(const QUrl &url);
    QUrl address() const;
    void finish(); // closes for good, without asking to cancel

    void done(int result) override;

Q_SIGNALS:
    void cancelRequested();
    void openAddressRequested();

private:
    std::unique_ptr<Ui::ProgressDialog> m_ui;
    QUrl m_address;
    bool m_finishing = false;
    bool m_cancelling = false;
};

} // namespace vkauth::gui
