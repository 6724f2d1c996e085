// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpgradeRecordPage.h"

#include "itemmodels/ChangeRecordModels.h"

#include <QGroupBox>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace planner {

UpgradeRecordPage::UpgradeRecordPage(EstateStore *store, QUndoStack *undoStack, QWidget *parent)
    : RecordPage(newExecutionModel(store, undoStack, nullptr),
                 tr("What actually happened, step by step: the actual start and end of each "
                    "phase (write “2027-05-15 22:00 - 22:40”), whether the step was rolled "
                    "back, and what is left to do. Check results and issues of the selected "
                    "step are below."),
                 parent)
    , m_checkModel(newCheckResultModel(store, undoStack, {}, this))
    , m_issueModel(newIssueModel(store, undoStack, {}, this))
{
    model()->setParent(this);
    // Titled boxes rather than wrapped introductions: beside their filters, those took four
    // clipped lines in German at 1280x720.
    auto *checksBox = new QGroupBox(tr("Checks of the selected step"), this);
    auto *issuesBox = new QGroupBox(tr("Issues of the selected step"), this);
    m_checks = new RecordPage(m_checkModel, QString(), checksBox);
    m_issues = new RecordPage(m_issueModel, QString(), issuesBox);
    for (auto [box, page] : {std::pair<QGroupBox *, RecordPage *>(checksBox, m_checks),
                             std::pair<QGroupBox *, RecordPage *>(issuesBox, m_issues)}) {
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(4, 4, 4, 4);
        layout->addWidget(page);
    }
    // Their rows are all of the step selected above: selecting their component says nothing
    // new, and without the button the two fit side by side on a 1280-pixel screen in German.
    m_checks->selectButton()->hide();
    m_issues->selectButton()->hide();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(checksBox);
    splitter->addWidget(issuesBox);
    pageLayout()->addWidget(splitter, 1);
    connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UpgradeRecordPage::currentChanged);
    connect(model(), &QAbstractItemModel::modelReset, this, &UpgradeRecordPage::currentChanged);
    connect(model(), &QAbstractItemModel::dataChanged, this, &UpgradeRecordPage::currentChanged);
    currentChanged();
}

void UpgradeRecordPage::currentChanged()
{
    const QString component = model()->componentAt(currentRow());
    if (component != m_component) {
        m_component = component;
        showExecutionOf(m_checkModel, component);
        showExecutionOf(m_issueModel, component);
    }
    const bool has = !component.isEmpty();
    m_checks->setEnabled(has);
    m_issues->setEnabled(has);
}

} // namespace planner
