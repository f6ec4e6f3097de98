// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "auth/OfficialApps.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace vkauth::gui {

// Why the last sign-in failed, inside the sign-in form that stays open (issue 14): VK's message, the
// error code, the technical details behind a toggle, and for a refused app the one-click way out.
class SignInFailurePanel : public QFrame
{
    Q_OBJECT
public:
    explicit SignInFailurePanel(QWidget *parent = nullptr);

    void showError(const AuthError &error, const std::optional<AppCredentials> &suggested);
    void clear();

    QString message() const;
    QString codeText() const;
    QString details() const;

Q_SIGNALS:
    void useAppRequested(const vkauth::AppCredentials &app);

private:
    QLabel *m_message;
    QLabel *m_code;
    QToolButton *m_detailsToggle;
    QPlainTextEdit *m_details;
    QPushButton *m_useApp;
    std::optional<AppCredentials> m_suggested;
};

} // namespace vkauth::gui
