// SPDX-License-Identifier: MIT
#include "transfer/ExportDialog.h"
#include "ui_ExportDialog.h"

#include "crypto/PassphraseStrength.h"
#include "profiles/ProfileStore.h"
#include "transfer/ExportFormats.h"
#include "transfer/ProfileExporter.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace vkauth::gui {

ExportDialog::ExportDialog(ProfileStore *store, const QStringList &preselected, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_store(store)
    , m_exporter(new ProfileExporter(store, this))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    for (const ExportFormat f :
        {ExportFormat::Encrypted, ExportFormat::Json, ExportFormat::Env, ExportFormat::Metadata})
        m_ui->formatCombo->addItem(ExportFormats::describe(f), ExportFormats::name(f));
    m_ui->progressBar->hide();
    m_ui->errorLabel->hide();
    m_ui->mismatchLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->errorLabel->setTextFormat(Qt::PlainText); // paths and file contents are never markup
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_lastSuffix = ExportFormats::fileSuffix(ExportFormat::Encrypted);
    m_ui->fileEdit->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder)
                                .filePath(QStringLiteral("vkauth-profiles.") + m_lastSuffix));
    fillProfiles(preselected);

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    // Show the passphrase, or let the app make one (issue 14); a made one is shown, to be written down.
    auto *tools = new QWidget(m_ui->passphraseGroup);
    auto *toolsLayout = new QHBoxLayout(tools);
    toolsLayout->setContentsMargins(0, 0, 0, 0);
    m_showPassphrase = new QCheckBox(tr("Sho&w passphrase"), tools);
    m_showPassphrase->setObjectName(QStringLiteral("showPassphraseCheck"));
    auto *generate = new QPushButton(tr("&Generate"), tools);
    generate->setObjectName(QStringLiteral("generatePassphraseButton"));
    generate->setAutoDefault(false);
    toolsLayout->addWidget(m_showPassphrase);
    toolsLayout->addStretch();
    toolsLayout->addWidget(generate);
    m_ui->passphraseLayout->addRow(QString(), tools);
    connect(m_showPassphrase, &QCheckBox::toggled, this, [this](bool shown) {
        const auto mode = shown ? QLineEdit::Normal : QLineEdit::Password;
        m_ui->passphraseEdit->setEchoMode(mode);
        m_ui->repeatEdit->setEchoMode(mode);
    });
    connect(generate, &QPushButton::clicked, this, [this] {
        const QString made = PassphraseStrength::generate();
        m_ui->passphraseEdit->setText(made);
        m_ui->repeatEdit->setText(made);
        m_showPassphrase->setChecked(true);
    });
    connect(m_ui->passphraseEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_ui->repeatEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_ui->plainConfirm, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_ui->profileList, &QListWidget::itemChanged, this, &ExportDialog::updateState);
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->profileList->count(); ++i)
            m_ui->profileList->item(i)->setCheckState(Qt::Checked);
    });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->profileList->count(); ++i)
            m_ui->profileList->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::cancelOrClose);
    connect(m_exporter, &ProfileExporter::progress, this, [this](int done, int total) {
        m_ui->progressBar->setMaximum(total);
        m_ui->progressBar->setValue(done);
    });
    connect(m_exporter, &ProfileExporter::finished, this, &ExportDialog::exportFinished);
    formatChanged();
}

ExportDialog::~ExportDialog() = default;

ExportDialog *ExportDialog::openFor(ProfileStore *store, QWidget *parent, const QStringList &preselected)
{
    auto *dialog = new ExportDialog(store, preselected, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ExportDialog::fillProfiles(const QStringList &preselected)
{
    for (const Profile &p : m_store->profiles()) {
        const QString kind
            = p.kind == TokenKind::User ? tr("user %1").arg(p.vkId) : tr("community %1").arg(p.vkId);
        auto *item = new QListWidgetItem(
            tr("%1 — %2, %3").arg(p.title(), kind, p.appName.isEmpty() ? p.appKey : p.appName),
            m_ui->profileList);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(
            preselected.isEmpty() || preselected.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList ExportDialog::selectedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_ui->profileList->count(); ++i) {
        const QListWidgetItem *item = m_ui->profileList->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

bool ExportDialog::isPlain() const
{
    const auto format = ExportFormats::fromName(m_ui->formatCombo->currentData().toString());
    return format == ExportFormat::Json || format == ExportFormat::Env;
}

void ExportDialog::formatChanged()
{
    const auto format = ExportFormats::fromName(m_ui->formatCombo->currentData().toString())
                            .value_or(ExportFormat::Encrypted);
    m_ui->passphraseGroup->setVisible(ExportFormats::needsPassphrase(format));
    m_ui->plainConfirm->setVisible(isPlain());
    m_ui->plainConfirm->setChecked(false);
    // Follow the format in the file name, unless the user typed another extension.
    const QString suffix = ExportFormats::fileSuffix(format);
    QString path = m_ui->fileEdit->text();
    if (path.endsWith(QLatin1Char('.') + m_lastSuffix))
        path = path.left(path.size() - m_lastSuffix.size()) + suffix;
    m_lastSuffix = suffix;
    m_ui->fileEdit->setText(path);
    updateState();
}

void ExportDialog::updateState()
{
    const auto format = ExportFormats::fromName(m_ui->formatCombo->currentData().toString())
                            .value_or(ExportFormat::Encrypted);
    bool ready
        = !selectedIds().isEmpty() && !m_ui->fileEdit->text().trimmed().isEmpty() && !m_exporter->isRunning();
    if (ExportFormats::needsPassphrase(format)) {
        const QString passphrase = m_ui->passphraseEdit->text();
        const auto strength = PassphraseStrength::assess(passphrase);
        m_ui->strengthBar->setValue(int(strength.level));
        // Red up to weak, amber for fair, green from strong: the bar says it before the words do.
        const char *colour = strength.level <= PassphraseStrength::Level::Weak ? "#c62828"
            : strength.level == PassphraseStrength::Level::Fair                ? "#ef6c00"
                                                                               : "#2e7d32";
        m_ui->strengthBar->setProperty("colour", QString::fromLatin1(colour));
        m_ui->strengthBar->setStyleSheet(
            QStringLiteral("QProgressBar::chunk { background: %1; }").arg(QLatin1String(colour)));
        m_ui->strengthLabel->setText(PassphraseStrength::levelName(strength.level));
        m_ui->strengthHint->setText(strength.hint);
        const bool mismatch = !m_ui->repeatEdit->text().isEmpty() && m_ui->repeatEdit->text() != passphrase;
        m_ui->mismatchLabel->setVisible(mismatch);
        ready = ready && !passphrase.isEmpty() && m_ui->repeatEdit->text() == passphrase;
    }
    if (isPlain())
        ready = ready && m_ui->plainConfirm->isChecked();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Profiles"), m_ui->fileEdit->text());
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

void ExportDialog::startExport()
{
    const auto format = ExportFormats::fromName(m_ui->formatCombo->currentData().toString());
    if (format == ExportFormat::Encrypted
        && PassphraseStrength::assess(m_ui->passphraseEdit->text()).level <= PassphraseStrength::Level::Weak
        && !m_weakAccepted) {
        // A weak passphrase is allowed, but not by accident: the file may travel further than this machine.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Weak passphrase"),
            tr("This passphrase is weak: anyone who gets the file could guess it and read the tokens."),
            QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("weakPassphraseBox"));
        box->setInformativeText(tr("Use a longer one, or Generate one. Export with this passphrase anyway?"));
        QPushButton *anyway = box->addButton(tr("E&xport Anyway"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, anyway](QAbstractButton *clicked) {
            if (clicked != anyway)
                return;
            m_weakAccepted = true;
            startExport();
        });
        box->open();
        return;
    }
    m_weakAccepted = false;
    ExportRequest request;
    request.ids = selectedIds();
    request.format = ExportFormats::fromName(m_ui->formatCombo->currentData().toString())
                         .value_or(ExportFormat::Encrypted);
    request.path = m_ui->fileEdit->text().trimmed();
    if (ExportFormats::needsPassphrase(request.format))
        request.passphrase = m_ui->passphraseEdit->text();
    m_ui->errorLabel->hide();
    QDir().mkpath(QFileInfo(request.path).absolutePath()); // a new folder (Documents on a fresh system)
    m_ui->progressBar->setRange(0, int(request.ids.size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->profileList), static_cast<QWidget *>(m_ui->formatCombo),
             static_cast<QWidget *>(m_ui->passphraseGroup), static_cast<QWidget *>(m_ui->fileEdit),
             static_cast<QWidget *>(m_ui->browseButton), static_cast<QWidget *>(m_ui->plainConfirm)})
        w->setEnabled(false);
    m_exporter->start(request);
    updateState();
}

void ExportDialog::exportFinished(const ExportOutcome &outcome)
{
    m_ui->progressBar->hide();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->profileList), static_cast<QWidget *>(m_ui->formatCombo),
             static_cast<QWidget *>(m_ui->passphraseGroup), static_cast<QWidget *>(m_ui->fileEdit),
             static_cast<QWidget *>(m_ui->browseButton), static_cast<QWidget *>(m_ui->plainConfirm)})
        w->setEnabled(true);
    if (outcome.ok()) {
        m_ui->passphraseEdit->clear();
        m_ui->repeatEdit->clear();
        Q_EMIT exported(m_ui->fileEdit->text().trimmed(), outcome.count);
        accept();
        return;
    }
    m_ui->errorLabel->setText(outcome.error->text(ErrorLayout::TwoLines));
    m_ui->errorLabel->show();
    updateState();
}

void ExportDialog::cancelOrClose()
{
    if (m_exporter->isRunning()) {
        m_exporter->cancel();
        return;
    }
    reject();
}

} // namespace vkauth::gui
