// SPDX-License-Identifier: MIT
#include "Screenshot.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

Q_LOGGING_CATEGORY(lcScreenshot, "vkauth.gui.screenshot", QtInfoMsg)

namespace vkauth::gui {

namespace {

class FirstPaintGrabber : public QObject
{
public:
    FirstPaintGrabber(QWidget *widget, const QString &path)
        : QObject(widget)
        , m_widget(widget)
        , m_path(path)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Grab after this paint has finished, from the event loop.
            QTimer::singleShot(0, this, &FirstPaintGrabber::grabAndQuit);
        }
        return false;
    }

private:
    void grabAndQuit()
    {
        const bool saved = m_widget->grab().save(m_path);
        if (!saved)
            qCWarning(lcScreenshot) << "could not write" << m_path;
        QCoreApplication::exit(saved ? 0 : 1);
    }

    QWidget *m_widget;
    QString m_path;
    bool m_painted = false;
};

} // namespace

void saveScreenshotAfterFirstPaint(QWidget *widget, const QString &path)
{
    new FirstPaintGrabber(widget, path);
}

} // namespace vkauth::gui
