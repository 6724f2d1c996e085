// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plandoc/PlanDocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace planner {

class Estate;
struct PlanExportResult;

/// File > Export Plan: where the plan folder goes and what it holds (plan.json always, the PDF
/// and the calendar as chosen, the paper, a previous plan to list changes against, the roles
/// the signature page leaves lines for). Exporting runs exportPlan() with a progress dialog,
/// then shows the files written and whether the plan is ready for approval, with a button to
/// open the folder. Errors (a folder holding another plan, one that cannot be written) are
/// shown in the dialog and every field is kept.
class ExportPlanDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p estate must outlive the dialog; it is copied when the export starts.
    ExportPlanDialog(const Estate &estate, const QString &folder, QWidget *parent = nullptr);

    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *pdfCheck() const { return m_pdf; }
    QCheckBox *icsCheck() const { return m_ics; }
    QComboBox *pageSizeCombo() const { return m_pageSize; }
    QLineEdit *previousEdit() const { return m_previous; }
    QLineEdit *rolesEdit() const { return m_roles; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *filesList() const { return m_files; }

    /// The scenario @p estate is (empty: the baseline): the plan names it, on the PDF's cover too.
    void setScenario(const QString &scenario) { m_scenario = scenario; }
    /// Where in its project's history the estate is; the plan records it.
    void setHistory(const std::optional<HistoryPosition> &history) { m_history = history; }

    /// Exports with the fields as they are; false (and the error shown) on failure.
    bool exportNow();

Q_SIGNALS:
    /// A plan was written to @p folder.
    void exported(const QString &folder);

private:
    void browseFolder();
    void browsePrevious();
    void showResult(const PlanExportResult &result);
    void showError(const QString &text);
    void growToFit();

    const Estate &m_estate;
    QString m_scenario;
    std::optional<HistoryPosition> m_history;
    QLineEdit *m_folder;
    QCheckBox *m_json;
    QCheckBox *m_pdf;
    QCheckBox *m_ics;
    QComboBox *m_pageSize;
    QLineEdit *m_previous;
    QLineEdit *m_roles;
    QLabel *m_error;
    QGroupBox *m_resultBox;
    QLabel *m_summary;
    QListWidget *m_files;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QPushButton *m_openFolder;
    QString m_exportedFolder;
};

} // namespace planner
