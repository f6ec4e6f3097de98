// SPDX-License-Identifier: MIT
#include "signin/SignInFailurePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace vkauth::gui {

SignInFailurePanel::SignInFailurePanel(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_code(new QLabel(this))
    , m_detailsToggle(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
    , m_useApp(new QPushButton(this))
{
    setObjectName(QStringLiteral("signInFailurePanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QLabel#signInFailureMessage { color: #c62828; font-weight: bold; }"));
    m_message->setObjectName(QStringLiteral("signInFailureMessage"));
    m_code->setObjectName(QStringLiteral("signInFailureCode"));
    m_detailsToggle->setObjectName(QStringLiteral("signInFailureDetailsToggle"));
    m_details->setObjectName(QStringLiteral("signInFailureDetails"));
    m_useApp->setObjectName(QStringLiteral("signInFailureUseAppButton"));
    // The server's words and names are never markup; all of it can be selected and copied.
    for (QLabel *label : {m_message, m_code}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(90);
    m_details->setTabChangesFocus(true);
    m_details->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_code, 1);
    row->addWidget(m_detailsToggle);
    row->addWidget(m_useApp);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_details->setVisible(open);
        m_detailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_useApp, &QPushButton::clicked, this, [this] {
        if (m_suggested)
            Q_EMIT useAppRequested(*m_suggested);
    });
    hide();
}

void SignInFailurePanel::showError(const AuthError &error, const std::optional<AppCredentials> &suggested)
{
    m_message->setText(error.message);
    m_code->setText(tr("Error code: %1").arg(error.codeName()));
    m_details->setPlainText(error.details);
    m_detailsToggle->setVisible(!error.details.isEmpty());
    m_detailsToggle->setChecked(false);
    m_suggested = suggested;
    m_useApp->setVisible(suggested.has_value());
    if (suggested)
        m_useApp->setText(tr("Use %1").arg(suggested->displayName));
    show();
}

void SignInFailurePanel::clear()
{
    m_message->clear();
    m_code->clear();
    m_details->clear();
    m_suggested.reset();
    hide();
}

QString SignInFailurePanel::message() const
{
    return m_message->text();
}

QString SignInFailurePanel::codeText() const
{
    return m_code->text();
}

QString SignInFailurePanel::details() const
{
    return m_details->toPlainText();
}

} // namespace vkauth::gui
