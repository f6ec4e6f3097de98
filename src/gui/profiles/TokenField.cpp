// SPDX-License-Identifier: MIT
#include "profiles/TokenField.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace vkauth::gui {

TokenField::TokenField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_toggle(new QPushButton(this))
{
    m_edit->setObjectName(QStringLiteral("tokenEdit"));
    m_edit->setReadOnly(true);
    m_edit->setAccessibleName(tr("Token"));
    m_edit->setContextMenuPolicy(Qt::NoContextMenu); // copying goes through Copy token (cleared later)
    m_toggle->setObjectName(QStringLiteral("revealButton"));
    m_toggle->setCheckable(true);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_toggle->setAccessibleName(tr("Show the token"));
    m_toggle->setToolTip(tr("Show the whole token until another profile is selected or the window loses "
                            "focus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);
    setFocusProxy(m_toggle);
    connect(m_toggle, &QPushButton::toggled, this, [this](bool on) {
        m_toggle->setText(on ? tr("H&ide") : tr("Sh&ow"));
        if (on)
            Q_EMIT revealRequested();
        else
            showMasked();
    });
    showMasked();
}

void TokenField::setLastFour(const QString &lastFour)
{
    m_lastFour = lastFour;
    conceal();
}

void TokenField::reveal(const QString &token)
{
    if (!m_toggle->isChecked())
        return;
    m_edit->setText(token);
    m_edit->setCursorPosition(0);
}

void TokenField::conceal()
{
    if (m_toggle->isChecked())
        m_toggle->setChecked(false); // shows the mask
    else
        showMasked();
}

bool TokenField::isRevealed() const
{
    return m_toggle->isChecked();
}

bool TokenField::event(QEvent *event)
{
    if (event->type() == QEvent::WindowDeactivate)
        conceal();
    return QWidget::event(event);
}

void TokenField::showMasked()
{
    m_toggle->setText(tr("Sh&ow"));
    m_edit->setText(QString(8, QChar(0x2022)) + m_lastFour);
    m_edit->setCursorPosition(0);
}

} // namespace vkauth::gui
