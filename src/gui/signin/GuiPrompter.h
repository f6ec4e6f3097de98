// SPDX-License-Identifier: MIT
#pragma once

#include "auth/Prompter.h"
#include "net/Endpoints.h"

#include <QPointer>
#include <QWidget>

namespace vkauth::gui {

// The desktop answer to a flow's questions: a modal captcha or two-factor dialog over the given
// window, or a page continued in the web-view helper (Prompt::Kind::Page). The dialog answers or cancels the
// prompt and closes itself when the flow withdraws it.
class GuiPrompter : public Prompter
{
public:
    GuiPrompter(const Endpoints &endpoints, QWidget *parent);
    void setParentWidget(QWidget *parent);
    void ask(Prompt *prompt) override;
    bool canShowPages() const override; // when the web-view helper is installed

private:
    Endpoints m_endpoints;
    QPointer<QWidget> m_parent;
};

} // namespace vkauth::gui
