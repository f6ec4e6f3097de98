#pragma once

#include "auth/AuthResult.h"
#include "auth/ImplicitFlow.h"
#include "auth/PageRunner.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BrowserDialog;
}

namespace vkauth::gui {

// The browser half of the implicit flow: VK's authorize page in the web-view helper's window (its own
// process), the blank.html redirect caught there and read here into tokens or an error. This dialog
// only waits ("waiting for the browser window… [Cancel]"); cancelling or closing it ends the helper.
// finished() comes exactly once.
class BrowserDialog : public QDialog
{
    Q_OBJECT
public:
    BrowserDialog(const ImplicitFlowOptions &options, const QString &login, QWidget *parent = nullptr);
    ~BrowserDialog() override;

    void start(); // starts the helper with the authorize page
    PageRunner *pageRunner() const { return m_runner; }

    void done(int result) override;

Q_SIGNALS:
    void finished(const vkauth::AuthOutcome &outcome);

private:
    void finish(const AuthOutcome &outcome);
    void pageEnded(const PageResult &result);

    std::unique_ptr<Ui::BrowserDialog> m_ui;
    ImplicitFlowOptions m_options;
    QString m_login;
    PageRunner *m_runner = nullptr;
    bool m_finished = false;
};

} // namespace vkauth::gui
