// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace vkauth::gui {

// The token in the details pane: masked, showing only its last four characters, with a reveal toggle
// (keyboard reachable). Revealing asks the owner for the token (revealRequested(); the answer comes
// back through reveal()); it is hidden again — and the field forgets it — when the profile changes
// (setLastFour()/conceal()) or the window loses focus. The token goes only into the field's text:
// never a tooltip, an accessible name or a log.
class TokenField : public QWidget
{
    Q_OBJECT
public:
    explicit TokenField(QWidget *parent = nullptr);

    void setLastFour(const QString &lastFour); // a new profile: masked, the toggle off
    void reveal(const QString &token); // shown while the toggle is on
    void conceal();
    bool isRevealed() const;

Q_SIGNALS:
    void revealRequested();

protected:
    bool event(QEvent *event) override;

private:
    void showMasked();

    QLineEdit *m_edit;
    QPushButton *m_toggle;
    QString m_lastFour;
};

} // namespace vkauth::gui
