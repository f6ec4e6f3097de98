// SPDX-License-Identifier: MIT
#pragma once

#include "auth/PageRunner.h"
#include "auth/Prompter.h"
#include "net/Endpoints.h"

#include <QDialog>

class QLabel;
#include <QPointer>

#include <memory>

namespace Ui {
class CaptchaDialog;
}

namespace vkauth::gui {

// Asks one captcha question. Classic captcha: the picture the flow fetched, a key field, a "new
// picture" button. VK's newer check (the challenge has a redirectUri): VK's page in the web-view
// helper's window, and the success_token it hands over (in a URL, the check's answer or a posted
// message) becomes the answer; this dialog waits meanwhile. Cancelling cancels the prompt.
class CaptchaDialog : public QDialog
{
    Q_OBJECT
public:
    CaptchaDialog(Prompt *prompt, const Endpoints &endpoints, QWidget *parent = nullptr);
    ~CaptchaDialog() override;

    PageRunner *pageRunner() const { return m_runner; }

    void accept() override;
    void done(int result) override;

private:
    void showChallenge();
    void showWebCheck(const QUrl &url);
    void updateOkButton();

    std::unique_ptr<Ui::CaptchaDialog> m_ui;
    QPointer<Prompt> m_prompt;
    Endpoints m_endpoints;
    PageRunner *m_runner = nullptr;
    QLabel *m_error = nullptr; // the previous answer was refused
};

} // namespace vkauth::gui
