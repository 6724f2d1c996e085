// SPDX-License-Identifier: GPL-3.0-or-later
#include "DependenciesPanel.h"

#include "DependencyDelegate.h"
#include "itemmodels/ComponentSelection.h"
#include "itemmodels/DependencyFilterModel.h"
#include "itemmodels/DependencyTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace planner {

DependenciesPanel::DependenciesPanel(EstateStore *store, QUndoStack *undoStack,
                                     ComponentSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new DependencyTableModel(store, undoStack, this))
    , m_filter(new DependencyFilterModel(this))
    , m_toolBar(new QToolBar(this))
    , m_onlySelected(new QCheckBox(tr("Only the selected component"), this))
    , m_caption(new QLabel(this))
    , m_view(new QTableView(this))
    , m_contextMenu(new QMenu(this))
    , m_selectEnds(new QAction(tr("&Select Both Ends"), this))
    , m_editRange(new QAction(tr("Edit &Range…"), this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new DependencyDelegate(store, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // estate order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(DependencyTableModel::From, 160);
    header->resizeSection(DependencyTableModel::To, 160);
    header->resizeSection(DependencyTableModel::Type, 100);

    m_selectEnds->setStatusTip(
        tr("Select the component that depends and the one it needs, in every view"));
    m_editRange->setStatusTip(tr("Change which versions of the needed component will do"));
    m_contextMenu->addAction(m_selectEnds);
    m_contextMenu->addAction(m_editRange);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DependenciesPanel::showContextMenu);
    connect(m_selectEnds, &QAction::triggered, this, &DependenciesPanel::selectEnds);
    connect(m_editRange, &QAction::triggered, this, &DependenciesPanel::editRange);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_onlySelected->setChecked(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_toolBar);
    top->addStretch(1);
    top->addWidget(m_caption);
    top->addWidget(m_onlySelected);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view);

    connect(m_model, &DependencyTableModel::editRefused, this, &DependenciesPanel::message);
    connect(m_onlySelected, &QCheckBox::toggled, this, &DependenciesPanel::followSelection);
    connect(m_selection, &ComponentSelection::selectionChanged, this,
            &DependenciesPanel::followSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DependenciesPanel::selectedRowsChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DependenciesPanel::followSelection);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DependenciesPanel::followSelection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DependenciesPanel::followSelection);
    followSelection();
}

QList<int> DependenciesPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DependenciesPanel::followSelection()
{
    const QString id = m_onlySelected->isChecked() ? m_selection->current() : QString();
    m_filter->setComponentFilter(id);
    const int shown = m_filter->rowCount();
    if (id.isEmpty())
        m_caption->setText(shown == 1 ? tr("1 dependency") : tr("%1 dependencies").arg(shown));
    else if (shown == 1)
        m_caption->setText(tr("1 dependency of %1").arg(id));
    else
        m_caption->setText(tr("%1 dependencies of %2").arg(shown).arg(id));
}

void DependenciesPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row()))
        m_view->selectRow(index.row());
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_contextMenu->popup(m_view->viewport()->mapToGlobal(pos));
}

void DependenciesPanel::selectEnds()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString from = current.siblingAtColumn(DependencyTableModel::From).data().toString();
    const QString to = current.siblingAtColumn(DependencyTableModel::To).data().toString();
    // Chosen through a dependency, not component by component: shown everywhere, but not
    // offered for removal (as the pair of a conflict).
    m_selection->setSelection({from, to}, this, ComponentSelection::Origin::Derived);
}

void DependenciesPanel::editRange()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex range = current.siblingAtColumn(DependencyTableModel::Requires);
    m_view->selectionModel()->setCurrentIndex(range, QItemSelectionModel::NoUpdate);
    m_view->edit(range);
}

} // namespace planner
