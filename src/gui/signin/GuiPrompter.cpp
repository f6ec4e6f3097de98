#include "signin/GuiPrompter.h"

#include "signin/CaptchaDialog.h"
#include "signin/TwoFactorDialog.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGuiPrompter, "vkauth.gui.prompter")

namespace vkauth::gui {

GuiPrompter::GuiPrompter(const Endpoints &endpoints, QWidget *parent)
    : m_endpoints(endpoints)
    , m_parent(parent)
{
}

void GuiPrompter::setParentWidget(QWidget *parent)
{
    m_parent = parent;
}

void GuiPrompter::ask(Prompt *prompt)
{
    QDialog *dialog = nullptr;
    if (prompt->kind() == Prompt::Kind::Captcha) {
        qCInfo(lcGuiPrompter) << "captcha asked, attempt" << prompt->captcha().attempt;
        dialog = new CaptchaDialog(prompt, m_endpoints, m_parent);
    } else {
        qCInfo(lcGuiPrompter) << "two-factor code asked, attempt" << prompt->twoFactor().attempt;
        dialog = new TwoFactorDialog(prompt, m_parent);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The flow owns the prompt; if it goes away first, the question goes with it.
    QObject::connect(prompt, &QObject::destroyed, dialog, &QDialog::close);
    dialog->open();
}

} // namespace vkauth::gui
