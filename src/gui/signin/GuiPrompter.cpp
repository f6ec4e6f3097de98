// SPDX-License-Identifier: MIT
#include "signin/GuiPrompter.h"

#include "net/WebViewProcess.h"
#include "signin/CaptchaDialog.h"
#include "signin/TwoFactorDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcGuiPrompter, "vkauth.gui.prompter")

namespace vkauth::gui {

namespace {
// A page the flow cannot read, continued in the web-view helper with the session's cookies; this
// small dialog waits for it ("waiting for the browser window… [Cancel]"). The final blank.html URL
// answers the prompt; closing either window cancels it.
QDialog *pageDialog(Prompt *prompt, const Endpoints &endpoints, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("PageDialog"));
    dialog->setWindowTitle(QCoreApplication::translate("PageDialog", "Continue on VK's page"));
    auto *label = new QLabel(dialog);
    label->setObjectName(QStringLiteral("statusLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setText(QCoreApplication::translate(
        "PageDialog", "VK wants one more step in the browser window. Waiting for the browser window…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto *runner = new WebViewProcess(dialog);
    QPointer<Prompt> question(prompt);
    QObject::connect(runner, &PageRunner::finished, dialog, [dialog, label, question](const PageResult &r) {
        if (r.kind == PageResult::Kind::Caught) {
            if (question)
                question->answer(r.url.toString(QUrl::FullyEncoded));
            dialog->accept();
        } else if (r.kind == PageResult::Kind::Error) {
            label->setText(r.message); // read, then Cancel
        } else {
            dialog->reject();
        }
    });
    QObject::connect(dialog, &QDialog::rejected, dialog, [runner, question] {
        runner->cancel();
        if (question)
            question->cancel();
    });
    PageJob job = PageJob::forEndpoints(endpoints);
    job.url = prompt->page().url;
    job.cookies = prompt->page().cookies;
    job.catchUrls = PageJob::blankPages(endpoints);
    job.title = QCoreApplication::translate("PageDialog", "VK: one more step");
    job.hint = prompt->page().step;
    if (QWidget *top = parent ? parent->window() : nullptr)
        job.parentWindow = quintptr(top->winId());
    runner->start(job);
    return dialog;
}
} // namespace

GuiPrompter::GuiPrompter(const Endpoints &endpoints, QWidget *parent)
    : m_endpoints(endpoints)
    , m_parent(parent)
{
}

void GuiPrompter::setParentWidget(QWidget *parent)
{
    m_parent = parent;
}

bool GuiPrompter::canShowPages() const
{
    return !WebViewProcess::helperPath().isEmpty();
}

void GuiPrompter::ask(Prompt *prompt)
{
    QDialog *dialog = nullptr;
    if (prompt->kind() == Prompt::Kind::Captcha) {
        qCInfo(lcGuiPrompter) << "captcha asked, attempt" << prompt->captcha().attempt;
        dialog = new CaptchaDialog(prompt, m_endpoints, m_parent);
    } else if (prompt->kind() == Prompt::Kind::Page) {
        qCInfo(lcGuiPrompter) << "a page continued in the browser window";
        dialog = pageDialog(prompt, m_endpoints, m_parent);
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
