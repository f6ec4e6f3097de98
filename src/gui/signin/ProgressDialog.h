// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

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
    void finish(); // closes for good, without asking to cancel

    void done(int result) override;

Q_SIGNALS:
    void cancelRequested();

private:
    std::unique_ptr<Ui::ProgressDialog> m_ui;
    bool m_finishing = false;
    bool m_cancelling = false;
};

} // namespace vkauth::gui
