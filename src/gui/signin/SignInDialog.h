// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "auth/Scopes.h"
#include "auth/SignInRequest.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QWidget;

namespace Ui {
class SignInDialog;
}

namespace vkauth::gui {

class SignInFailurePanel;

// The sign-in form: method, app, permissions, login, advanced options. Checks everything before
// it lets the dialog be accepted; request() then holds what the flow needs.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);
    ~SignInDialog() override;

    SignInRequest request() const;
    // Fills the form from a request (defaults from the settings, or a profile to sign in again).
    // The password is never pre-filled.
    void setRequest(const SignInRequest &request);
    void setMethod(SignInRequest::Method method);
    quint32 scopeMask() const;
    // Problems with the current input, one per line; empty when the form is valid.
    QStringList problems() const;

    // After a failed sign-in the form comes back as it was (issue 14), with why it failed on top and
    // the password selected for retyping; the next Sign in clears it.
    void showFailure(const AuthError &error, const std::optional<AppCredentials> &suggested);
    SignInFailurePanel *failurePanel() const;

    void accept() override;
    void done(int result) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Problem
    {
        QWidget *field;
        QString message;
    };

    SignInRequest::Method method() const;
    ScopeKind scopeKind() const;
    void fillApps();
    void setApp(const AppCredentials &app);
    void updateAppWarning(); // a blocked or disabled app stays choosable, with a warning and a way out
    void setScopeMask(quint32 mask);
    void rebuildScopes();
    void fillPresets();
    void applyPreset(int index);
    void syncPresetAndMask();
    void updateVisibility();
    void setAdvancedVisible(bool visible);
    void updateOkButton();
    void focusFirstEmptyField();
    void applyFocusOnShow();
    std::optional<AppCredentials> selectedApp() const;
    std::optional<QList<HttpHeader>> headers() const;
    QWidget *fieldOf(SignInProblem::Field field) const;
    QList<Problem> validate() const;
    void showProblems(const QList<Problem> &problems);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    SignInFailurePanel *m_failure = nullptr;
    QButtonGroup *m_methods = nullptr;
    enum class FocusOnShow { Nothing, FirstEmptyField, Password };
    FocusOnShow m_focusOnShow = FocusOnShow::FirstEmptyField;
    QList<QCheckBox *> m_scopeBoxes;
    bool m_showProblemsLive = false;
    bool m_syncing = false;
};

} // namespace vkauth::gui
