// SPDX-License-Identifier: MIT
#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "Translations.h"
#include "VaultPassphraseDialog.h"
#include "auth/OfficialApps.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "profiles/SecretVault.h"
#include "profiles/StoreMigration.h"
#include "signin/ScopeDescriptions.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QPushButton>

namespace vkauth::gui {

SettingsDialog::SettingsDialog(const Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_initial(settings)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();

    m_ui->languageCombo->addItem(tr("System language"), QString());
    for (const QString &language : Translations::available())
        m_ui->languageCombo->addItem(Translations::nativeName(language), language);
    for (const VkDomain domain : {VkDomain::VkRu, VkDomain::VkCom})
        m_ui->domainCombo->addItem(Endpoints::domainName(domain), QVariant::fromValue(int(domain)));
    for (const AppCredentials &app : AppCredentials::official())
        m_ui->defaultAppCombo->addItem(app.displayName, app.key);
    m_ui->proxyTypeCombo->addItem(QStringLiteral("HTTP"), QVariant::fromValue(int(QNetworkProxy::HttpProxy)));
    m_ui->proxyTypeCombo->addItem(
        QStringLiteral("SOCKS5"), QVariant::fromValue(int(QNetworkProxy::Socks5Proxy)));
    m_ui->clipboardSpin->setMaximum(Settings::kMaxClipboardClearSeconds);
    m_ui->timeoutSpin->setRange(Settings::kMinTimeoutSeconds, Settings::kMaxTimeoutSeconds);

    for (QRadioButton *radio : {m_ui->proxySystemRadio, m_ui->proxyNoneRadio, m_ui->proxyManualRadio})
        connect(radio, &QRadioButton::toggled, this, &SettingsDialog::updateProxyFields);
    connect(m_ui->vaultRadio, &QRadioButton::toggled, this, &SettingsDialog::updateSecretStoreNote);
    m_ui->moveProgress->hide();
    addScopeChecks();
    alignLabels();
    showValues(settings);
    setProfileStore(nullptr, nullptr);
}

void SettingsDialog::setProfileStore(ProfileStore *store, std::shared_ptr<SecretVault> vault)
{
    m_store = store;
    m_vault = std::move(vault);
    const bool vaultInUse = store ? store->secrets()->backend() == SecretBackend::Vault
                                  : m_initial.secretStore == SecretBackend::Vault;
    m_ui->vaultRadio->setChecked(vaultInUse);
    m_ui->keychainRadio->setChecked(!vaultInUse);
    const bool fromEnvironment = !qEnvironmentVariableIsEmpty("VKAUTH_SECRET_STORE");
    m_ui->keychainRadio->setEnabled(store && !fromEnvironment);
    m_ui->vaultRadio->setEnabled(store && !fromEnvironment);
    updateSecretStoreNote();
}

SecretBackend SettingsDialog::chosenBackend() const
{
    return m_ui->vaultRadio->isChecked() ? SecretBackend::Vault : SecretBackend::Keychain;
}

void SettingsDialog::updateSecretStoreNote()
{
    QString note;
    if (!qEnvironmentVariableIsEmpty("VKAUTH_SECRET_STORE")) {
        note
            = tr("Chosen by the environment variable VKAUTH_SECRET_STORE (%1), which wins over this setting.")
                  .arg(qEnvironmentVariable("VKAUTH_SECRET_STORE").left(40));
    } else if (m_store && chosenBackend() != m_store->secrets()->backend()) {
        const int n = int(m_store->count());
        note = chosenBackend() == SecretBackend::Vault
            ? tr("OK moves the tokens of %n profile(s) into the encrypted file.", nullptr, n)
            : tr("OK moves the tokens of %n profile(s) into the system keychain.", nullptr, n);
    }
    m_ui->secretStoreNote->setText(note);
    m_ui->secretStoreNote->setVisible(!note.isEmpty());
}

SettingsDialog::~SettingsDialog() = default;

// The default permissions with the sign-in form's check boxes and descriptions (issue 14), in place of
// typing names. The names field stays behind them as the value (it is what Settings keeps).
void SettingsDialog::addScopeChecks()
{
    auto *boxes = new QWidget(m_ui->signInGroup);
    boxes->setObjectName(QStringLiteral("defaultScopesBoxes"));
    auto *grid = new QGridLayout(boxes);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto &table = Scopes::table(ScopeKind::User);
    for (int i = 0; i < table.size(); ++i) {
        const QString name = QString::fromLatin1(table[i].name);
        auto *box = new QCheckBox(name, boxes);
        box->setObjectName(QStringLiteral("scope_") + name);
        box->setToolTip(describeScope(ScopeKind::User, name));
        grid->addWidget(box, i / 4, i % 4);
        m_scopeBoxes << box;
        connect(box, &QCheckBox::toggled, this, [this] {
            if (m_syncingScopes)
                return;
            QStringList names;
            for (const QCheckBox *b : std::as_const(m_scopeBoxes)) {
                if (b->isChecked())
                    names << b->text();
            }
            m_syncingScopes = true;
            m_ui->defaultScopesEdit->setText(names.size() == m_scopeBoxes.size()
                    ? QStringLiteral("all")
                    : names.join(QStringLiteral(", ")));
            m_syncingScopes = false;
        });
    }
    m_ui->signInForm->replaceWidget(m_ui->defaultScopesEdit, boxes);
    m_ui->defaultScopesEdit->hide();
    m_ui->defaultScopesLabel->setBuddy(m_scopeBoxes.value(0));
    connect(m_ui->defaultScopesEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_syncingScopes)
            return;
        const quint32 mask = Scopes::parse(text, ScopeKind::User).mask.value_or(0);
        m_syncingScopes = true;
        const auto &table = Scopes::table(ScopeKind::User);
        for (int i = 0; i < m_scopeBoxes.size(); ++i)
            m_scopeBoxes[i]->setChecked(mask & table[i].bit);
        m_syncingScopes = false;
    });
}

// One label column for the four groups (issue 14: the fields of each group started elsewhere).
void SettingsDialog::alignLabels()
{
    QList<QWidget *> labels;
    int widest = 0;
    for (QFormLayout *form : findChildren<QFormLayout *>()) {
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget()) {
                labels << item->widget();
                widest = qMax(widest, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(widest);
}

void SettingsDialog::showValues(const Settings &settings)
{
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(settings.language)));
    m_ui->domainCombo->setCurrentIndex(m_ui->domainCombo->findData(int(settings.domain)));
    m_ui->defaultAppCombo->setCurrentIndex(qMax(0, m_ui->defaultAppCombo->findData(settings.defaultApp)));
    m_ui->defaultScopesEdit->setText(settings.defaultScopes);
    m_ui->clipboardSpin->setValue(settings.clipboardClearSeconds);
    m_ui->timeoutSpin->setValue(settings.requestTimeoutSeconds);
    m_ui->proxySystemRadio->setChecked(settings.proxyMode == Settings::ProxyMode::System);
    m_ui->proxyNoneRadio->setChecked(settings.proxyMode == Settings::ProxyMode::None);
    m_ui->proxyManualRadio->setChecked(settings.proxyMode == Settings::ProxyMode::Manual);
    m_ui->proxyTypeCombo->setCurrentIndex(m_ui->proxyTypeCombo->findData(int(settings.proxyType)));
    m_ui->proxyHostEdit->setText(settings.proxyHost);
    m_ui->proxyPortSpin->setValue(settings.proxyPort);
    updateProxyFields();
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = m_ui->proxyManualRadio->isChecked();
    m_ui->proxyTypeCombo->setEnabled(manual);
    m_ui->proxyHostEdit->setEnabled(manual);
    m_ui->proxyPortSpin->setEnabled(manual);
}

Settings SettingsDialog::settings() const
{
    Settings s = m_initial;
    s.language = m_ui->languageCombo->currentData().toString();
    s.domain = VkDomain(m_ui->domainCombo->currentData().toInt());
    s.defaultApp = m_ui->defaultAppCombo->currentData().toString();
    s.defaultScopes = m_ui->defaultScopesEdit->text().trimmed();
    s.clipboardClearSeconds = m_ui->clipboardSpin->value();
    s.requestTimeoutSeconds = m_ui->timeoutSpin->value();
    s.proxyMode = m_ui->proxyManualRadio->isChecked() ? Settings::ProxyMode::Manual
        : m_ui->proxyNoneRadio->isChecked()           ? Settings::ProxyMode::None
                                                      : Settings::ProxyMode::System;
    s.proxyType = QNetworkProxy::ProxyType(m_ui->proxyTypeCombo->currentData().toInt());
    s.proxyHost = m_ui->proxyHostEdit->text().trimmed();
    s.proxyPort = quint16(m_ui->proxyPortSpin->value());
    return s;
}

void SettingsDialog::accept()
{
    if (m_migration)
        return;
    const Settings s = settings();
    const QStringList problems = s.validate();
    if (!problems.isEmpty()) {
        m_ui->errorLabel->setText(problems.join(u'\n'));
        m_ui->errorLabel->show();
        return;
    }
    if (m_store && chosenBackend() != m_store->secrets()->backend()) {
        moveTokens(s);
        return;
    }
    save(s);
}

void SettingsDialog::reject()
{
    if (!m_migration) // the move is short and all or nothing: it is not left half way
        QDialog::reject();
}

void SettingsDialog::save(const Settings &s)
{
    s.save();
    s.applyNetworkProxy();
    Q_EMIT settingsSaved(s);
    QDialog::accept();
}

void SettingsDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_ui->generalGroup), static_cast<QWidget *>(m_ui->signInGroup),
             static_cast<QWidget *>(m_ui->networkGroup), static_cast<QWidget *>(m_ui->buttonBox)})
        w->setEnabled(!busy);
    m_ui->keychainRadio->setEnabled(!busy);
    m_ui->vaultRadio->setEnabled(!busy);
    m_ui->moveProgress->setVisible(busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void SettingsDialog::moveTokens(const Settings &s)
{
    const SecretBackend target = chosenBackend();
    std::shared_ptr<SecretVault> vault = m_vault ? m_vault : VaultPassphraseDialog::defaultVault();
    if (!vault->hasPassphrase()) { // moving into the vault: open it, or make it, first
        VaultPassphraseDialog ask(
            vault->exists() ? VaultPassphraseDialog::Mode::Unlock : VaultPassphraseDialog::Mode::Create,
            vault, this);
        if (ask.exec() != QDialog::Accepted)
            return;
    }
    m_ui->errorLabel->hide();
    m_ui->moveProgress->setRange(0, 0);
    setBusy(true);
    m_migration = new StoreMigration(m_store, vault, target, this);
    connect(m_migration, &StoreMigration::progress, this, [this](int done, int total) {
        m_ui->moveProgress->setRange(0, total);
        m_ui->moveProgress->setValue(done);
    });
    connect(m_migration, &StoreMigration::finished, this,
        [this, s, target, vault](const StoreMigration::Result &result) {
            m_migration->deleteLater();
            m_migration = nullptr;
            setBusy(false);
            if (!result.ok) {
                QString message
                    = tr("Nothing was moved; the tokens stay where they were: %1").arg(result.message);
                if (!result.leftovers.isEmpty())
                    message += u'\n'
                        + tr("These copies could not be taken back: %1").arg(result.leftovers.join(u", "));
                m_ui->errorLabel->setText(message);
                m_ui->errorLabel->show();
                return;
            }
            Settings saved = s;
            saved.secretStore = target;
            saved.secretStoreChosen = true;
            QString message = target == SecretBackend::Vault
                ? tr("Moved %n profile(s) to the encrypted file.", nullptr, result.moved)
                : tr("Moved %n profile(s) to the system keychain.", nullptr, result.moved);
            if (!result.leftovers.isEmpty())
                message += u' ' + tr("Old copies left behind: %1.").arg(result.leftovers.join(u", "));
            m_vault = target == SecretBackend::Vault ? vault : m_vault;
            Q_EMIT secretStoreMoved(target == SecretBackend::Vault ? vault : nullptr, message);
            save(saved);
        });
    m_migration->start();
}

} // namespace vkauth::gui
