// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryPanel.h"

#include "ComboChoices.h"
#include "ComponentDelegate.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentFilterModel.h"
#include "itemmodels/ComponentSelection.h"
#include "itemmodels/ComponentTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace planner {

InventoryPanel::InventoryPanel(EstateStore *store, QUndoStack *undoStack,
                               ComponentSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_selection(selection)
    , m_model(new ComponentTableModel(store, undoStack, this))
    , m_filter(new ComponentFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    buildFilterBar();

    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new ComponentDelegate(store, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // estate order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked
                            | QAbstractItemView::AnyKeyPressed);
    // Every column as wide as its content; the table scrolls sideways when the panel is narrow
    // rather than squeezing the names to "..." (the name is what people read first).
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_contextMenu = new QMenu(this);
    m_copyId = new QAction(tr("&Copy Id"), this);
    m_copyId->setStatusTip(tr("Copy the selected components' ids to the clipboard"));
    connect(m_copyId, &QAction::triggered, this, &InventoryPanel::copySelectedIds);
    connect(m_view, &QWidget::customContextMenuRequested, this, &InventoryPanel::showContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    bar->addWidget(new QLabel(tr("Kind:"), this));
    bar->addWidget(m_kindFilter);
    bar->addWidget(new QLabel(tr("Site:"), this));
    bar->addWidget(m_siteFilter);
    bar->addWidget(m_search, 1);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_model, &ComponentTableModel::editRefused, this, &InventoryPanel::message);
    connect(m_store, &EstateStore::wasReset, this, [this] {
        refillSites();
        fitColumns();
    });
    connect(m_store, &EstateStore::sectionChanged, this, [this](EstateStore::Section section) {
        if (section == EstateStore::Section::Sites)
            refillSites();
    });
    connect(m_store, &EstateStore::changed, this,
            [this] { Q_EMIT shownCountChanged(m_filter->rowCount(), m_model->rowCount()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InventoryPanel::publishSelection);
    // A rename in place changes the id of a selected row: tell the others.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InventoryPanel::publishSelection);
    connect(m_selection, &ComponentSelection::selectionChanged, this,
            &InventoryPanel::followSelection);
    refillSites();
    fitColumns();
}

void InventoryPanel::buildFilterBar()
{
    m_kindFilter = new QComboBox(this);
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (int i = 0; i < componentKindCount; ++i)
        m_kindFilter->addItem(kindLabel(ComponentKind(i)), kindName(ComponentKind(i)));
    m_kindFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_siteFilter = new QComboBox(this);
    m_siteFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search id, name, product or owner"));
    m_search->setClearButtonEnabled(true);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &InventoryPanel::applyFilters);
    connect(m_siteFilter, &QComboBox::currentIndexChanged, this, &InventoryPanel::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &InventoryPanel::applyFilters);
}

void InventoryPanel::refillSites()
{
    const QString chosen = filteredSite();
    const QSignalBlocker blocker(m_siteFilter);
    m_siteFilter->clear();
    m_siteFilter->addItem(tr("All sites"), QVariant());
    for (const Site &site : m_store->estate().sites)
        m_siteFilter->addItem(site.name.isEmpty() ? site.id : site.name, site.id);
    const int index = chosen.isEmpty() ? 0 : m_siteFilter->findData(chosen);
    m_siteFilter->setCurrentIndex(index < 0 ? 0 : index);
    applyFilters();
}

QString InventoryPanel::filteredSite() const
{
    return m_siteFilter->currentData().toString();
}

void InventoryPanel::clearFilters()
{
    m_kindFilter->setCurrentIndex(0);
    m_siteFilter->setCurrentIndex(0);
    m_search->clear();
}

void InventoryPanel::applyFilters()
{
    m_filter->setKindFilter(kindFromName(m_kindFilter->currentData().toString()));
    const QVariant site = m_siteFilter->currentData();
    m_filter->setSiteFilter(site.isValid() ? std::optional<QString>(site.toString()) : std::nullopt);
    m_filter->setSearchText(m_search->text());
    Q_EMIT shownCountChanged(m_filter->rowCount(), m_model->rowCount());
}

void InventoryPanel::publishSelection()
{
    QStringList ids;
    // The current row first: it is the one the details panel shows.
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row()))
        ids << current.data(ComponentTableModel::ComponentIdRole).toString();
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString id = index.data(ComponentTableModel::ComponentIdRole).toString();
        if (!ids.contains(id))
            ids << id;
    }
    m_selection->setSelection(ids, this);
}

void InventoryPanel::followSelection(const QStringList &ids, QObject *source)
{
    if (source == this)
        return;
    QItemSelection rows;
    QModelIndex first;
    for (const QString &id : ids) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (!index.isValid())
            continue; // filtered out: it stays selected for the other views
        rows.select(index, index);
        if (!first.isValid())
            first = index;
    }
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect
                                               | QItemSelectionModel::Rows);
    if (first.isValid()) {
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first);
    }
    m_view->viewport()->update();
}

void InventoryPanel::fitColumns()
{
    // Widths from the content of the first rows (fast on big estates), within bounds: names
    // get more room than the other columns.
    QHeaderView *header = m_view->horizontalHeader();
    header->setResizeContentsPrecision(200);
    for (int column = 0; column < header->count(); ++column) {
        m_view->resizeColumnToContents(column);
        const int widest = column == ComponentTableModel::Name ? 320 : 200;
        header->resizeSection(column, qBound(50, header->sectionSize(column) + 8, widest));
    }
}

void InventoryPanel::selectFirstIfNone()
{
    if (!m_selection->selectedIds().isEmpty() || m_filter->rowCount() == 0)
        return;
    m_view->selectRow(0);
}

void InventoryPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || m_contextMenu->isEmpty())
        return;
    // The menu acts on the rows the user picked: the clicked one, or the several selected
    // rows it belongs to. Rows selected for the user (a conflict's pair) give way to the
    // clicked row alone.
    if (!m_view->selectionModel()->isRowSelected(index.row()) || !m_selection->isPicked()) {
        m_view->selectRow(index.row());
        publishSelection(); // picked now, even when the row was the whole selection already
    }
    m_copyId->setText(m_view->selectionModel()->selectedRows().size() > 1 ? tr("&Copy Ids")
                                                                          : tr("&Copy Id"));
    m_contextMenu->popup(m_view->viewport()->mapToGlobal(pos));
}

void InventoryPanel::copySelectedIds()
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(ComponentTableModel::ComponentIdRole).toString();
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    Q_EMIT message(ids.size() == 1 ? tr("Copied %1").arg(ids.constFirst())
                                   : tr("Copied %1 ids").arg(ids.size()));
}

} // namespace planner
