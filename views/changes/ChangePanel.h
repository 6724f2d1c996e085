// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace planner {

class AnalysisRunner;
class BackupsPage;
class ComparisonPage;
class EstateStore;
class ImpactPage;
class MessagesPage;
class ReadinessPage;
class RecordPage;
class RecordTableModel;
class UpgradeRecordPage;
struct ChangeAnalysis;

/// The controlled change, in one place: a list of pages on the left (readiness and risk,
/// business impact, configuration, backups, rollback plans, pilots, acceptance checks,
/// messages, monitoring, the upgrade record, planned against actual) and the page on the right.
/// The record pages edit the document's estate through its undo stack; the analysis pages
/// show the change analysis (core/changes) of the plan and schedule the AnalysisRunner
/// computed for the current estate, re-read after every edit while the panel is shown.
class ChangePanel : public QWidget
{
    Q_OBJECT
public:
    enum Page {
        Readiness,
        Impact,
        Configuration,
        Backups,
        Rollbacks,
        Pilots,
        Acceptance,
        Messages,
        Monitoring,
        Record,
        Comparison,
        PageCount
    };
    Q_ENUM(Page)

    ChangePanel(EstateStore *store, QUndoStack *undoStack, AnalysisRunner *runner,
                QWidget *parent = nullptr);
    ~ChangePanel() override;

    void setCurrentPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const;
    QListWidget *pageList() const { return m_list; }
    QLabel *summaryLabel() const { return m_summary; }
    /// The analysis the pages show (empty before the first run).
    const ChangeAnalysis &analysis() const { return *m_analysis; }

    ReadinessPage *readinessPage() const { return m_readiness; }
    ImpactPage *impactPage() const { return m_impact; }
    BackupsPage *backupsPage() const { return m_backups; }
    MessagesPage *messagesPage() const { return m_messages; }
    UpgradeRecordPage *recordPage() const { return m_record; }
    ComparisonPage *comparisonPage() const { return m_comparison; }
    /// The plain record pages (Configuration, Rollbacks, Pilots, Acceptance, Monitoring).
    RecordPage *recordListPage(Page page) const;

    /// Re-reads the analysis now (tests; the panel does it by itself after each run).
    void reanalyse();

Q_SIGNALS:
    /// The user asked to see a component (double-click, "Select component").
    void componentRequested(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addPage(const QString &title, QWidget *page);
    RecordPage *addRecordPage(const QString &title, RecordTableModel *model, const QString &intro);
    void resultsChanged();
    void updateSummary();

    EstateStore *m_store;
    QUndoStack *m_undoStack;
    AnalysisRunner *m_runner;
    std::unique_ptr<ChangeAnalysis> m_analysis;
    QLabel *m_summary;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    ReadinessPage *m_readiness = nullptr;
    ImpactPage *m_impact = nullptr;
    BackupsPage *m_backups = nullptr;
    MessagesPage *m_messages = nullptr;
    UpgradeRecordPage *m_record = nullptr;
    ComparisonPage *m_comparison = nullptr;
    RecordTableModel *m_configuration = nullptr;
    QWidget *m_pages[PageCount] = {};
    bool m_stale = true;
    bool m_closing = false; ///< in the destructor: edits no longer re-read the analysis
};

} // namespace planner
