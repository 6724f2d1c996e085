// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeReviewDialog.h"

#include "itemmodels/Counted.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace planner {

namespace {

constexpr int missingRole = Qt::UserRole + 1;

} // namespace

MergeReviewDialog::MergeReviewDialog(const QString &file, const QString &project,
                                     const MergeReport &report, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Merge %1").arg(file));
    m_summary->setWordWrap(true);
    const int added = int(report.added.size());
    const int changed = int(report.changed.size());
    const int same = report.unchanged;
    const int links = report.dependenciesAdded;
    m_summary->setText(
        tr("Merging <b>%1</b> into <b>%2</b>: %3 added, %4 updated, %5 as they were, %6 added. "
           "Fields the file does not carry keep their values here. What the project has and "
           "the file lacks stays unless you tick it below.")
            .arg(file.toHtmlEscaped(), project.toHtmlEscaped(),
                 counted(added, tr("%n component", nullptr, added),
                         tr("%n components", nullptr, added)),
                 counted(changed, tr("%n field", nullptr, changed),
                         tr("%n fields", nullptr, changed)),
                 counted(same, tr("%n component", nullptr, same),
                         tr("%n components", nullptr, same)),
                 counted(links, tr("%n dependency", nullptr, links),
                         tr("%n dependencies", nullptr, links))));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("What"), tr("In the project"), tr("In the file")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);

    const auto group = [this](const QString &title, int count) {
        auto *item = new QTreeWidgetItem(m_tree, {title.arg(count)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        return item;
    };
    if (!report.missing.isEmpty()) {
        QTreeWidgetItem *g = group(tr("Not in the file (%1): tick to remove from the project"),
                                   int(report.missing.size()));
        for (const QString &id : report.missing) {
            auto *item = new QTreeWidgetItem(g, {id, tr("kept"), tr("absent")});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setData(0, missingRole, id);
        }
        g->setExpanded(true);
    }
    if (!report.changed.isEmpty()) {
        QTreeWidgetItem *g = group(tr("Updated fields (%1)"), int(report.changed.size()));
        for (const FieldChange &c : report.changed)
            new QTreeWidgetItem(g, {QStringLiteral("%1: %2").arg(c.component, c.field),
                                    c.before.isEmpty() ? tr("(none)") : c.before, c.after});
        g->setExpanded(report.changed.size() <= 50);
    }
    if (!report.added.isEmpty()) {
        QTreeWidgetItem *g = group(tr("New components (%1)"), int(report.added.size()));
        for (const QString &id : report.added)
            new QTreeWidgetItem(g, {id, QString(), tr("new")});
        g->setExpanded(report.added.size() <= 50);
    }
    if (!report.sectionsAdded.isEmpty()) {
        QTreeWidgetItem *g = group(tr("Also added (%1)"), int(report.sectionsAdded.size()));
        for (const QString &what : report.sectionsAdded)
            new QTreeWidgetItem(g, {what, QString(), tr("new")});
    }
    if (!report.dependenciesMissing.isEmpty())
        group(tr("Dependencies the file does not list (%1): kept"),
              int(report.dependenciesMissing.size()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    merge->setDefault(true);
    merge->setEnabled(report.changesAnything() || !report.missing.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(760, 520);
}

QStringList MergeReviewDialog::toRemove() const
{
    QStringList out;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, missingRole).isValid() && (*it)->checkState(0) == Qt::Checked)
            out.append((*it)->data(0, missingRole).toString());
    return out;
}

} // namespace planner
