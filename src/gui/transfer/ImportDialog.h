// SPDX-License-Identifier: MIT
#pragma once

#include "transfer/ProfileImporter.h"

#include <QDialog>

class QTimer;
class QTreeWidget;

#include <memory>

namespace Ui {
class ImportDialog;
}

namespace vkauth {
class ProfileStore;
}

namespace vkauth::gui {

// File → Import…: pick a file (its format is detected), give the passphrase if it is encrypted, see
// what it holds (a preview, one row per profile) and which are already here, choose skip / replace /
// keep both for all or per profile, import with a cancellable progress bar. All or nothing: a failure
// leaves the store as it was.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(ProfileStore *store, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Opens a window-modal dialog that deletes itself when closed (the hook for File → Import…).
    static ImportDialog *openFor(ProfileStore *store, QWidget *parent);

    void setFile(const QString &path);

    // "3 imported, 1 replaced, 2 skipped." — what an import did, for the status bar.
    static QString summaryText(const vkauth::ImportSummary &summary);

Q_SIGNALS:
    void imported(const vkauth::ImportSummary &summary);

private:
    void fileChanged();
    void readFile(); // on a worker thread; fileRead() follows
    void fileRead(const ExportResult<QList<ImportItem>> &items);
    void startImport();
    void importFinished(const vkauth::ImportOutcome &outcome);
    void cancelOrClose();
    void showError(const ExportError &error);
    void setBusy(bool busy);
    void updateState();
    void fillPreview();
    void applyChoiceToAll();
    ConflictChoice choiceForAll() const;

    std::unique_ptr<Ui::ImportDialog> m_ui;
    ProfileStore *m_store;
    ProfileImporter *m_importer;
    std::optional<ExportFormat> m_format;
    QList<ImportItem> m_items;
    bool m_read = false;
    bool m_reading = false; // a background read is running
    bool m_importAfterRead = false; // OK was pressed before the file was read
    quint64 m_generation = 0; // bumped when the file or passphrase changes: stale reads are dropped
    QTimer *m_fileTimer = nullptr;
    QTreeWidget *m_preview = nullptr; // what the file holds, one row per profile, before anything is written
};

} // namespace vkauth::gui
