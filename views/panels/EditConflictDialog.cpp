// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace planner {

namespace {

constexpr int keepColumn = 3;

} // namespace

EditConflictDialog::EditConflictDialog(const QList<EditConflict> &conflicts,
                                       const QStringList &others, qint64 revision, QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Changed on Both Sides"));
    const QString who = others.isEmpty() ? tr("Someone else") : others.join(QStringLiteral(", "));
    auto *intro = new QLabel(
        tr("<p>%1 saved the shared project while you were editing it (it is now at revision "
           "%2). Their other changes and yours are combined; %n element(s) were changed on both "
           "sides, each differently.</p><p>Choose whose version to keep for each, then Save. "
           "Cancel writes nothing and keeps your changes unsaved.</p>",
           nullptr, int(conflicts.size()))
            .arg(who.toHtmlEscaped())
            .arg(revision),
        this);
    intro->setWordWrap(true);

    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Element"), tr("Your change"), tr("Their change"), tr("Keep")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(false);
    for (const EditConflict &c : conflicts) {
        auto *item = new QTreeWidgetItem(m_tree, {c.label(), c.mineSummary(), c.theirsSummary()});
        for (int column = 0; column < keepColumn; ++column)
            item->setToolTip(column, item->text(column));
        auto *keep = new QComboBox(m_tree);
        keep->addItem(tr("Theirs"), int(Choice::Theirs));
        keep->addItem(tr("Yours"), int(Choice::Mine));
        keep->setAccessibleName(tr("Keep for %1").arg(c.label()));
        m_tree->setItemWidget(item, keepColumn, keep);
    }
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(keepColumn, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *allMine = buttons->addButton(tr("Keep All &Yours"), QDialogButtonBox::ActionRole);
    QPushButton *allTheirs = buttons->addButton(tr("Keep All &Theirs"),
                                                QDialogButtonBox::ActionRole);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(Choice::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(Choice::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

ConflictChoices EditConflictDialog::choices() const
{
    ConflictChoices chosen;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        const auto *keep = qobject_cast<QComboBox *>(
            m_tree->itemWidget(m_tree->topLevelItem(row), keepColumn));
        chosen.insert(m_conflicts[row].key(), Choice(keep->currentData().toInt()));
    }
    return chosen;
}

void EditConflictDialog::chooseAll(Choice choice)
{
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        auto *keep = qobject_cast<QComboBox *>(
            m_tree->itemWidget(m_tree->topLevelItem(row), keepColumn));
        keep->setCurrentIndex(keep->findData(int(choice)));
    }
}

} // namespace planner
