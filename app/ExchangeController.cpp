// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeController.h"

#include "Document.h"
#include "FileController.h"

#include "commands/ReplaceEstateCommand.h"
#include "exchange/CsvMappingDialog.h"
#include "panels/MergeReviewDialog.h"
#include "panels/WorkWithProgress.h"
#include "storage/EstateFile.h"
#include "storage/SafeWrite.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>
#include <QWidget>

namespace planner {

ExchangeController::ExchangeController(Document *document, FileController *files, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_files(files)
    , m_window(window)
    , m_import(new QAction(tr("&Import..."), this))
    , m_export(new QAction(tr("&Export..."), this))
{
    m_import->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_import->setStatusTip(tr("Read a CMDB export, an SBOM, a GraphML graph or an estate file, "
                              "as a new project or merged into this one"));
    m_export->setStatusTip(tr("Write the estate as GraphML, DOT, CSV, JSON, SVG, PNG or a "
                              "calendar"));
    connect(m_import, &QAction::triggered, this, &ExchangeController::importWithDialog);
    connect(m_export, &QAction::triggered, this, &ExchangeController::exportWithDialog);
    // A file dropped on the window: a project opens, anything else is imported.
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

void ExchangeController::populateMenu(QMenu *menu, QAction *before)
{
    menu->insertAction(before, m_import);
    menu->insertAction(before, m_export);
    menu->insertSeparator(before);
}

bool ExchangeController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        const QList<QUrl> urls = drag->mimeData()->urls();
        if (urls.size() == 1 && urls.constFirst().isLocalFile()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (urls.size() != 1 || !urls.constFirst().isLocalFile())
            return false;
        const QString path = urls.constFirst().toLocalFile();
        drop->acceptProposedAction();
        if (detectFileKind(path) == FileKind::Project)
            m_files->openFile(path);
        else
            importInteractively(path);
        return true;
    }
    return false;
}

void ExchangeController::importWithDialog()
{
    const QString start = m_document->isUntitled()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_document->filePath()).path();
    QString filter;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import"), start,
                                                      FileFormats::dialogFilter(true), &filter);
    if (!path.isEmpty())
        importInteractively(path);
}

bool ExchangeController::importInteractively(const QString &path)
{
    const FileFormat *format = detectFileFormat(path);
    if (!format || format->name != QLatin1String("csv"))
        return importFile(path, Mode::Ask, format);
    CsvMappingDialog dialog(path, m_window);
    // ServiceNow exports the relations as cmdb_rel_ci beside cmdb_ci: propose it.
    const QFileInfo info(path);
    for (const QString &name : {info.completeBaseName() + QStringLiteral("_rel.csv"),
                                QStringLiteral("cmdb_rel_ci.csv")}) {
        const QFileInfo relations(info.dir(), name);
        if (relations.isFile() && relations != info) {
            dialog.setRelationsPath(relations.filePath());
            break;
        }
    }
    const bool accepted = m_csvDialogHook ? m_csvDialogHook(dialog)
                                          : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return false;
    const Expected<Imported> imported = dialog.imported();
    if (!imported) {
        QMessageBox::critical(m_window, tr("Cannot Import"),
                              QDir::toNativeSeparators(path) + QStringLiteral(": ")
                                  + imported.error().text());
        return false;
    }
    return land(*imported, path, format->name, Mode::Ask);
}

bool ExchangeController::importFile(const QString &path, Mode mode, const FileFormat *format,
                                    const FormatOptions &options)
{
    Q_EMIT message(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    // A large SBOM or CMDB export takes a moment: read in a worker, with progress after a second.
    struct Read
    {
        Expected<Imported> imported;
        const FileFormat *used = nullptr;
    };
    const std::optional<Read> read
        = runWithProgress(m_window, tr("Importing %1…").arg(QDir::toNativeSeparators(path)),
                          [path, format, options] {
                              Read r{Error{}, nullptr};
                              r.imported = importEstateFile(path, format, options, &r.used);
                              return r;
                          });
    if (!read) {
        Q_EMIT message(tr("Import of %1 cancelled").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const Expected<Imported> &imported = read->imported;
    const FileFormat *used = read->used;
    if (!imported) {
        QMessageBox::critical(m_window, tr("Cannot Import"), imported.error().text());
        return false;
    }
    return land(*imported, path, used ? used->name : QString(), mode);
}

bool ExchangeController::land(const Imported &imported, const QString &path,
                              const QString &formatName, Mode mode)
{
    const QString name = QFileInfo(path).fileName();
    if (mode == Mode::Ask) {
        if (m_document->estate().componentCount() == 0 && !m_document->isModified()) {
            mode = Mode::New;
        } else if (m_modeHook) {
            mode = m_modeHook();
        } else {
            QMessageBox box(QMessageBox::Question, tr("Import %1").arg(name),
                            tr("Merge %1 into %2, or open it as a new project?")
                                .arg(name, m_document->displayName()),
                            QMessageBox::Cancel, m_window);
            box.setInformativeText(
                tr("Merging matches components by id, updates what the file knows and adds "
                   "what is new; you see every change first, and Undo takes it back."));
            QPushButton *mergeButton = box.addButton(tr("Merge"), QMessageBox::AcceptRole);
            QPushButton *newButton = box.addButton(tr("Open as New Project"),
                                                   QMessageBox::ActionRole);
            box.setDefaultButton(mergeButton);
            box.exec();
            if (box.clickedButton() == mergeButton)
                mode = Mode::Merge;
            else if (box.clickedButton() == newButton)
                mode = Mode::New;
            else
                return false;
        }
    }
    if (mode == Mode::Merge)
        return merge(imported, path);
    if (!m_files->maybeSave())
        return false;
    m_document->adoptImported(imported.estate, path);
    Q_EMIT message(imported.warnings.isEmpty()
                       ? tr("Imported %1 (%2): %3 components, %4 dependencies")
                             .arg(QDir::toNativeSeparators(path), formatName)
                             .arg(imported.estate.componentCount())
                             .arg(imported.estate.dependencyCount())
                       : tr("Imported %1 (%2); first of %3 warnings: %4")
                             .arg(QDir::toNativeSeparators(path), formatName)
                             .arg(imported.warnings.size())
                             .arg(imported.warnings.constFirst()));
    return true;
}

bool ExchangeController::merge(const Imported &imported, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const MergeResult preview = mergeEstate(m_document->estate(), imported);
    std::optional<QStringList> remove;
    if (m_reviewHook) {
        remove = m_reviewHook(preview.report);
    } else {
        MergeReviewDialog dialog(name, m_document->displayName(), preview.report, m_window);
        if (dialog.exec() == QDialog::Accepted)
            remove = dialog.toRemove();
    }
    if (!remove)
        return false;
    MergeOptions options;
    options.remove = *remove;
    const MergeResult result = remove->isEmpty()
                                   ? preview
                                   : mergeEstate(m_document->estate(), imported, options);
    if (!result.report.changesAnything()) {
        Q_EMIT message(tr("%1 holds nothing the project does not have").arg(name));
        return true;
    }
    m_document->undoStack()->push(
        new ReplaceEstateCommand(m_document->store(), result.estate, tr("Import %1").arg(name)));
    Q_EMIT message(tr("Merged %1: %2 added, %3 fields updated, %4 removed")
                       .arg(name)
                       .arg(result.report.added.size())
                       .arg(result.report.changed.size())
                       .arg(result.report.removed.size()));
    return true;
}

std::optional<FormatOptions> ExchangeController::askWriteOptions(const FileFormat &format)
{
    if (format.writeOptions.isEmpty())
        return FormatOptions{};
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Export as %1").arg(FileFormats::tr(format.title)));
    auto *form = new QFormLayout(&dialog);
    QList<std::pair<QString, QWidget *>> fields;
    for (const FormatOption &o : format.writeOptions) {
        QWidget *field = nullptr;
        if (!o.choices.isEmpty()) {
            auto *combo = new QComboBox(&dialog);
            combo->addItems(o.choices);
            combo->setCurrentText(o.defaultValue);
            field = combo;
        } else {
            auto *line = new QLineEdit(o.defaultValue, &dialog);
            field = line;
        }
        field->setToolTip(FileFormats::tr(o.description));
        form->addRow(FileFormats::tr(o.description), field);
        fields.append({o.name, field});
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    FormatOptions out;
    for (const auto &[name, field] : fields) {
        if (auto *combo = qobject_cast<QComboBox *>(field))
            out.insert(name, combo->currentText());
        else if (auto *line = qobject_cast<QLineEdit *>(field); !line->text().isEmpty())
            out.insert(name, line->text());
    }
    return out;
}

void ExchangeController::exportWithDialog()
{
    QStringList filters;
    QList<const FileFormat *> formats;
    for (const FileFormat &format : FileFormats::all())
        if (format.canWrite()) {
            filters.append(format.dialogFilter());
            formats.append(&format);
        }
    const QString base = QFileInfo(m_document->suggestedPath()).completeBaseName();
    const QString folder = QFileInfo(m_document->suggestedPath()).path();
    QFileDialog dialog(m_window, tr("Export"), folder);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(filters);
    // The format chosen sets the suffix; the name follows the project.
    const auto chosen = [&] {
        const qsizetype at = filters.indexOf(dialog.selectedNameFilter());
        return formats.value(at < 0 ? 0 : at);
    };
    const auto suggest = [&] {
        const FileFormat *f = chosen();
        dialog.setDefaultSuffix(f->extensions.constFirst());
        dialog.selectFile(base + u'.' + f->extensions.constFirst());
    };
    connect(&dialog, &QFileDialog::filterSelected, &dialog, suggest);
    suggest();
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const FileFormat *format = chosen();
    const std::optional<FormatOptions> options = askWriteOptions(*format);
    if (!options)
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const Expected<Done> written = exportTo(path, *format, *options);
    if (!written) {
        QMessageBox::critical(m_window, tr("Cannot Export"), written.error().text());
        return;
    }
    Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

namespace {

/// Components from which drawing an SVG or PNG takes about a second.
constexpr int drawingsWorthProgress = 500;

} // namespace

Expected<Done> ExchangeController::exportTo(const QString &path, const FileFormat &format,
                                            const FormatOptions &options)
{
    Expected<FormatOptions> chosen = FileFormats::options(format, false, options);
    if (!chosen)
        return chosen.error();
    // The interchange JSON is the project, scenarios included; the other formats show the
    // estate as the current scenario has it, and say which when they can.
    const bool project = format.name == QLatin1String("json");
    const Estate estate = project ? m_document->projectEstate() : m_document->estate();
    if (!project && !m_document->scenario().isEmpty())
        chosen->insert(scenarioFormatOption(), m_document->scenario());
    // A project written as it was saved keeps its history (who changed what).
    if (m_document->scenario().isEmpty() && !m_document->isUntitled() && !m_document->isModified())
        chosen->insert(sourceFormatOption(), m_document->filePath());
    const auto write = [path, estate, writer = format.write, options = *chosen] {
        return writeFileAtomically(path, [&](QIODevice *device) {
            return writer(estate, device, options);
        });
    };
    const QString label = tr("Exporting %1…").arg(QFileInfo(path).fileName());
    if (!format.needsGui) {
        // A writer of data only: in a worker, with progress after a second.
        std::optional<Expected<Done>> written = runWithProgress(m_window, label, write, false);
        return std::move(*written);
    }
    // A drawing (SVG, PNG) is painted in this thread: a large one says what is going on first,
    // as it takes seconds (a 2,000-component PNG about three).
    std::unique_ptr<QProgressDialog> progress;
    if (estate.componentCount() >= drawingsWorthProgress) {
        progress = std::make_unique<QProgressDialog>(label, QString(), 0, 0, m_window);
        progress->setWindowTitle(tr("Export"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setCancelButton(nullptr);
        progress->setMinimumDuration(0);
        progress->show();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    return write();
}

} // namespace planner
