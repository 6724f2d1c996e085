// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportPlanDialog.h"

#include "PlanExport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace planner {

namespace {

QWidget *withBrowse(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

ExportPlanDialog::ExportPlanDialog(const Estate &estate, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_estate(estate)
    , m_folder(new QLineEdit(QDir::toNativeSeparators(folder), this))
    , m_json(new QCheckBox(tr("plan.json — the plan approvals sign (always written)"), this))
    , m_pdf(new QCheckBox(tr("plan.pdf — the document for the change board"), this))
    , m_ics(new QCheckBox(tr("plan.ics — the maintenance windows, for calendars"), this))
    , m_pageSize(new QComboBox(this))
    , m_previous(new QLineEdit(this))
    , m_roles(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_resultBox(new QGroupBox(tr("Result"), this))
    , m_summary(new QLabel(m_resultBox))
    , m_files(new QListWidget(m_resultBox))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Export Plan"));
    m_json->setChecked(true);
    m_json->setEnabled(false);
    m_pdf->setChecked(true);
    m_ics->setChecked(true);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_folder->setPlaceholderText(tr("A new folder, or one holding this very plan"));
    m_previous->setPlaceholderText(tr("Optional: the plan.json of the version before, to list "
                                      "what changed"));
    m_roles->setPlaceholderText(tr("Optional, comma-separated: change-manager, service-owner"));
    m_roles->setToolTip(tr("The PDF's signature page leaves a line for each of these roles."));

    auto *browseFolder = new QPushButton(tr("Browse…"), this);
    auto *browsePrevious = new QPushButton(tr("Browse…"), this);
    connect(browseFolder, &QPushButton::clicked, this, &ExportPlanDialog::browseFolder);
    connect(browsePrevious, &QPushButton::clicked, this, &ExportPlanDialog::browsePrevious);

    auto *files = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_json);
    filesLayout->addWidget(m_pdf);
    filesLayout->addWidget(m_ics);

    auto *intro = new QLabel(tr("Writes the plan the change board approves into a folder. "
                                "Approvers then sign plan.json (File > Sign Plan); any change "
                                "to the plan afterwards shows when it is verified."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), withBrowse(m_folder, browseFolder));
    form->addRow(tr("Files:"), files);
    form->addRow(tr("&Paper:"), m_pageSize);
    form->addRow(tr("Pre&vious plan:"), withBrowse(m_previous, browsePrevious));
    form->addRow(tr("&Roles to sign:"), m_roles);

    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->hide();

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_files->setSelectionMode(QAbstractItemView::NoSelection);
    auto *resultLayout = new QVBoxLayout(m_resultBox);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(new QLabel(tr("Files written:"), m_resultBox));
    resultLayout->addWidget(m_files, 1);
    m_resultBox->hide();

    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setDefault(true);
    m_openFolder = m_buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->hide();
    connect(m_export, &QPushButton::clicked, this, &ExportPlanDialog::exportNow);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportedFolder)); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_resultBox, 1);
    layout->addWidget(m_buttons);
    resize(640, sizeHint().height());
}

void ExportPlanDialog::browseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Plan Folder"),
                                                          QDir::fromNativeSeparators(
                                                              m_folder->text()));
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void ExportPlanDialog::browsePrevious()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Previous Plan"),
                                       QDir::fromNativeSeparators(m_previous->text()),
                                       tr("Plans (plan.json *.json);;All files (*)"));
    if (!path.isEmpty())
        m_previous->setText(QDir::toNativeSeparators(path));
}

bool ExportPlanDialog::exportNow()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        showError(tr("Choose a folder for the plan."));
        m_folder->setFocus();
        return false;
    }
    PlanExportOptions options;
    options.pdf = m_pdf->isChecked();
    options.ics = m_ics->isChecked();
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.scenario = m_scenario;
    options.history = m_history;
    options.previousPlan = QDir::fromNativeSeparators(m_previous->text().trimmed());
    // The keys trusted in Verify Plan: the PDF then says whether each approval's key is one.
    for (const QString &key :
         QSettings().value(QStringLiteral("signing/trustedKeys")).toStringList())
        if (QFileInfo::exists(key))
            options.trustedKeys.append(key);
    for (const QString &role : m_roles->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!role.trimmed().isEmpty())
            options.rolesToSign.append(role.trimmed());

    // The PDF is drawn with QPainter and the graph scene: in this thread, with a progress
    // dialog that keeps the window painted between the stages.
    QProgressDialog progress(tr("Exporting the plan…"), QString(), 0, 100, this);
    progress.setWindowTitle(tr("Export Plan"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr);
    progress.setValue(0);
    m_export->setEnabled(false);
    const Estate estate = m_estate;
    // Checking, ordering and scheduling is pure: in a worker, so that the window stays painted
    // however large the estate; the PDF is then drawn here, between progress updates.
    progress.setLabelText(tr("Checking, ordering and scheduling…"));
    progress.setRange(0, 0);
    QFutureWatcher<PlanDocument> watcher;
    QEventLoop computing;
    connect(&watcher, &QFutureWatcher<PlanDocument>::finished, &computing, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([estate, scenario = m_scenario, history = m_history] {
        return buildPlanDocument(estate, scenario, history);
    }));
    if (!watcher.isFinished())
        computing.exec(QEventLoop::ExcludeUserInputEvents);
    const PlanDocument document = watcher.result();
    options.document = &document;
    progress.setRange(0, 100);
    const Expected<PlanExportResult> result
        = exportPlan(estate, folder, options, [&progress](int percent, const QString &stage) {
              progress.setLabelText(stage);
              progress.setValue(percent);
              QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
          });
    progress.reset();
    m_export->setEnabled(true);
    if (!result) {
        showError(tr("Nothing was written. %1").arg(result.error().text()));
        return false;
    }
    m_error->hide();
    m_exportedFolder = folder;
    showResult(*result);
    Q_EMIT exported(folder);
    return true;
}

void ExportPlanDialog::showResult(const PlanExportResult &result)
{
    const PlanDocument &doc = result.document;
    QStringList lines;
    if (doc.isReady()) {
        lines << tr("<b style='color:#1b6e2a'>Ready for approval.</b> Every readiness check "
                    "passes.");
    } else {
        lines << tr("<b style='color:#b01c1c'>Not ready for approval.</b> Written anyway; "
                    "these checks fail:");
        QString failed = QStringLiteral("<ul style='margin:0'>");
        for (const ReadinessCheck &check : doc.readiness)
            if (!check.ok)
                failed += QStringLiteral("<li>%1 %2</li>")
                              .arg(check.label.toHtmlEscaped(), check.detail.toHtmlEscaped());
        lines << failed + QStringLiteral("</ul>");
    }
    if (result.planExisted)
        lines << tr("The folder held this very plan: plan.json was kept with its approvals "
                    "(%1), and the PDF shows them.")
                     .arg(result.approvals);
    if (!m_previous->text().trimmed().isEmpty())
        lines << tr("Changes since the previous plan: %1, listed in the PDF.")
                     .arg(result.changes.size());
    lines << tr("Plan SHA-256: <tt>%1</tt>").arg(doc.sha256);
    if (doc.history)
        lines << tr("Project history: %1").arg(historyPositionText(*doc.history).toHtmlEscaped());
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    m_files->clear();
    for (const QString &path : result.written)
        m_files->addItem(QDir::toNativeSeparators(path));
    m_files->setMaximumHeight(m_files->sizeHintForRow(0) * (int(result.written.size()) + 1));
    m_resultBox->show();
    m_openFolder->show();
    m_export->setDefault(false);
    m_openFolder->setDefault(true);
    m_openFolder->setFocus();
    growToFit();
}

void ExportPlanDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    growToFit();
}

void ExportPlanDialog::growToFit()
{
    // Wrapped labels need height for the dialog's width: grow rather than squeeze the fields.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

} // namespace planner
