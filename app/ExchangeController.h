// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/EstateMerge.h"
#include "exchange/FileFormat.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace planner {

class CsvMappingDialog;
class Document;
class FileController;

/// File > Import and File > Export, and files dropped on the window: every format of the
/// registry (exchange/FileFormat.h), the same readers and writers as the command line.
/// An import into an open project is merged (MergeReviewDialog shows what changes and lets
/// the user pick what to remove) as one undoable step; into an empty one it opens as a new,
/// untitled project.
class ExchangeController : public QObject
{
    Q_OBJECT
public:
    /// How an import lands.
    enum class Mode {
        Ask,   ///< merge into a project that has components, after asking; else a new project
        New,   ///< a new untitled project (after asking about unsaved changes)
        Merge, ///< merged into the open project
    };

    ExchangeController(Document *document, FileController *files, QWidget *window);

    /// Puts Import... and Export... into @p menu before @p before.
    void populateMenu(QMenu *menu, QAction *before);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

    /// Reads @p path (in @p format, or the one its content shows) and imports it as @p mode
    /// says. Shows errors in a message box; false when nothing was imported.
    bool importFile(const QString &path, Mode mode = Mode::Ask, const FileFormat *format = nullptr,
                    const FormatOptions &options = {});
    /// What File > Import and a dropped file do: as importFile(), but a CSV file first goes
    /// through the column-mapping dialog (CsvMappingDialog), which also names its relations
    /// file (a `cmdb_rel_ci.csv` beside it is proposed).
    bool importInteractively(const QString &path);
    /// Writes the estate to @p path in @p format with @p options (atomically).
    Expected<Done> exportTo(const QString &path, const FileFormat &format,
                            const FormatOptions &options = {});

    /// For tests and scripts: answers the merge review instead of the dialog (the ids to
    /// remove; nothing: cancel).
    using ReviewHook = std::function<std::optional<QStringList>(const MergeReport &)>;
    void setReviewHook(ReviewHook hook) { m_reviewHook = std::move(hook); }
    /// For tests: answers "merge or new project?" instead of the question box.
    void setModeHook(std::function<Mode()> hook) { m_modeHook = std::move(hook); }
    /// For tests: handles the CSV mapping dialog instead of showing it (true: OK).
    using CsvDialogHook = std::function<bool(CsvMappingDialog &)>;
    void setCsvDialogHook(CsvDialogHook hook) { m_csvDialogHook = std::move(hook); }

Q_SIGNALS:
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void importWithDialog();
    void exportWithDialog();
    std::optional<FormatOptions> askWriteOptions(const FileFormat &format);
    bool land(const Imported &imported, const QString &path, const QString &formatName, Mode mode);
    bool merge(const Imported &imported, const QString &path);

    Document *m_document;
    FileController *m_files;
    QWidget *m_window;
    QAction *m_import;
    QAction *m_export;
    ReviewHook m_reviewHook;
    std::function<Mode()> m_modeHook;
    CsvDialogHook m_csvDialogHook;
};

} // namespace planner
