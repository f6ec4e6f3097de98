// SPDX-License-Identifier: MIT
#pragma once

#include "auth/Prompter.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class TwoFactorDialog;
}

namespace vkauth::gui {

// Asks for a two-factor code: says where it comes from (app or SMS, with the phone mask), accepts
// only codeLength digits, offers an SMS when VK allows one, with a countdown until it may be asked for.
class TwoFactorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TwoFactorDialog(Prompt *prompt, QWidget *parent = nullptr);
    ~TwoFactorDialog() override;

    bool isCodeWellFormed() const;
    void accept() override;
    void done(int result) override;

private:
    void showChallenge();
    void tick();
    void showSmsState();

    std::unique_ptr<Ui::TwoFactorDialog> m_ui;
    QPointer<Prompt> m_prompt;
    QTimer m_countdown;
    QDeadlineTimer m_smsReadyAt;
    int m_minLength = 6;
    bool m_smsPending = false;
};

} // namespace vkauth::gui
