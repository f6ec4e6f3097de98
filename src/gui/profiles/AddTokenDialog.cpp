// SPDX-License-Identifier: MIT
#include "profiles/AddTokenDialog.h"

#include "profiles/ProfileStore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace vkauth::gui {

AddTokenDialog::AddTokenDialog(ProfileStore *store, const NetworkContext &context, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_adder(new TokenAdder(store, context, this))
    , m_edit(new QPlainTextEdit(this))
    , m_found(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("AddTokenDialog"));
    setWindowTitle(tr("Add a Token You Have"));
    auto *intro = new QLabel(tr("Paste a token, or VK's address that holds it (…blank.html#access_token=…) "
                                "from any tool. You can also open python vk_api's vk_config.v2.json or a "
                                ".env file. VK is asked whose each token is before it is kept."),
        this);
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&Token, address or file contents:"), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("tokenEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(QStringLiteral("vk1.a.…"));
    m_edit->setMinimumHeight(90);
    auto *open = new QPushButton(tr("&Open File…"), this);
    open->setObjectName(QStringLiteral("openFileButton"));
    open->setAutoDefault(false);
    m_found->setObjectName(QStringLiteral("foundLabel"));
    m_found->setWordWrap(true);
    m_found->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_progress->hide();
    m_add = m_buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setDefault(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_found, 1);
    row->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(560, 320);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &AddTokenDialog::textChanged);
    connect(open, &QPushButton::clicked, this, &AddTokenDialog::openFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddTokenDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddTokenDialog::reject);
    connect(m_adder, &TokenAdder::finished, this, &AddTokenDialog::oneFinished);
    textChanged();
}

AddTokenDialog::~AddTokenDialog()
{
    for (FoundToken &t : m_tokens.tokens)
        t.token.fill(u'\0');
}

void AddTokenDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

// What was found, said as the person types: no token is ever shown back.
void AddTokenDialog::textChanged()
{
    for (FoundToken &t : m_tokens.tokens)
        t.token.fill(u'\0');
    m_tokens = TokenSources::read(m_edit->toPlainText().toUtf8());
    m_error->hide();
    const qsizetype users = std::count_if(m_tokens.tokens.cbegin(), m_tokens.tokens.cend(),
        [](const FoundToken &t) { return t.kind == TokenKind::User; });
    const qsizetype communities = std::count_if(m_tokens.tokens.cbegin(), m_tokens.tokens.cend(),
        [](const FoundToken &t) { return t.kind == TokenKind::Community; });
    if (m_tokens.tokens.isEmpty())
        m_found->setText(m_edit->toPlainText().trimmed().isEmpty() ? QString() : m_tokens.problem);
    else if (communities > 0 && users == 0)
        m_found->setText(tr("Found %n community token(s).", nullptr, int(communities)));
    else
        m_found->setText(tr("Found %n token(s).", nullptr, int(m_tokens.tokens.size())));
    m_add->setEnabled(!m_tokens.tokens.isEmpty() && !m_adder->isRunning());
}

void AddTokenDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Token File"), QString(),
        tr("Token files (vk_config.v2.json *.json .env *.env *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > TokenSources::maxInput) {
        m_error->setText(file.isOpen() ? tr("%1 is too large for a token file.").arg(path)
                                       : tr("Cannot read %1: %2").arg(path, file.errorString()));
        m_error->show();
        return;
    }
    m_edit->setPlainText(QString::fromUtf8(file.readAll()));
}

void AddTokenDialog::start()
{
    if (m_tokens.tokens.isEmpty() || m_adder->isRunning())
        return;
    m_next = 0;
    m_addedIds.clear();
    m_names.clear();
    m_failures.clear();
    m_error->hide();
    m_progress->setRange(0, int(m_tokens.tokens.size()));
    m_progress->setValue(0);
    m_progress->show();
    setBusy(true);
    addNext();
}

void AddTokenDialog::addNext()
{
    if (m_next >= m_tokens.tokens.size()) {
        setBusy(false);
        m_progress->hide();
        QString summary;
        if (!m_names.isEmpty())
            summary = tr("Added: %1.").arg(m_names.join(QStringLiteral(", ")));
        if (!m_failures.isEmpty()) {
            // Some were not kept: the dialog stays, with the text, and says why.
            m_error->setText(m_failures.join(u'\n'));
            m_error->show();
            if (!m_addedIds.isEmpty())
                Q_EMIT added(m_addedIds, summary);
            return;
        }
        Q_EMIT added(m_addedIds, summary);
        accept();
        return;
    }
    m_adder->add(m_tokens.tokens.at(m_next));
}

void AddTokenDialog::oneFinished(const AddTokenResult &result)
{
    ++m_next;
    m_progress->setValue(int(m_next));
    if (result.ok()) {
        m_addedIds << result.profileId;
        m_names << (result.owner.name.isEmpty() ? result.profileId : result.owner.name);
    } else {
        QString line
            = m_tokens.tokens.size() > 1 ? tr("Token %1: %2").arg(m_next).arg(result.error) : result.error;
        if (!result.details.isEmpty())
            line += QStringLiteral(" (%1)").arg(result.details);
        m_failures << line;
    }
    addNext();
}

void AddTokenDialog::setBusy(bool busy)
{
    m_edit->setReadOnly(busy);
    m_add->setEnabled(!busy && !m_tokens.tokens.isEmpty());
}

void AddTokenDialog::reject()
{
    if (m_adder->isRunning()) {
        // Cancel stops the check in flight; what was already kept stays kept.
        m_adder->cancel();
        setBusy(false);
        m_progress->hide();
        return;
    }
    QDialog::reject();
}

} // namespace vkauth::gui
