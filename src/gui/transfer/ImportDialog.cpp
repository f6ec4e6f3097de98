// SPDX-License-Identifier: MIT
#include "transfer/ImportDialog.h"
#include "ui_ImportDialog.h"

#include "profiles/ProfileStore.h"
#include "transfer/ExportFile.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

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
    m_ui->errorLabel->setTextFormat(Qt::PlainText); // paths and file contents are never markup
    m_ui->summaryLabel->setTextFormat(Qt::PlainText);
    m_ui->errorLabel->hide();
    m_ui->progressBar->hide();
    m_ui->conflictGroup->hide();
    m_ui->conflictGroup->setTitle(
        tr("Profiles that are already here (same account and app): for all of them"));
    m_ui->summaryLabel->hide();
    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("previewList"));
    m_preview->setHeaderLabels({tr("Profile"), tr("VK ID"), tr("Here")});
    m_preview->setRootIsDecorated(false);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->setMinimumHeight(120);
    m_preview->hide();
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->summaryLabel) + 1, m_preview);
    for (QRadioButton *radio : {m_ui->skipRadio, m_ui->replaceRadio, m_ui->keepBothRadio})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                applyChoiceToAll();
        });
    // The path is read when typing pauses or the field is left, never once per keystroke (a file may
    // be up to 64 MiB).
    m_fileTimer = new QTimer(this);
    m_fileTimer->setSingleShot(true);
    m_fileTimer->setInterval(400);
    connect(m_fileTimer, &QTimer::timeout, this, &ImportDialog::fileChanged);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, [this] {
        ++m_generation;
        m_read = false;
        m_fileTimer->start();
        updateState();
    });
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_fileTimer->isActive()) {
            m_fileTimer->stop();
            fileChanged();
        }
    });
    connect(m_ui->passphraseEdit, &QLineEdit::textChanged, this, [this] {
        ++m_generation;
        m_read = false;
        ProfileImporter::wipeItems(m_items);
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
    ProfileImporter::wipeItems(m_items);
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
    m_fileTimer->stop();
    fileChanged();
}

// Detects the format at once (no passphrase needed) so the passphrase field shows only when needed.
void ImportDialog::fileChanged()
{
    ++m_generation;
    m_read = false;
    ProfileImporter::wipeItems(m_items);
    m_format.reset();
    m_ui->errorLabel->hide();
    m_ui->summaryLabel->hide();
    m_ui->conflictGroup->hide();
    m_preview->clear();
    m_preview->hide();
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
    if (!m_format || m_reading)
        return;
    m_ui->errorLabel->hide();
    m_reading = true;
    // An encrypted file costs an Argon2id derivation: on a worker thread, with a busy bar meanwhile.
    m_ui->summaryLabel->setText(tr("Reading the file…"));
    m_ui->summaryLabel->show();
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressBar->show();
    updateState();
    m_importer->prepareFileInBackground(m_ui->fileEdit->text().trimmed(), m_ui->passphraseEdit->text(),
        [this, generation = m_generation](const ExportResult<QList<ImportItem>> &items) {
            m_reading = false;
            if (generation == m_generation) // else the file or passphrase changed meanwhile
                fileRead(items);
            else
                updateState();
        });
}

void ImportDialog::fileRead(const ExportResult<QList<ImportItem>> &items)
{
    m_ui->progressBar->hide();
    m_ui->summaryLabel->hide();
    const bool importNext = std::exchange(m_importAfterRead, false);
    if (!items.ok()) {
        showError(*items.error);
        m_read = false;
        updateState();
        return;
    }
    ProfileImporter::wipeItems(m_items);
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
    fillPreview();
    updateState();
    if (importNext)
        startImport();
}

void ImportDialog::updateState()
{
    const bool encrypted = m_format == ExportFormat::Encrypted;
    m_ui->passphraseLabel->setVisible(encrypted);
    m_ui->passphraseEdit->setVisible(encrypted);
    const bool busy = m_importer->isRunning() || m_reading;
    m_ui->readButton->setEnabled(
        m_format && !busy && (!encrypted || !m_ui->passphraseEdit->text().isEmpty()));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_read && !busy && !m_items.isEmpty());
    // Enter reads the file first (the preview), and only imports once the preview was seen (issue 14).
    ok->setDefault(m_read);
    ok->setAutoDefault(m_read);
    m_ui->readButton->setDefault(!m_read);
}

void ImportDialog::startImport()
{
    if (!m_read) {
        m_importAfterRead = true;
        readFile();
        return;
    }
    // Each conflict as its row says (the radio buttons set all rows; a row can differ).
    for (int i = 0; i < m_items.size() && i < m_preview->topLevelItemCount(); ++i) {
        if (auto *choice = qobject_cast<QComboBox *>(m_preview->itemWidget(m_preview->topLevelItem(i), 2)))
            m_items[i].choice = ConflictChoice(choice->currentData().toInt());
    }
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
    ProfileImporter::wipeItems(m_items);
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
    m_preview->clear();
    m_preview->hide();
    updateState();
}

// What the radio buttons say for every conflict (a row's own choice starts from it).
ConflictChoice ImportDialog::choiceForAll() const
{
    return m_ui->replaceRadio->isChecked() ? ConflictChoice::Replace
        : m_ui->keepBothRadio->isChecked() ? ConflictChoice::KeepBoth
                                           : ConflictChoice::Skip;
}

void ImportDialog::fillPreview()
{
    m_preview->clear();
    const ConflictChoice all = choiceForAll();
    for (int i = 0; i < m_items.size(); ++i) {
        const ImportItem &item = m_items[i];
        const Profile &p = item.entry.profile;
        auto *row = new QTreeWidgetItem(m_preview);
        row->setText(0, p.kind == TokenKind::Community ? tr("%1 (community)").arg(p.title()) : p.title());
        row->setText(1, QString::number(p.vkId));
        if (item.conflictId.isEmpty()) {
            row->setText(2, tr("new"));
            continue;
        }
        auto *choice = new QComboBox(m_preview);
        choice->setObjectName(QStringLiteral("choice_%1").arg(i));
        choice->addItem(tr("Skip"), int(ConflictChoice::Skip));
        choice->addItem(tr("Replace"), int(ConflictChoice::Replace));
        choice->addItem(tr("Keep both"), int(ConflictChoice::KeepBoth));
        choice->setCurrentIndex(choice->findData(int(all)));
        const auto kept = m_store ? m_store->profile(item.conflictId) : std::nullopt;
        choice->setToolTip(tr("Already here as %1").arg(kept ? kept->title() : item.conflictId));
        m_preview->setItemWidget(row, 2, choice);
    }
    m_preview->resizeColumnToContents(1);
    m_preview->setVisible(!m_items.isEmpty());
}

void ImportDialog::applyChoiceToAll()
{
    const ConflictChoice all = choiceForAll();
    for (int i = 0; i < m_preview->topLevelItemCount(); ++i) {
        if (auto *choice = qobject_cast<QComboBox *>(m_preview->itemWidget(m_preview->topLevelItem(i), 2)))
            choice->setCurrentIndex(choice->findData(int(all)));
    }
}

QString ImportDialog::summaryText(const ImportSummary &summary)
{
    QStringList parts {tr("%n imported", nullptr, summary.added)};
    if (summary.replaced > 0)
        parts << tr("%n replaced", nullptr, summary.replaced);
    if (summary.skipped > 0)
        parts << tr("%n skipped", nullptr, summary.skipped);
    return parts.join(QStringLiteral(", ")) + u'.';
}

void ImportDialog::showError(const ExportError &error)
{
    m_ui->errorLabel->setText(error.text(ErrorLayout::TwoLines));
    m_ui->errorLabel->show();
}

void ImportDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_ui->fileEdit), static_cast<QWidget *>(m_ui->browseButton),
             static_cast<QWidget *>(m_ui->passphraseEdit), static_cast<QWidget *>(m_ui->conflictGroup),
             static_cast<QWidget *>(m_preview)})
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
