// SPDX-License-Identifier: MIT
#include "QueuePrompter.h"

#include <QTimer>

namespace testsupport {

void QueuePrompter::ask(vkauth::Prompt *prompt)
{
    m_questions.append({prompt->kind(), prompt->captcha(), prompt->twoFactor(), prompt->page()});
    m_current = prompt;
    connect(prompt, &vkauth::Prompt::withdrawn, this, [this] { ++m_withdrawn; });
    Q_EMIT questionAsked(prompt);
    if (m_queue.isEmpty())
        return;
    Action action = m_queue.takeFirst();
    QTimer::singleShot(0, prompt, [prompt, action] { action(prompt); });
}

int QueuePrompter::count(vkauth::Prompt::Kind kind) const
{
    int n = 0;
    for (const Question &q : m_questions) {
        if (q.kind == kind)
            ++n;
    }
    return n;
}

} // namespace testsupport
