// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupsPage.h"

#include "itemmodels/Counted.h"

#include "RecordDelegate.h"
#include "RecordFilter.h"

#include "changes/RiskScore.h"
#include "inventory/EstateStore.h"
#include "itemmodels/BackupTableModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace planner {

BackupsPage::BackupsPage(EstateStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new BackupTableModel(store, undoStack, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_movingOnly(new QCheckBox(tr("Only components with an upgrade"), this))
    , m_intro(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(BackupTableModel::Moves);
    auto *search = new QSortFilterProxyModel(this);
    search->setSourceModel(m_filter);
    m_view->setModel(search);
    m_search = new RecordFilter(search, m_view, this);
    m_view->setItemDelegate(new RecordDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_message->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_intro->setWordWrap(true);
    showIntro();
    auto *line = new QHBoxLayout;
    line->addWidget(m_movingOnly);
    line->addWidget(m_search);
    line->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_warnings);
    layout->addWidget(m_view, 1);
    layout->addLayout(line);
    connect(m_movingOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setFilterRegularExpression(on ? QStringLiteral(".") : QString());
    });
    m_movingOnly->setChecked(true);
    connect(m_model, &BackupTableModel::editRefused, m_message, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::dataChanged, m_message, &QLabel::clear);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == BackupTableModel::Id)
            Q_EMIT componentRequested(index.data().toString());
    });
    m_view->resizeColumnsToContents();
}

void BackupsPage::showIntro()
{
    // The limit is the project's (File > Project Properties), so the sentence follows it.
    const int days = m_store->estate().project.restoreTestMaxDays;
    m_intro->setText(tr("How each component is backed up and when a restore from that backup "
                        "was last proven. A step whose restore was never tested, was tested "
                        "more than %n day(s) before the plan starts, or takes longer than the "
                        "step's rollback reserve is a risk.",
                        "", days));
}

void BackupsPage::show(const QList<BackupWarning> &warnings)
{
    showIntro();
    QHash<QString, QStringList> byComponent;
    QStringList lines;
    for (const BackupWarning &w : warnings) {
        byComponent[w.component].append(w.message);
        lines.append(QStringLiteral("<b>%1</b>: %2")
                         .arg(w.component.toHtmlEscaped(), w.message.toHtmlEscaped()));
    }
    m_model->setWarnings(byComponent);
    m_warnings->setText(lines.isEmpty()
                            ? tr("Every moving component has a backup with a recent, fast "
                                 "enough restore test.")
                            : counted(int(lines.size()),
                                      tr("<span style='color:#b35c00'>%n backup cannot be "
                                         "relied on:</span> ",
                                         "", int(lines.size())),
                                      tr("<span style='color:#b35c00'>%n backups cannot be "
                                         "relied on:</span> ",
                                         "", int(lines.size())))
                                  + lines.join(QStringLiteral(" · ")));
    m_view->resizeColumnsToContents();
    // A long method must not push the restore test out of sight; its full text is a tooltip
    // away in the editor.
    for (int column = 0; column < BackupTableModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 220));
}

} // namespace planner
