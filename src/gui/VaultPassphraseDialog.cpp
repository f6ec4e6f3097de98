// SPDX-License-Identifier: MIT
#include "VaultPassphraseDialog.h"
#include "ui_VaultPassphraseDialog.h"

#include "crypto/PassphraseStrength.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "profiles/SecretVault.h"

#include <QApplication>
#include <QDir>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>

namespace vkauth::gui {

VaultPassphraseDialog::VaultPassphraseDialog(Mode mode, std::shared_ptr<SecretVault> vault, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VaultPassphraseDialog>())
    , m_mode(mode)
    , m_vault(std::move(vault))
{
    m_ui->setupUi(this);
    // Sized to its contents, again whenever a wrapped text (strength, error) changes: a free-size
    // dialog gives a word-wrapped label too little height and cuts it off.
    layout()->setSizeConstraint(QLayout::SetFixedSize);
    m_ui->errorLabel->hide();
    const bool create = mode == Mode::Create;
    m_ui->repeatLabel->setVisible(create);
    m_ui->repeatEdit->setVisible(create);
    m_ui->strengthLabel->setVisible(create);
    const QString where = QDir::toNativeSeparators(m_vault->path());
    if (create) {
        setWindowTitle(tr("New vault"));
        m_ui->introLabel->setText(
            tr("Tokens will be kept in an encrypted file (%1). Choose a passphrase for it: it is asked "
               "for once each time VK Auth starts, and nobody can recover it for you.")
                .arg(where));
    } else {
        setWindowTitle(tr("Open the vault"));
        m_ui->introLabel->setText(
            tr("Your tokens are kept in an encrypted file (%1). Enter its passphrase to use them.")
                .arg(where));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(create ? tr("&Create") : tr("&Open"));
    connect(m_ui->showCheck, &QCheckBox::toggled, this, [this](bool show) {
        const auto echo = show ? QLineEdit::Normal : QLineEdit::Password;
        m_ui->passphraseEdit->setEchoMode(echo);
        m_ui->repeatEdit->setEchoMode(echo);
    });
    connect(m_ui->passphraseEdit, &QLineEdit::textChanged, this, &VaultPassphraseDialog::updateStrength);
    updateStrength();
    m_ui->passphraseEdit->setFocus();
}

VaultPassphraseDialog::~VaultPassphraseDialog()
{
    m_ui->passphraseEdit->clear();
    m_ui->repeatEdit->clear();
}

void VaultPassphraseDialog::updateStrength()
{
    const QString passphrase = m_ui->passphraseEdit->text();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!passphrase.isEmpty());
    if (m_mode != Mode::Create)
        return;
    const auto strength = PassphraseStrength::assess(passphrase);
    m_ui->strengthLabel->setText(passphrase.isEmpty()
            ? QString()
            : tr("Strength: %1. %2").arg(PassphraseStrength::levelName(strength.level), strength.hint));
}

void VaultPassphraseDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    m_ui->passphraseEdit->setFocus();
    m_ui->passphraseEdit->selectAll();
}

void VaultPassphraseDialog::accept()
{
    const QString passphrase = m_ui->passphraseEdit->text();
    if (passphrase.isEmpty())
        return;
    if (m_mode == Mode::Create) {
        if (m_ui->repeatEdit->text() != passphrase) {
            m_ui->repeatEdit->clear();
            showError(tr("The two passphrases differ. Type it again in both fields."));
            return;
        }
        m_vault->setPassphrase(passphrase);
        QDialog::accept();
        return;
    }
    // Deriving the key takes a moment (Argon2id, about 0.3 s).
    m_ui->errorLabel->hide();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_vault->setPassphrase(passphrase);
    const std::optional<SecretError> error = m_vault->unlock();
    QApplication::restoreOverrideCursor();
    if (error) {
        m_vault->setPassphrase(QString());
        showError(error->code == SecretErrorCode::WrongPassphrase
                ? tr("This passphrase does not open the vault (or the file was changed). Try again.")
                : error->text());
        return;
    }
    QDialog::accept();
}

std::shared_ptr<SecretVault> VaultPassphraseDialog::defaultVault()
{
    const QString dataDir = ProfileStore::defaultDataDir();
    return std::make_shared<SecretVault>(ProfileStore::vaultPath(dataDir), ProfileStore::lockPath(dataDir));
}

bool VaultPassphraseDialog::openForApp(
    const Settings &settings, std::shared_ptr<SecretVault> *vault, QWidget *parent)
{
    vault->reset();
    QString problem;
    const auto backend = chooseSecretBackend(settings.secretStore, &problem);
    if (!backend) {
        QMessageBox::critical(parent, tr("VK Auth"), problem);
        return false;
    }
    if (*backend == SecretBackend::Keychain)
        return true;
    auto opened = defaultVault();
    VaultPassphraseDialog dialog(opened->exists() ? Mode::Unlock : Mode::Create, opened, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *vault = opened;
    return true;
}

} // namespace vkauth::gui
