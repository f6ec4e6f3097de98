// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace vkauth::gui {

// Copies secrets to the system clipboard with the hints password managers use so clipboard
// managers and histories skip them (x-kde-passwordManagerHint=secret on Linux, the concealed type
// on macOS, the history/cloud exclusions on Windows), and clears the clipboard after a countdown —
// but only if it still holds what we put there.
class Clipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultClearSeconds = 30;
    static constexpr const char *kKdeHintFormat = "x-kde-passwordManagerHint";

    explicit Clipboard(QObject *parent = nullptr);
    ~Clipboard() override; // clears a secret still on the clipboard

    int clearAfterSeconds() const { return m_clearAfter; }
    void setClearAfterSeconds(int seconds); // 0: never clear

    void copySecret(const QString &secret);
    void clearNow(); // clears if the clipboard still holds our secret
    int remainingSeconds() const { return m_remaining; } // 0 when no countdown runs
    bool holdsSecret() const; // the clipboard still holds what we copied

Q_SIGNALS:
    void copied();
    void countdownChanged(int remainingSeconds); // every second, and 0 when it ends
    void cleared(); // we wiped our secret off the clipboard
    void abandoned(); // something else was copied meanwhile; left alone

private:
    void tick();
    void stop();

    QTimer *m_timer;
    QString m_secret;
    int m_clearAfter = kDefaultClearSeconds;
    int m_remaining = 0;
};

} // namespace vkauth::gui
