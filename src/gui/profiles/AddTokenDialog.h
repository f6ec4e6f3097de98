// SPDX-License-Identifier: MIT
#pragma once

#include "auth/TokenSources.h"
#include "net/NetworkContext.h"
#include "profiles/TokenAdder.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace vkauth {
class ProfileStore;
}

namespace vkauth::gui {

// Profile → Add a Token You Have… (issue 14): paste a token or VK's blank.html address from any tool,
// or open python vk_api's vk_config.v2.json or a .env file; the dialog says what it found as you type,
// Add asks VK whose each token is and keeps it as a "pasted" profile (TokenAdder). A token VK refuses
// is named and not kept; what was pasted stays until the dialog closes (nothing to paste again).
class AddTokenDialog : public QDialog
{
    Q_OBJECT
public:
    AddTokenDialog(ProfileStore *store, const NetworkContext &context, QWidget *parent = nullptr);
    ~AddTokenDialog() override;

    void setText(const QString &text);
    // The ids of the profiles added or updated, in order, once finished() was emitted with them.
    QStringList addedIds() const { return m_addedIds; }

Q_SIGNALS:
    void added(const QStringList &profileIds, const QString &summary);

protected:
    void reject() override;

private:
    void textChanged();
    void openFile();
    void start();
    void addNext();
    void oneFinished(const AddTokenResult &result);
    void setBusy(bool busy);

    ProfileStore *m_store;
    TokenAdder *m_adder;
    QPlainTextEdit *m_edit;
    QLabel *m_found;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_add;
    FoundTokens m_tokens;
    qsizetype m_next = 0;
    QStringList m_addedIds;
    QStringList m_names;
    QStringList m_failures;
};

} // namespace vkauth::gui
