// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
#include <QStringList>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace vkauth {
class ProfileExporter;
class ProfileStore;
struct ExportOutcome;
} // namespace vkauth

namespace vkauth::gui {

// File → Export…: choose profiles and a format, give a passphrase twice (with a strength hint) or
// confirm that a plain file exposes the tokens, pick a file; exports with a cancellable progress bar.
// Accepts when the file is written; errors stay in the dialog.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // preselected: the profile ids to check; empty = all.
    explicit ExportDialog(
        ProfileStore *store, const QStringList &preselected = {}, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Opens a window-modal dialog that deletes itself when closed (the hook for File → Export…).
    static ExportDialog *openFor(ProfileStore *store, QWidget *parent, const QStringList &preselected = {});

    QStringList selectedIds() const;

Q_SIGNALS:
    void exported(const QString &path, int count);

private:
    void fillProfiles(const QStringList &preselected);
    void formatChanged();
    void updateState();
    void browse();
    void startExport();
    void exportFinished(const vkauth::ExportOutcome &outcome);
    void cancelOrClose();
    bool isPlain() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    ProfileStore *m_store;
    ProfileExporter *m_exporter;
    QString m_lastSuffix;
    QCheckBox *m_showPassphrase = nullptr;
    bool m_weakAccepted = false; // the person chose "Export Anyway" for a weak passphrase
};

} // namespace vkauth::gui
