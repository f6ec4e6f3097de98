// SPDX-License-Identifier: MIT
#pragma once

#include "net/NetworkContext.h"

#include <QDialog>
#include <QList>

#include <functional>

class QListWidget;

namespace vkauth::gui {

// After a user sign-in with the groups permission (issue 14): the communities the account
// administers (groups.get, filter=admin), to get their tokens next. offer() asks VK first and opens
// the picker only when there is something to pick; the token is used for that one call and not kept
// here.
class CommunityPicker : public QDialog
{
    Q_OBJECT
public:
    struct Community
    {
        qint64 id = 0;
        QString name;
    };
    using Chosen = std::function<void(const QList<qint64> &ids)>;

    static void offer(
        const QString &userToken, const NetworkContext &context, QWidget *parent, Chosen chosen);

    CommunityPicker(const QList<Community> &communities, QWidget *parent = nullptr);
    QList<qint64> chosen() const;

private:
    QListWidget *m_list;
};

} // namespace vkauth::gui
