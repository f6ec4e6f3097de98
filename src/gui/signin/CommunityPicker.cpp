// SPDX-License-Identifier: MIT
#include "signin/CommunityPicker.h"

#include "net/VkApi.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace vkauth::gui {

void CommunityPicker::offer(
    const QString &userToken, const NetworkContext &context, QWidget *parent, Chosen chosen)
{
    auto *api = new VkApi(context, nullptr, parent);
    QPointer<QWidget> window(parent);
    api->call(QStringLiteral("groups.get"),
        {{QStringLiteral("filter"), QStringLiteral("admin")},
            {QStringLiteral("extended"), QStringLiteral("1")},
            {QStringLiteral("count"), QStringLiteral("1000")}},
        userToken, [api, window, chosen = std::move(chosen)](const VkApiReply &reply) {
            api->deleteLater();
            // No answer, or nothing administered: nothing to offer (the sign-in itself succeeded).
            if (!window || !reply.ok())
                return;
            QList<Community> communities;
            for (const QJsonValue &item : reply.response.toObject().value(u"items").toArray()) {
                const QJsonObject g = item.toObject();
                if (g.value(u"id").toInteger() > 0)
                    communities.append({g.value(u"id").toInteger(), g.value(u"name").toString()});
            }
            if (communities.isEmpty())
                return;
            auto *picker = new CommunityPicker(communities, window);
            picker->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(picker, &QDialog::accepted, picker, [picker, chosen] {
                if (!picker->chosen().isEmpty())
                    chosen(picker->chosen());
            });
            picker->open();
        });
}

CommunityPicker::CommunityPicker(const QList<Community> &communities, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("CommunityPicker"));
    setWindowTitle(tr("Community Tokens"));
    auto *intro = new QLabel(tr("You administer these communities. Tick those a bot or script needs a "
                                "community token for; VK's page asks you to confirm next."),
        this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("communityList"));
    for (const Community &c : communities) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (club%2)").arg(c.name).arg(c.id), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, c.id);
    }
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *next = buttons->addButton(tr("&Get Their Tokens…"), QDialogButtonBox::AcceptRole);
    next->setObjectName(QStringLiteral("getTokensButton"));
    next->setEnabled(false);
    buttons->addButton(tr("&Not Now"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, [this, next] { next->setEnabled(!chosen().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

QList<qint64> CommunityPicker::chosen() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

} // namespace vkauth::gui
