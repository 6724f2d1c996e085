// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanPanel.h"

#include "AnalysisRunner.h"
#include "itemmodels/ComponentSelection.h"
#include "itemmodels/PlanTreeModel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace planner {

namespace {
/// Above this many steps the waves start folded: a tree of thousands of rows helps nobody.
constexpr int expandLimit = 2000;
} // namespace

PlanPanel::PlanPanel(ComponentSelection *selection, AnalysisRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_runner(runner)
    , m_model(new PlanTreeModel(this))
{
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // no figure to show: it only says "working"
    m_busy->setTextVisible(false);
    m_busy->setMaximumSize(80, m_summary->fontMetrics().height());
    m_busy->setToolTip(tr("Ordering the upgrade for the latest edit\u2026"));

    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false); // long reasons are elided; the tooltip has them whole
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (QMenu *menu = stepMenu(m_view->indexAt(pos))) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_view->viewport()->mapToGlobal(pos));
        }
    });

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setContentsMargins(6, 0, 6, 6);
    m_details->setMinimumHeight(2 * m_details->fontMetrics().lineSpacing() + 6);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 6, 6, 0);
    header->addWidget(m_summary, 1);
    header->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_runner, &AnalysisRunner::planReady, this, &PlanPanel::showPlan);
    connect(m_runner, &AnalysisRunner::busyChanged, this, &PlanPanel::showBusy);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanPanel::publishSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlanPanel::updateDetails);
    connect(m_selection, &ComponentSelection::selectionChanged, this, &PlanPanel::followSelection);

    showBusy(m_runner->isBusy());
    showPlan(m_runner->plan());
    if (!m_runner->hasResults())
        m_summary->setText(tr("Not ordered yet"));
}

void PlanPanel::showPlan(const UpgradePlan &plan)
{
    m_model->setPlan(plan);
    m_summary->setText(PlanTreeModel::summaryText(plan));
    if (plan.steps.size() <= expandLimit) {
        m_view->expandAll();
    } else {
        // Fold the waves but keep the problems in sight.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex top = m_model->index(row, 0);
            const auto kind = PlanTreeModel::NodeKind(top.data(PlanTreeModel::NodeKindRole).toInt());
            m_view->setExpanded(top, kind != PlanTreeModel::NodeKind::Wave);
        }
    }
    if (!m_columnsFitted && !plan.steps.isEmpty()) {
        fitColumns();
        m_columnsFitted = true;
    }
    // An empty column only takes room from the reasons.
    m_view->setColumnHidden(PlanTreeModel::Group, plan.groups.isEmpty());
    // A new plan has new rows: mark and select the steps of the selection again.
    followSelection(m_selection->selectedIds(), nullptr);
    updateDetails();
}

void PlanPanel::showBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void PlanPanel::publishSelection()
{
    QStringList ids;
    QSet<QString> seen;
    auto add = [&](const QModelIndex &index) {
        for (const QString &id : index.data(PlanTreeModel::ComponentsRole).toStringList())
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
    };
    // The current row's components first: the details panel shows the first one.
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isSelected(current))
        add(current.siblingAtColumn(0));
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        add(index);
    if (ids.isEmpty())
        return; // an emptied tree selection does not unselect components elsewhere
    m_model->setHighlightedComponents(ids);
    // Selected for the row chosen here, not one by one: nothing to remove at a stroke.
    m_selection->setSelection(ids, this, ComponentSelection::Origin::Derived);
}

void PlanPanel::followSelection(const QStringList &ids, QObject *source)
{
    m_model->setHighlightedComponents(ids);
    if (source == this)
        return;
    QItemSelection rows;
    QModelIndex first;
    for (const QString &id : ids) {
        for (const QModelIndex &index : m_model->indexesOf(id)) {
            rows.select(index, index.siblingAtColumn(PlanTreeModel::ColumnCount - 1));
            if (!first.isValid())
                first = index;
            if (!m_view->isExpanded(index.parent()))
                m_view->expand(index.parent());
        }
    }
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first, QAbstractItemView::PositionAtCenter);
    }
    m_view->viewport()->update();
    updateDetails();
}

void PlanPanel::updateDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->setText(
            QStringLiteral("<span style=\"color:gray\">%1</span>")
                .arg(tr("Select a step to read why it stands where it does.").toHtmlEscaped()));
        return;
    }
    auto text = [&](int column) {
        return current.siblingAtColumn(column).data().toString().toHtmlEscaped();
    };
    const auto kind = PlanTreeModel::NodeKind(current.data(PlanTreeModel::NodeKindRole).toInt());
    QString html;
    switch (kind) {
    case PlanTreeModel::NodeKind::Step: {
        QStringList parts{QStringLiteral("<b>%1</b> %2")
                              .arg(text(PlanTreeModel::Component), text(PlanTreeModel::Upgrade)),
                          tr("wave %1").arg(current.data(PlanTreeModel::WaveRole).toInt())};
        if (!text(PlanTreeModel::Kind).isEmpty())
            parts << text(PlanTreeModel::Kind);
        if (!text(PlanTreeModel::Group).isEmpty())
            parts << tr("group %1").arg(text(PlanTreeModel::Group));
        html = parts.join(QStringLiteral(" &middot; ")) + QStringLiteral("<br>")
               + text(PlanTreeModel::Reason);
        break;
    }
    case PlanTreeModel::NodeKind::GroupItem:
    case PlanTreeModel::NodeKind::BlockedItem:
    case PlanTreeModel::NodeKind::PinItem:
        html = QStringLiteral("<b>%1</b> &middot; %2<br>%3")
                   .arg(text(PlanTreeModel::Component),
                        current.parent().siblingAtColumn(0).data().toString().toHtmlEscaped(),
                        text(PlanTreeModel::Reason));
        break;
    default:
        html = QStringLiteral("<b>%1</b> &middot; %2<br>%3")
                   .arg(text(PlanTreeModel::Component), text(PlanTreeModel::Upgrade),
                        current.data(PlanTreeModel::ComponentsRole)
                            .toStringList()
                            .join(QStringLiteral(", "))
                            .toHtmlEscaped());
        break;
    }
    m_details->setText(html);
}

QMenu *PlanPanel::stepMenu(const QModelIndex &index)
{
    if (!index.isValid()
        || PlanTreeModel::NodeKind(index.data(PlanTreeModel::NodeKindRole).toInt())
               != PlanTreeModel::NodeKind::Step)
        return nullptr;
    const int step = index.data(PlanTreeModel::StepIndexRole).toInt();
    const QStringList ids = index.data(PlanTreeModel::ComponentsRole).toStringList();
    const QString component = ids.isEmpty() ? QString() : ids.constFirst();
    QStringList cells;
    for (int column = 0; column < PlanTreeModel::ColumnCount; ++column) {
        const QString cell = index.siblingAtColumn(column).data().toString();
        if (!cell.isEmpty())
            cells << cell;
    }
    const QString text = tr("Wave %1: %2")
                             .arg(index.data(PlanTreeModel::WaveRole).toInt())
                             .arg(cells.join(QStringLiteral(" \u00b7 ")));
    auto *menu = new QMenu(this);
    menu->addAction(tr("Select %1").arg(component), this,
                    [this, component] { m_selection->setSelection({component}, this); });
    menu->addAction(tr("Show in Timeline"), this, [this, step] { Q_EMIT timelineRequested(step); });
    menu->addSeparator();
    menu->addAction(tr("Copy Step"), this, [text] { QGuiApplication::clipboard()->setText(text); });
    return menu;
}

void PlanPanel::fitColumns()
{
    QHeaderView *header = m_view->header();
    for (int column : {PlanTreeModel::Component, PlanTreeModel::Upgrade, PlanTreeModel::Kind,
                       PlanTreeModel::Group}) {
        m_view->resizeColumnToContents(column);
        header->resizeSection(column, qBound(50, header->sectionSize(column) + 12, 260));
    }
}

} // namespace planner
