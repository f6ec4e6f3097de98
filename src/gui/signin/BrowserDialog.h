// SPDX-License-Identifier: MIT
#pragma once

#include "auth/PageRunner.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BrowserDialog;
}

namespace vkauth::gui {

// The desktop's way to show VK's page for a browser sign-in: the page runs in the web-view helper's
// window (its own process, pageRunner()); this dialog only waits ("waiting for the browser window…
// [Cancel]"). SignIn starts the page and reads where it ended; the dialog closes when the page ends,
// and cancelling or closing it ends the helper.
class BrowserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BrowserDialog(qsizetype communities, QWidget *parent = nullptr);
    ~BrowserDialog() override;

    PageRunner *pageRunner() const { return m_runner; }
    QString pageTitle() const; // for the helper's window
    QString hint() const;
    void setHint(const QString &hint); // before the page starts: the page shows it too

    void done(int result) override;

private:
    std::unique_ptr<Ui::BrowserDialog> m_ui;
    PageRunner *m_runner;
    bool m_ended = false;
};

} // namespace vkauth::gui
