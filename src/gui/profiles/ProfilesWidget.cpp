// SPDX-License-Identifier: MIT
#include "profiles/ProfilesWidget.h"
#include "ui_ProfilesWidget.h"

#include "ErrorShape.h"
#include "auth/VkId.h"
#include "profiles/CheckAll.h"
#include "profiles/Clipboard.h"
#include "profiles/FreshToken.h"
#include "profiles/ProfileAvatars.h"
#include "profiles/ProfileDelegate.h"
#include "profiles/ProfileModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/TokenChecker.h"
#include "profiles/TokenField.h"
#include "profiles/VkIdRevoke.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace vkauth::gui {
namespace {

constexpr int kIdRole = ProfileModel::IdRole;

QString dateText(const QDateTime &date)
{
    return QLocale().toString(date.toLocalTime(), QLocale::ShortFormat);
}

QString expiryText(const QDateTime &end)
{
    if (!end.isValid())
        return ProfilesWidget::tr("Never");
    const QString date = dateText(end);
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(end);
    if (seconds <= 0) {
        const int days = int(-seconds / 86400);
        if (days == 0)
            return ProfilesWidget::tr("%1 (expired today)").arg(date);
        return days == 1 ? ProfilesWidget::tr("%1 (expired yesterday)").arg(date)
                         : ProfilesWidget::tr("%1 (expired %2 days ago)").arg(date).arg(days);
    }
    const int days = int(seconds / 86400);
    if (days == 0)
        return ProfilesWidget::tr("%1 (in less than a day)").arg(date);
    return days == 1 ? ProfilesWidget::tr("%1 (in 1 day)").arg(date)
                     : ProfilesWidget::tr("%1 (in %2 days)").arg(date).arg(days);
}

// A VK ID profile's access token lasts an hour and is refreshed when used: what ends it is the refresh
// token (its end estimated, VK's reply does not say).
QString expiryText(const Profile &p)
{
    if (!p.isVkId())
        return expiryText(p.expiresAt);
    if (p.signInAgain)
        return ProfilesWidget::tr("VK ID no longer accepts the refresh token: sign in again");
    return ProfilesWidget::tr("Refreshed when used; the sign-in ends %1").arg(expiryText(p.refreshExpiresAt));
}

// The first row that is a profile, for a default current row: the "Communities" heading is none.
QModelIndex firstProfile(const QAbstractItemModel *model)
{
    const QModelIndex first = model->index(0, 0);
    if (first.data(ProfileModel::HeadingRole).toBool())
        return model->index(0, 0, first);
    return first;
}

bool isHeading(const QModelIndex &index)
{
    return index.data(ProfileModel::HeadingRole).toBool();
}

} // namespace

ProfilesWidget::ProfilesWidget(ProfileStore *store, Clipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfilesWidget>())
    , m_store(store)
    , m_clipboard(clipboard)
    , m_checker(new TokenChecker({}, nullptr, this))
    , m_model(new ProfileModel(store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_checkAll(new CheckAll(store, m_checker, this))
    , m_avatars(new ProfileAvatars(store, this))
{
    m_ui->setupUi(this);
    m_tokenField = new TokenField(m_ui->detailsPage);
    m_tokenField->setObjectName(QStringLiteral("tokenField"));
    m_ui->detailsForm->insertRow(0, tr("Token:"), m_tokenField);
    connect(m_tokenField, &TokenField::revealRequested, this, &ProfilesWidget::revealToken);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    // Detail values are reachable by Tab and read with their caption (issue 14): selectable by
    // keyboard, named for screen readers by the caption beside them.
    for (int row = 0; row < m_ui->detailsForm->rowCount(); ++row) {
        QLayoutItem *caption = m_ui->detailsForm->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *value = m_ui->detailsForm->itemAt(row, QFormLayout::FieldRole);
        auto *captionLabel = caption ? qobject_cast<QLabel *>(caption->widget()) : nullptr;
        auto *valueLabel = value ? qobject_cast<QLabel *>(value->widget()) : nullptr;
        if (!captionLabel || !valueLabel)
            continue;
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        valueLabel->setFocusPolicy(Qt::TabFocus);
        valueLabel->setAccessibleName(captionLabel->text().remove(u'&').remove(u':').trimmed());
        captionLabel->setBuddy(valueLabel);
    }
    // The list keeps room for a name and its badge however the splitter is dragged (issue 14).
    m_ui->listPane->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_ui->splitter->setCollapsible(0, false);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setTextFormat(Qt::PlainText);
    m_ui->unsavedLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->storeProblemLabel->setTextFormat(Qt::PlainText);
    // Names, labels and e-mails may come from an imported file: never rich text.
    for (QLabel *value :
        {m_ui->kindValue, m_ui->vkIdValue, m_ui->appValue, m_ui->scopesValue, m_ui->obtainedValue,
            m_ui->expiresValue, m_ui->emailValue, m_ui->lastCheckValue, m_ui->keychainValue})
        value->setTextFormat(Qt::PlainText);
    m_ui->storeProblemLabel->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ProfileModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_ui->profileTree->setModel(m_proxy);
    auto *delegate = new ProfileDelegate(m_ui->profileTree);
    delegate->setAvatars(m_avatars);
    m_ui->profileTree->setItemDelegate(delegate);
    connect(
        m_avatars, &ProfileAvatars::changed, m_ui->profileTree->viewport(), qOverload<>(&QWidget::update));
    connect(m_ui->profileTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ProfilesWidget::showDetails);
    // Accounts stay open: a community added beneath one shows at once.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (parent.isValid())
            m_ui->profileTree->expand(parent);
    });
    setFocusProxy(m_ui->profileTree); // focusing the widget puts Ctrl+C, F2 and Delete on the list

    const auto makeAction
        = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
              auto *action = new QAction(text, this);
              action->setObjectName(name);
              action->setShortcut(key);
              action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              connect(action, &QAction::triggered, this, slot);
              m_ui->profileTree->addAction(action);
              return action;
          };
    m_copyAction = makeAction(
        QStringLiteral("actionCopyToken"), tr("&Copy token"), QKeySequence::Copy, &ProfilesWidget::copyToken);
    m_checkAction = makeAction(QStringLiteral("actionCheck"), tr("Chec&k"),
        QKeySequence(Qt::CTRL | Qt::Key_T), &ProfilesWidget::checkToken);
    m_renameAction = makeAction(
        QStringLiteral("actionRename"), tr("Re&name…"), QKeySequence(Qt::Key_F2), &ProfilesWidget::rename);
    m_signInAgainAction
        = makeAction(QStringLiteral("actionSignInAgain"), tr("Sign in &again…"), QKeySequence(), [this] {
              if (const auto p = current())
                  Q_EMIT signInAgainRequested(*p);
          });
    m_removeAction = makeAction(
        QStringLiteral("actionRemove"), tr("Re&move…"), QKeySequence::Delete, &ProfilesWidget::removeProfile);
    // Not about the selected profile: from anywhere in the window.
    m_checkAllAction = new QAction(tr("Check a&ll"), this);
    m_checkAllAction->setObjectName(QStringLiteral("actionCheckAll"));
    m_checkAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_checkAllAction->setToolTip(tr("Check every kept token against VK"));
    connect(m_checkAllAction, &QAction::triggered, this, &ProfilesWidget::checkAll);

    connect(m_ui->copyButton, &QPushButton::clicked, m_copyAction, &QAction::trigger);
    connect(m_ui->checkButton, &QPushButton::clicked, m_checkAction, &QAction::trigger);
    connect(m_ui->renameButton, &QPushButton::clicked, m_renameAction, &QAction::trigger);
    connect(m_ui->signInAgainButton, &QPushButton::clicked, m_signInAgainAction, &QAction::trigger);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &ProfilesWidget::passCheck);
    connect(m_ui->solveButton, &QPushButton::clicked, this, &ProfilesWidget::passCheck);
    connect(m_ui->otherAppButton, &QPushButton::clicked, this, [this] {
        if (const auto p = current())
            Q_EMIT signInWithAnotherAppRequested(*p);
    });
    connect(m_ui->removeButton, &QPushButton::clicked, m_removeAction, &QAction::trigger);
    connect(m_ui->retrySaveButton, &QPushButton::clicked, this, &ProfilesWidget::retrySave);
    // Esc in the search field clears it; on an empty field it goes back to the list.
    auto *clearSearch
        = new QShortcut(QKeySequence(Qt::Key_Escape), m_ui->filterEdit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, this, [this] {
        if (m_ui->filterEdit->text().isEmpty())
            m_ui->profileTree->setFocus(Qt::ShortcutFocusReason);
        else
            m_ui->filterEdit->clear();
    });

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Its clear button is made when it first has text (the button shows only then): making it
        // asks the icon theme for "edit-clear", and the first such question reads the theme's whole
        // index — ~10 ms, a twentieth of the app's start-up (bench/notes.md, session 8).
        if (!text.isEmpty() && !m_ui->filterEdit->isClearButtonEnabled())
            m_ui->filterEdit->setClearButtonEnabled(true);
        m_proxy->setFilterFixedString(text.trimmed());
        m_ui->profileTree->expandAll();
        const QModelIndex current = m_ui->profileTree->currentIndex();
        if ((!current.isValid() || isHeading(current)) && m_proxy->rowCount() > 0)
            m_ui->profileTree->setCurrentIndex(firstProfile(m_proxy));
        showDetails();
    });
    // The model is connected to the store first, so these see the list as changed.
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfilesWidget::listChanged);
    connect(m_store, &ProfileStore::profileChanged, this, &ProfilesWidget::profileUpdated);
    connect(m_store, &ProfileStore::secretStateChanged, this, [this](const QString &id) {
        m_lastFour.remove(id); // a new token (signed in again) or the same one saved
        if (id == m_shownId)
            showLastFour(id);
        profileUpdated(id);
    });
    // A token began to expire soon or expired while the window stayed open: its dates say so now.
    connect(m_model, &ProfileModel::badgesChanged, this, &ProfilesWidget::showDetails);
    connect(m_checker, &TokenChecker::finished, this, &ProfilesWidget::checkFinished);
    // Results reach it through checkFinished(), once recorded.
    connect(m_checkAll, &CheckAll::progress, this, &ProfilesWidget::checkAllProgress);
    connect(m_checkAll, &CheckAll::finished, this, [this](const QString &summary, bool cancelled) {
        updateActions();
        showDetails();
        Q_EMIT checkAllFinished(summary, cancelled);
    });
    connect(m_store, &ProfileStore::indexWriteFailed, this, &ProfilesWidget::showStoreProblem);
    m_ui->profileTree->expandAll();
    listChanged();
}

ProfilesWidget::~ProfilesWidget() = default;

void ProfilesWidget::showStoreProblem(const QString &message)
{
    m_ui->storeProblemLabel->setText(message);
    m_ui->storeProblemLabel->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT statusMessage(message, 0);
}

void ProfilesWidget::setNetworkContext(const NetworkContext &context)
{
    m_checker->setContext(context);
    m_avatars->setContext(context); // avatars are fetched from now on
}

QList<QAction *> ProfilesWidget::profileActions() const
{
    return {m_copyAction, m_checkAction, m_renameAction, m_signInAgainAction, m_removeAction};
}

QByteArray ProfilesWidget::saveSplitterState() const
{
    return m_ui->splitter->saveState();
}

void ProfilesWidget::restoreSplitterState(const QByteArray &state)
{
    m_ui->splitter->restoreState(state);
}

void ProfilesWidget::focusSearch()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

QString ProfilesWidget::currentProfileId() const
{
    return m_ui->profileTree->currentIndex().data(kIdRole).toString();
}

void ProfilesWidget::selectProfile(const QString &id)
{
    const QModelIndex found = m_proxy->mapFromSource(m_model->indexOf(id));
    if (found.isValid())
        m_ui->profileTree->setCurrentIndex(found);
    showDetails();
}

std::optional<Profile> ProfilesWidget::current() const
{
    const QString id = currentProfileId();
    return id.isEmpty() ? std::nullopt : m_store->profile(id);
}

void ProfilesWidget::listChanged()
{
    if (!m_ui->profileTree->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_ui->profileTree->setCurrentIndex(firstProfile(m_proxy));
    showDetails();
}

void ProfilesWidget::profileUpdated(const QString &id)
{
    if (id == currentProfileId())
        showDetails();
}

void ProfilesWidget::showDetails()
{
    const auto p = current();
    updateActions();
    if (!p) {
        m_tokenField->conceal();
        m_ui->detailsStack->setCurrentWidget(m_ui->noSelectionPage);
        return;
    }
    m_ui->detailsStack->setCurrentWidget(m_ui->detailsPage);
    if (p->id != m_shownId) {
        m_ui->messageLabel->clear(); // results of actions on another profile
        m_shownId = p->id;
        showLastFour(p->id);
    }
    m_ui->titleLabel->setText(p->title());
    const QString kind = p->kind == TokenKind::User ? tr("User") : tr("Community");
    m_ui->kindValue->setText(
        p->name.isEmpty() || p->name == p->title() ? kind : tr("%1: %2").arg(kind, p->name));
    m_ui->vkIdValue->setText(QString::number(p->vkId));
    m_ui->appValue->setText(
        p->appClientId.isEmpty() ? p->appName : tr("%1 (%2)").arg(p->appName, p->appClientId));
    const QStringList scopes = p->isVkId() ? p->scopeText.split(u' ', Qt::SkipEmptyParts) : p->scopeNames();
    m_ui->scopesValue->setText(scopes.isEmpty() ? tr("none") : scopes.join(QStringLiteral(", ")));
    m_ui->scopesValue->setToolTip(tr("Mask %1").arg(p->scope));
    m_ui->obtainedValue->setText(p->obtainedAt.isValid() ? dateText(p->obtainedAt) : tr("unknown"));
    m_ui->expiresValue->setText(expiryText(*p));
    m_ui->emailValue->setText(p->email.isEmpty() ? tr("not shared") : p->email);
    if (m_checker->isChecking(p->id) || m_checkAll->isChecking(p->id))
        m_ui->lastCheckValue->setText(tr("Checking…"));
    else if (!p->lastCheckAt.isValid())
        m_ui->lastCheckValue->setText(Profile::describe(CheckStatus::Unknown));
    else
        m_ui->lastCheckValue->setText(
            tr("%1, %2").arg(Profile::describe(p->lastCheck), dateText(p->lastCheckAt)));
    m_ui->lastCheckValue->setToolTip(p->lastCheckMessage);
    const bool questioned = p->lastCheck == CheckStatus::NeedsAction;
    m_ui->verifyButton->setVisible(questioned && p->lastCheckReason == u"validation_required");
    m_ui->solveButton->setVisible(questioned && p->lastCheckReason == u"captcha_required");
    m_ui->otherAppButton->setVisible(questioned && p->lastCheckReason == u"token_confirmation_required");

    const ProfileStore::SecretState state = m_store->secretState(p->id);
    m_ui->unsavedFrame->setVisible(state == ProfileStore::SecretState::NotSaved);
    switch (state) {
    case ProfileStore::SecretState::Saved:
        m_ui->keychainValue->setText(tr("Saved in the system keychain"));
        break;
    case ProfileStore::SecretState::Saving:
        m_ui->keychainValue->setText(tr("Saving to the system keychain…"));
        break;
    case ProfileStore::SecretState::NotSaved:
        m_ui->keychainValue->setText(tr("Not saved"));
        m_ui->unsavedLabel->setText(
            tr("This token is not saved: %1\nIt is kept only until VK Auth closes. Copy it "
               "now, or retry saving.")
                .arg(m_store->saveError(p->id)));
        break;
    }
}

void ProfilesWidget::updateActions()
{
    const bool any = current().has_value();
    for (QAction *action : {m_copyAction, m_checkAction, m_renameAction, m_removeAction, m_signInAgainAction})
        action->setEnabled(any);
    m_ui->copyButton->setEnabled(any);
    m_ui->checkButton->setEnabled(any);
    m_ui->renameButton->setEnabled(any);
    m_ui->removeButton->setEnabled(any);
    m_ui->signInAgainButton->setEnabled(any);
    m_checkAllAction->setEnabled(m_store->count() > 0 && !m_checkAll->isRunning());
}

void ProfilesWidget::showMessage(const QString &profileId, const QString &text)
{
    if (profileId == currentProfileId())
        m_ui->messageLabel->setText(text);
    Q_EMIT statusMessage(text, 8000);
}

void ProfilesWidget::withFreshToken(const QString &id, const std::function<void(const QString &token)> &then)
{
    auto *fresh = new FreshToken(m_store, m_checker->context(), this);
    connect(fresh, &FreshToken::finished, this, [this, id, fresh, then](const FreshToken::Result &result) {
        fresh->deleteLater();
        const auto p = m_store->profile(id);
        if (!p)
            return;
        if (!result.notice.isEmpty())
            Q_EMIT statusMessage(result.notice, 10000);
        if (result.ok()) {
            m_lastFour.insert(id, result.token.right(4));
            then(result.token);
            return;
        }
        if (result.secretError)
            showMessage(id,
                tr("The token of “%1” could not be read. %2").arg(p->title(), result.secretError->message));
        else if (result.error->reason == VkId::kSignInAgain)
            showMessage(
                id, tr("VK ID no longer accepts the refresh token of “%1”: sign in again.").arg(p->title()));
        else
            showMessage(
                id, tr("The token of “%1” could not be refreshed. %2").arg(p->title(), result.error->text()));
        if (id == currentProfileId())
            showDetails();
    });
    fresh->fetch(id);
}

void ProfilesWidget::copyToken()
{
    const auto p = current();
    if (!p)
        return;
    const QString id = p->id;
    withFreshToken(id, [this, id](const QString &token) {
        m_clipboard->copySecret(token);
        const int seconds = m_clipboard->clearAfterSeconds();
        showMessage(id,
            seconds > 0 ? tr("Token copied. The clipboard is cleared in %1 s.").arg(seconds)
                        : tr("Token copied."));
    });
}

void ProfilesWidget::checkToken()
{
    const auto p = current();
    if (!p)
        return;
    const QString id = p->id;
    m_ui->lastCheckValue->setText(tr("Checking…"));
    withFreshToken(id, [this, id](const QString &token) {
        if (const auto p = m_store->profile(id))
            m_checker->check(*p, token);
    });
}

void ProfilesWidget::checkAll()
{
    m_checkAll->start();
    updateActions();
    showDetails();
}

void ProfilesWidget::cancelCheckAll()
{
    m_checkAll->cancel();
}

void ProfilesWidget::showLastFour(const QString &id)
{
    m_tokenField->setLastFour(m_lastFour.value(id));
    if (m_lastFour.contains(id))
        return;
    m_store->readSecrets(id, this, [this, id](const std::optional<ProfileSecrets> &secrets, const auto &) {
        if (!secrets)
            return;
        m_lastFour.insert(id, secrets->token.right(4));
        if (id == m_shownId && !m_tokenField->isRevealed())
            m_tokenField->setLastFour(m_lastFour.value(id));
    });
}

void ProfilesWidget::revealToken()
{
    const QString id = m_shownId;
    m_store->readSecrets(id, this,
        [this, id](const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &error) {
            if (id != m_shownId)
                return;
            if (secrets) {
                m_tokenField->reveal(secrets->token);
                return;
            }
            m_tokenField->conceal();
            showMessage(id, tr("The token could not be read. %1").arg(error ? error->message : QString()));
        });
}

void ProfilesWidget::passCheck()
{
    const auto p = current();
    if (!p)
        return;
    const QUrl page = m_verifyLinks.value(p->id);
    if (page.isEmpty()) {
        m_passAfterCheck.insert(p->id);
        checkToken();
    } else if (p->lastCheckReason == u"captcha_required") {
        Q_EMIT solveRequested(*p, page);
    } else {
        Q_EMIT verifyRequested(*p, page);
    }
}

void ProfilesWidget::checkFinished(const QString &id, const CheckResult &result)
{
    const bool oneOfMany = m_checkAll->isChecking(id);
    if (m_store->recordCheck(id, result)) {
        const auto p = m_store->profile(id);
        if (result.redirectUri.isValid() && !result.redirectUri.isEmpty())
            m_verifyLinks.insert(id, result.redirectUri);
        else
            m_verifyLinks.remove(id);
        const QString outcome = result.status == CheckStatus::Valid
            ? result.message
            : formatError(result.message, result.details);
        if (oneOfMany) { // the summary goes to the status bar
            if (id == currentProfileId())
                m_ui->messageLabel->setText(tr("%1: %2").arg(p->title(), outcome));
        } else {
            showMessage(id, tr("%1: %2").arg(p->title(), outcome));
        }
        if (id == currentProfileId())
            showDetails();
        if (m_passAfterCheck.remove(id) && m_verifyLinks.contains(id) && id == currentProfileId())
            passCheck();
    }
    m_checkAll->checked(id, result);
}

void ProfilesWidget::rename()
{
    const QModelIndex index = m_ui->profileTree->currentIndex();
    if (index.isValid())
        m_ui->profileTree->edit(index);
}

void ProfilesWidget::removeProfile()
{
    const auto p = current();
    if (!p)
        return;
    const QString text = p->isVkId()
        ? tr("Remove “%1”?\n\nIts access is revoked at VK ID, then its tokens are deleted from this computer "
             "and from the system keychain.")
        : tr("Remove “%1”?\n\nIts token is deleted from this computer and from the system keychain. "
             "VK still accepts the token until it expires or you revoke the app's access in VK's settings.");
    QMessageBox box(QMessageBox::Question, tr("Remove profile"), text.arg(p->title()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("removeConfirmation"));
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Remove"));
    if (box.exec() != QMessageBox::Yes)
        return;
    const QString title = p->title();
    const QString id = p->id;
    const auto removeHere = [this, id, title](const QString &revokeProblem) {
        m_store->remove(id, this, [this, id, title, revokeProblem](const std::optional<SecretError> &error) {
            if (error)
                showMessage(id, tr("“%1” was not removed: %2").arg(title, error->message));
            else if (!revokeProblem.isEmpty())
                Q_EMIT statusMessage(
                    tr("Removed “%1”, but VK ID could not revoke its access (%2): revoke it in "
                       "your VK account's settings (Apps and sites).")
                        .arg(title, revokeProblem),
                    30000);
            else
                Q_EMIT statusMessage(tr("Removed “%1”.").arg(title), 8000);
        });
    };
    if (!p->isVkId()) {
        removeHere({});
        return;
    }
    Q_EMIT statusMessage(tr("Revoking the access of “%1” at VK ID…").arg(title), 0);
    revokeVkIdGrant(m_store, m_checker->context(), *p, this, removeHere);
}

void ProfilesWidget::retrySave()
{
    if (const auto p = current())
        m_store->retrySave(p->id);
}

} // namespace vkauth::gui
