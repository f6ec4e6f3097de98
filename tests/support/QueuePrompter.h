// SPDX-License-Identifier: MIT
#pragma once

#include "auth/Prompter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace testsupport {

// A front for tests (like the GUI dialogs or the CLI prompts): answers each question from a queue,
// from the event loop as a person would, and records what it was asked. With the queue empty a
// question stays open (for tests that cancel the flow meanwhile).
class QueuePrompter : public QObject, public vkauth::Prompter
{
    Q_OBJECT
public:
    using Action = std::function<void(vkauth::Prompt *)>;

    struct Question
    {
        vkauth::Prompt::Kind kind = vkauth::Prompt::Kind::Captcha;
        vkauth::CaptchaChallenge captcha;
        vkauth::TwoFactorChallenge twoFactor;
        vkauth::PageChallenge page;
    };

    explicit QueuePrompter(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    void answer(const QString &value)
    {
        then([value](vkauth::Prompt *p) { p->answer(value); });
    }
    void cancelNext()
    {
        then([](vkauth::Prompt *p) { p->cancel(); });
    }
    void leaveOpen()
    {
        then([](vkauth::Prompt *) {});
    }
    void then(Action action) { m_queue.append(std::move(action)); }

    void ask(vkauth::Prompt *prompt) override;
    bool canShowPages() const override { return m_canShowPages; }
    void setCanShowPages(bool can) { m_canShowPages = can; } // as a front with a web view

    const QList<Question> &questions() const { return m_questions; }
    int count(vkauth::Prompt::Kind kind) const;
    vkauth::Prompt *current() const { return m_current; } // the last question, while it exists
    int withdrawn() const { return m_withdrawn; }
    int pending() const { return int(m_queue.size()); }

Q_SIGNALS:
    void questionAsked(vkauth::Prompt *prompt);

private:
    QList<Action> m_queue;
    QList<Question> m_questions;
    QPointer<vkauth::Prompt> m_current;
    int m_withdrawn = 0;
    bool m_canShowPages = false;
};

} // namespace testsupport
