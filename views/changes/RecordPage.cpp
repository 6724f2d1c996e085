// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordPage.h"

#include "RecordDelegate.h"
#include "RecordFilter.h"

#include "itemmodels/RecordTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace planner {

RecordPage::RecordPage(RecordTableModel *model, const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_select(new QPushButton(tr("Select component"), this))
    , m_message(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_filter = new RecordFilter(m_proxy, m_view, this);
    m_view->setItemDelegate(new RecordDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_select->setToolTip(tr("Select the component of the current row in every view"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_select);
    buttons->addWidget(m_message, 1);
    m_layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(introLabel, 1);
    top->addWidget(m_filter, 0, Qt::AlignTop);
    m_layout->addLayout(top);
    m_layout->addWidget(m_view, 1);
    m_layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RecordPage::addRow);
    connect(m_remove, &QPushButton::clicked, this, &RecordPage::removeSelected);
    connect(m_select, &QPushButton::clicked, this, [this] {
        const QString id = m_model->componentAt(currentRow());
        if (!id.isEmpty())
            Q_EMIT componentRequested(id);
    });
    connect(model, &RecordTableModel::editRefused, m_message, &QLabel::setText);
    connect(model, &QAbstractItemModel::dataChanged, m_message, &QLabel::clear);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecordPage::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordPage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordPage::updateButtons);
    // Columns fit their contents once the records are there (opening a file resets the model).
    connect(model, &QAbstractItemModel::modelReset, this, &RecordPage::fitColumns);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_model->rowCount() == 1)
            fitColumns(); // the first record: the columns had only their headers to fit
    });
    fitColumns();
    updateButtons();
}

int RecordPage::currentRow() const
{
    return m_proxy->mapToSource(m_view->currentIndex()).row();
}

void RecordPage::setCurrentRow(int row)
{
    const QModelIndex index = viewIndex(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    if (index.isValid())
        m_view->scrollTo(index);
}

QModelIndex RecordPage::viewIndex(const QModelIndex &index) const
{
    return m_proxy->mapFromSource(index);
}

void RecordPage::fitColumns()
{
    m_view->resizeColumnsToContents();
    // Free text (a result, a body) would push the other columns out of sight: its full text
    // is in the tooltip and the editor.
    const int widest = 280;
    for (int column = 0; column < m_model->columnCount(); ++column)
        if (m_view->columnWidth(column) > widest)
            m_view->setColumnWidth(column, widest);
}

void RecordPage::addRow()
{
    m_filter->clear(); // the new record would hide behind a filter it does not match
    const int row = m_model->appendRow();
    if (row < 0) {
        m_message->setText(m_model->lastError());
        return;
    }
    m_message->clear();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QModelIndex index = m_model->index(row, column);
        if (m_model->flags(index) & Qt::ItemIsEditable) {
            m_view->setCurrentIndex(viewIndex(index));
            m_view->scrollTo(viewIndex(index));
            break;
        }
    }
}

void RecordPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.append(currentRow());
    m_model->removeRecords(rows);
}

void RecordPage::updateButtons()
{
    const bool current = currentRow() >= 0;
    m_remove->setEnabled(current);
    m_select->setEnabled(current && !m_model->componentAt(currentRow()).isEmpty());
}

} // namespace planner
