#include "transfer/ImportDialog.h"
#include "ui_ImportDialog.h"

#include "profiles/ProfileStore.h"
#include "transfer/ExportFile.h"

#include <QFileDialog>
#include <QPushButton>

namespace vkauth::gui {

ImportDialog::ImportDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_store(store)
    , m_importer(new ProfileImporter(store, this))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->errorLabel->hide();
    m_ui->progressBar->hide();
    m_ui->conflictGroup->hide();
    m_ui->summaryLabel->hide();
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ImportDialog::fileChanged);
    connect(m_ui->passphraseEdit, &QLineEdit::textChanged, this, [this] {
        m_read = false;
        m_items.clear();
        updateState();
    });
    connect(m_ui->passphraseEdit, &QLineEdit::returnPressed, this, &ImportDialog::readFile);
    connect(m_ui->readButton, &QPushButton::clicked, this, &ImportDialog::readFile);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Profiles"), m_ui->fileEdit->text(),
            tr("VK Auth exports (*.vkauth *.json *.env);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::cancelOrClose);
    connect(m_importer, &ProfileImporter::progress, this, [this](int done, int total) {
        m_ui->progressBar->setMaximum(total);
        m_ui->progressBar->setValue(done);
    });
    connect(m_importer, &ProfileImporter::rollingBack, this,
        [this] { m_ui->summaryLabel->setText(tr("Taking back what was written…")); });
    connect(m_importer, &ProfileImporter::finished, this, &ImportDialog::importFinished);
    fileChanged();
}

ImportDialog::~ImportDialog()
{
    m_ui->passphraseEdit->clear();
}

ImportDialog *ImportDialog::openFor(ProfileStore *store, QWidget *parent)
{
    auto *dialog = new ImportDialog(store, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ImportDialog::setFile(const QString &path)
{
    m_ui->fileEdit->setText(path);
}

// Detects the format at once (no passphrase needed) so the passphrase field shows only when needed.
void ImportDialog::fileChanged()
{
    m_read = false;
    m_items.clear();
    m_format.reset();
    m_ui->errorLabel->hide();
    m_ui->summaryLabel->hide();
    m_ui->conflictGroup->hide();
    m_ui->formatLabel->clear();
    const QString path = m_ui->fileEdit->text().trimmed();
    if (!path.isEmpty()) {
        const auto content = ExportFile::read(path);
        const auto format = content.ok() ? ExportFormats::detect(content.value)
                                         : ExportResult<ExportFormat>::failure(*content.error);
        if (format.ok()) {
            m_format = format.value;
            m_ui->formatLabel->setText(format.value == ExportFormat::Encrypted
                    ? tr("Encrypted: enter the passphrase it was exported with")
                    : ExportFormats::describe(format.value));
        } else {
            showError(*format.error);
        }
    }
    updateState();
}

void ImportDialog::readFile()
{
    if (!m_format)
        return;
    m_ui->errorLabel->hide();
    const auto items
        = m_importer->prepareFile(m_ui->fileEdit->text().trimmed(), m_ui->passphraseEdit->text());
    if (!items.ok()) {
        showError(*items.error);
        m_read = false;
        updateState();
        return;
    }
    m_items = items.value;
    m_read = true;
    const int conflicts = ProfileImporter::conflictCount(m_items);
    m_ui->summaryLabel->setText(conflicts
            ? tr("Profiles in the file: %1. Already here (same account and app): %2.")
                  .arg(m_items.size())
                  .arg(conflicts)
            : tr("Profiles in the file: %1.").arg(m_items.size()));
    m_ui->summaryLabel->show();
    m_ui->conflictGroup->setVisible(conflicts > 0);
    updateState();
}

void ImportDialog::updateState()
{
    const bool encrypted = m_format == ExportFormat::Encrypted;
    m_ui->passphraseLabel->setVisible(encrypted);
    m_ui->passphraseEdit->setVisible(encrypted);
    const bool busy = m_importer->isRunning();
    m_ui->readButton->setEnabled(
        m_format && !busy && (!encrypted || !m_ui->passphraseEdit->text().isEmpty()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_read && !busy && !m_items.isEmpty());
}

void ImportDialog::startImport()
{
    if (!m_read) {
        readFile();
        if (!m_read)
            return;
    }
    ConflictChoice choice = ConflictChoice::Skip;
    if (m_ui->replaceRadio->isChecked())
        choice = ConflictChoice::Replace;
    else if (m_ui->keepBothRadio->isChecked())
        choice = ConflictChoice::KeepBoth;
    ProfileImporter::resolveAll(m_items, choice);
    m_ui->errorLabel->hide();
    m_ui->progressBar->setRange(0, int(m_items.size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    setBusy(true);
    m_importer->start(m_items);
    updateState();
}

void ImportDialog::importFinished(const ImportOutcome &outcome)
{
    m_ui->progressBar->hide();
    setBusy(false);
    m_items.clear();
    m_read = false;
    if (outcome.ok()) {
        m_ui->passphraseEdit->clear();
        Q_EMIT imported(outcome.summary);
        accept();
        return;
    }
    showError(*outcome.error);
    m_ui->summaryLabel->hide();
    m_ui->conflictGroup->hide();
    updateState();
}

void ImportDialog::showError(const ExportError &error)
{
    m_ui->errorLabel->setText(
        error.details.isEmpty() ? error.message : tr("%1\n(%2)").arg(error.message, error.details));
    m_ui->errorLabel->show();
}

void ImportDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_ui->fileEdit), static_cast<QWidget *>(m_ui->browseButton),
             static_cast<QWidget *>(m_ui->passphraseEdit), static_cast<QWidget *>(m_ui->conflictGroup)})
        w->setEnabled(!busy);
}

void ImportDialog::cancelOrClose()
{
    if (m_importer->isRunning()) {
        m_importer->cancel();
        return;
    }
    reject();
}

} // namespace vkauth::gui
