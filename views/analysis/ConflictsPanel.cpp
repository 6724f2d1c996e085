// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictsPanel.h"

#include "AnalysisRunner.h"
#include "FixesPanel.h"
#include "WaiverDialog.h"
#include "commands/ReplaceSectionCommand.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentSelection.h"
#include "itemmodels/ConflictFilterModel.h"
#include "itemmodels/ConflictTableModel.h"
#include "itemmodels/Counted.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSet>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace planner {

ConflictsPanel::ConflictsPanel(EstateStore *store, QUndoStack *undoStack,
                               ComponentSelection *selection, AnalysisRunner *runner,
                               QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_selection(selection)
    , m_runner(runner)
    , m_model(new ConflictTableModel(this))
    , m_filter(new ConflictFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    buildFilterBar();

    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    // Errors first; within a severity the checker's order (structure, then state by state).
    m_view->sortByColumn(ConflictTableModel::Severity, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false); // long messages are elided; the tooltip has them whole
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    buildActions();
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        contextMenu()->popup(m_view->viewport()->mapToGlobal(pos));
    });

    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::PlainText);
    m_busy = new QLabel(tr("Checking\u2026"), this);
    m_busy->setEnabled(false);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setContentsMargins(6, 0, 6, 6);
    m_details->setMinimumHeight(3 * m_details->fontMetrics().lineSpacing() + 6);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 6, 6, 0);
    header->addWidget(m_counts, 1);
    header->addWidget(m_busy);
    auto *waiveButton = new QToolButton(this);
    waiveButton->setDefaultAction(m_waiveAction);
    waiveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    header->addWidget(waiveButton);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(m_typeFilter);
    bar->addWidget(m_severityFilter);
    bar->addWidget(m_stateFilter);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_hideWaived);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    // The conflict in full at the left, its smallest fixes beside it.
    m_fixes = new FixesPanel(m_store, m_undoStack, m_runner, this);
    auto *below = new QHBoxLayout;
    below->addWidget(m_details, 1);
    below->addWidget(m_fixes, 1);
    layout->addLayout(below);
    connect(m_fixes, &FixesPanel::message, this, &ConflictsPanel::message);
    connect(m_fixes, &FixesPanel::waiverRequested, this, &ConflictsPanel::waiveSelected);

    // The compatibility conflicts and the schedule's findings of the same estate: what the
    // signed plan lists, counted alike.
    connect(m_runner, &AnalysisRunner::findingsChanged, this,
            [this] { showConflicts(m_runner->findings()); });
    connect(m_runner, &AnalysisRunner::busyChanged, this, &ConflictsPanel::showBusy);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
        publishSelection();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConflictsPanel::updateDetails);
    connect(m_selection, &ComponentSelection::selectionChanged, this,
            &ConflictsPanel::followSelection);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ConflictsPanel::updateCounts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ConflictsPanel::updateCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ConflictsPanel::updateCounts);

    m_model->setHighlightedComponents(m_selection->selectedIds());
    showBusy(m_runner->isBusy());
    showConflicts(m_runner->findings());
    if (!m_runner->hasResults())
        m_counts->setText(tr("Not checked yet"));
}

void ConflictsPanel::buildFilterBar()
{
    m_typeFilter = new QComboBox(this);
    // Whole sources first (the compatibility check, the schedule), then single types.
    m_typeFilter->addItem(tr("All types"), QString());
    m_typeFilter->addItem(tr("Compatibility findings"), QStringLiteral("@compatibility"));
    m_typeFilter->addItem(tr("Scheduling findings"), QStringLiteral("@schedule"));
    m_typeFilter->insertSeparator(m_typeFilter->count());
    for (const QString &type : conflictTypes())
        m_typeFilter->addItem(ConflictTableModel::typeLabel(type), type);
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_typeFilter->setMinimumContentsLength(16);

    m_severityFilter = new QComboBox(this);
    m_severityFilter->addItem(tr("All severities"), -1);
    for (auto s : {Conflict::Severity::Error, Conflict::Severity::Warning, Conflict::Severity::Info})
        m_severityFilter->addItem(ConflictTableModel::severityIcon(s), severityLabel(s), int(s));

    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("All states"), -1);
    for (auto s : {Conflict::State::Current, Conflict::State::Target, Conflict::State::Intermediate})
        m_stateFilter->addItem(ConflictTableModel::stateText(s), int(s));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search message or component"));
    m_search->setClearButtonEnabled(true);
    m_hideWaived = new QCheckBox(tr("Hide waived"), this);

    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &ConflictsPanel::applyFilters);
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, &ConflictsPanel::applyFilters);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &ConflictsPanel::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &ConflictsPanel::applyFilters);
    connect(m_hideWaived, &QCheckBox::toggled, this, &ConflictsPanel::applyFilters);
}

void ConflictsPanel::buildActions()
{
    m_waiveAction = new QAction(tr("Waive\u2026"), this);
    m_waiveAction->setToolTip(tr("Accept the selected conflicts for a while, with a reason"));
    m_removeWaiverAction = new QAction(tr("Withdraw Waiver"), this);
    m_removeWaiverAction->setToolTip(tr("Make the selected waived conflicts count again"));
    connect(m_waiveAction, &QAction::triggered, this, &ConflictsPanel::waiveSelected);
    connect(m_removeWaiverAction, &QAction::triggered, this, &ConflictsPanel::removeSelectedWaivers);
    m_selectAction = new QAction(tr("Select Components"), this);
    m_selectAction->setToolTip(tr("Select the components of the selected conflicts in every "
                                  "view"));
    m_editWaiverAction = new QAction(tr("Edit Waiver\u2026"), this);
    m_editWaiverAction->setToolTip(tr("Change the reason or the expiry of the waiver"));
    m_copyAction = new QAction(tr("Copy Message"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_selectAction, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const Conflict &c : selectedConflicts())
            for (const QString &id : c.components)
                if (!ids.contains(id))
                    ids << id;
        if (!ids.isEmpty())
            m_selection->setSelection(ids, this, ComponentSelection::Origin::Derived);
    });
    connect(m_editWaiverAction, &QAction::triggered, this, &ConflictsPanel::editSelectedWaiver);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        QStringList messages;
        for (const Conflict &c : selectedConflicts())
            messages << c.message;
        if (!messages.isEmpty())
            QGuiApplication::clipboard()->setText(messages.join(u'\n'));
    });
    m_view->addAction(m_copyAction); // Ctrl+C in the table
    updateActions();
}

QMenu *ConflictsPanel::contextMenu()
{
    // Built once, with the actions' states as the selection has them; nothing destructive:
    // a waiver is one undoable edit.
    if (!m_menu) {
        m_menu = new QMenu(this);
        m_menu->addAction(m_selectAction);
        m_menu->addSeparator();
        m_menu->addAction(m_waiveAction);
        m_menu->addAction(m_editWaiverAction);
        m_menu->addAction(m_removeWaiverAction);
        m_menu->addSeparator();
        m_menu->addAction(m_copyAction);
    }
    updateActions();
    return m_menu;
}

void ConflictsPanel::editSelectedWaiver()
{
    QList<Conflict> conflicts;
    for (const Conflict &c : selectedConflicts())
        if (c.waived)
            conflicts << c;
    if (conflicts.isEmpty())
        return;
    QDate expires;
    QString by;
    for (const Waiver &w : m_store->estate().waivers)
        if (w.conflict == conflicts.constFirst().key) {
            expires = w.expires;
            by = w.by;
        }
    WaiverDialog dialog(conflicts, expires.isValid() ? expires : suggestedExpiry(), this);
    dialog.setWindowTitle(tr("Edit Waiver"));
    dialog.reasonEdit()->setPlainText(conflicts.constFirst().waiverReason);
    dialog.byEdit()->setText(by);
    dialog.expiresCheck()->setChecked(expires.isValid());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList keys;
    for (const Conflict &c : std::as_const(conflicts))
        keys << c.key;
    waive(keys, dialog.reason(), dialog.expires(), dialog.by());
}

void ConflictsPanel::showConflicts(const QList<Conflict> &conflicts)
{
    // Keep the user's place across the re-check: the same conflicts stay selected.
    QStringList keys;
    for (const Conflict &c : selectedConflicts())
        keys << c.key;
    const QString currentKey = m_view->currentIndex().data(ConflictTableModel::KeyRole).toString();

    m_model->setConflicts(conflicts);

    QItemSelection rows;
    for (const QString &key : std::as_const(keys)) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(key), 0));
        if (index.isValid())
            rows.select(index, index);
    }
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect
                                                   | QItemSelectionModel::Rows);
        const QModelIndex current = m_filter->mapFromSource(
            m_model->index(m_model->rowOf(currentKey), 0));
        if (current.isValid())
            m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    }
    if (!m_columnsFitted && !conflicts.isEmpty()) {
        fitColumns();
        m_columnsFitted = true;
    }
    // An empty column only takes room from the messages.
    const bool anyWaived = std::any_of(conflicts.cbegin(), conflicts.cend(),
                                       [](const Conflict &c) { return c.waived; });
    m_view->setColumnHidden(ConflictTableModel::Waived, !anyWaived);
    updateCounts();
    updateActions();
    updateDetails();
}

void ConflictsPanel::applyFilters()
{
    const QString type = m_typeFilter->currentData().toString();
    const bool source = type.startsWith(u'@');
    m_filter->setTypeFilter(source ? QString() : type);
    m_filter->setSourceFilter(type == u"@schedule" ? ConflictFilterModel::Source::Schedule
                              : type == u"@compatibility"
                                  ? ConflictFilterModel::Source::Compatibility
                                  : ConflictFilterModel::Source::Any);
    const int severity = m_severityFilter->currentData().toInt();
    m_filter->setSeverityFilter(severity < 0 ? std::nullopt
                                             : std::optional(Conflict::Severity(severity)));
    const int state = m_stateFilter->currentData().toInt();
    m_filter->setStateFilter(state < 0 ? std::nullopt : std::optional(Conflict::State(state)));
    m_filter->setSearchText(m_search->text());
    m_filter->setHideWaived(m_hideWaived->isChecked());
    updateCounts();
}

void ConflictsPanel::clearFilters()
{
    m_typeFilter->setCurrentIndex(0);
    m_severityFilter->setCurrentIndex(0);
    m_stateFilter->setCurrentIndex(0);
    m_search->clear();
    m_hideWaived->setChecked(false);
}

QString ConflictsPanel::countsText(const QList<Conflict> &conflicts)
{
    int errors = 0, warnings = 0, infos = 0, waived = 0, scheduling = 0;
    for (const Conflict &c : conflicts) {
        if (!c.waived && ConflictTableModel::isScheduleFinding(c.type))
            ++scheduling;
        if (c.waived)
            ++waived;
        else if (c.severity == Conflict::Severity::Error)
            ++errors;
        else if (c.severity == Conflict::Severity::Warning)
            ++warnings;
        else
            ++infos;
    }
    if (conflicts.isEmpty())
        return tr("No conflicts");
    QStringList parts{counted(errors, tr("%n error", nullptr, errors),
                              tr("%n errors", nullptr, errors)),
                      counted(warnings, tr("%n warning", nullptr, warnings),
                              tr("%n warnings", nullptr, warnings))};
    if (infos > 0)
        parts << counted(infos, tr("%n note", nullptr, infos), tr("%n notes", nullptr, infos));
    if (waived > 0)
        parts << tr("%n waived", nullptr, waived);
    QString text = parts.join(QStringLiteral(", "));
    if (scheduling > 0) // as `schedule` reports them, counted in the errors above
        text += QStringLiteral("; ")
                + counted(scheduling, tr("%n from the schedule", nullptr, scheduling),
                          tr("%n from the schedule", nullptr, scheduling));
    return text;
}

void ConflictsPanel::updateCounts()
{
    QString text = countsText(m_model->conflicts());
    const int shown = m_filter->rowCount();
    if (shown != m_model->rowCount())
        text += QStringLiteral(" \u2014 ")
                + tr("%1 of %2 shown").arg(shown).arg(m_model->rowCount());
    m_counts->setText(text);
}

void ConflictsPanel::updateActions()
{
    bool anyUnwaived = false, anyWaived = false;
    for (const Conflict &c : selectedConflicts())
        (c.waived ? anyWaived : anyUnwaived) = true;
    m_waiveAction->setEnabled(anyUnwaived);
    m_removeWaiverAction->setEnabled(anyWaived);
    m_editWaiverAction->setEnabled(anyWaived);
    const bool any = anyWaived || anyUnwaived;
    m_selectAction->setEnabled(any);
    m_copyAction->setEnabled(any);
}

QList<Conflict> ConflictsPanel::selectedConflicts() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<Conflict> conflicts;
    for (int row : std::as_const(rows)) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
        if (const Conflict *c = m_model->conflictAt(source.row()))
            conflicts << *c;
    }
    return conflicts;
}

void ConflictsPanel::publishSelection()
{
    // The current row's components first: the details panel shows the first one.
    QStringList ids;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row()))
        ids = current.data(ConflictTableModel::ComponentsRole).toStringList();
    for (const Conflict &c : selectedConflicts())
        for (const QString &id : c.components)
            if (!ids.contains(id))
                ids << id;
    if (ids.isEmpty())
        return; // an emptied table selection does not unselect components elsewhere
    m_model->setHighlightedComponents(ids);
    // Selected for the row chosen here, not one by one: nothing to remove at a stroke.
    m_selection->setSelection(ids, this, ComponentSelection::Origin::Derived);
}

void ConflictsPanel::followSelection(const QStringList &ids, QObject *source)
{
    m_model->setHighlightedComponents(ids);
    if (source == this)
        return;
    // The rows chosen here no longer describe the selection: let go of them. The conflicts of
    // the selected components stay marked in bold.
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->selectionModel()->clearSelection();
    updateActions();
    updateDetails();
}

void ConflictsPanel::updateDetails()
{
    const QList<Conflict> selected = selectedConflicts();
    const QModelIndex current = m_view->currentIndex();
    const Conflict *c = nullptr;
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row()))
        c = m_model->conflictAt(m_filter->mapToSource(current).row());
    else if (!selected.isEmpty())
        c = m_model->conflictAt(m_model->rowOf(selected.constFirst().key));
    m_fixes->setConflict(c && selected.size() == 1 ? std::optional<Conflict>(*c) : std::nullopt);
    if (!c) {
        m_details->setText(QStringLiteral("<span style=\"color:gray\">%1</span>")
                               .arg(tr("Select a conflict to read it in full and to select its "
                                       "components in the other views.")
                                        .toHtmlEscaped()));
        return;
    }
    QString text = QStringLiteral("<b style=\"color:%1\">%2</b> &middot; <b>%3</b> &middot; %4"
                                  "<br>%5<br>%6")
                       .arg(ConflictTableModel::severityColor(c->severity).name(),
                            severityLabel(c->severity).toHtmlEscaped(),
                            ConflictTableModel::typeLabel(c->type).toHtmlEscaped(),
                            stateLabel(c->state).toHtmlEscaped(), c->message.toHtmlEscaped(),
                            tr("Components: %1")
                                .arg(c->components.join(QStringLiteral(", ")))
                                .toHtmlEscaped());
    if (c->waived) {
        QDate expires;
        for (const Waiver &w : m_store->estate().waivers)
            if (w.conflict == c->key)
                expires = w.expires;
        const QString waiver = expires.isValid()
                                   ? tr("Waived until %1: %2")
                                         .arg(expires.toString(Qt::ISODate), c->waiverReason)
                                   : tr("Waived: %1").arg(c->waiverReason);
        text += QStringLiteral("<br><i>%1</i>").arg(waiver.toHtmlEscaped());
    }
    if (selected.size() > 1)
        text += QStringLiteral("<br><span style=\"color:gray\">%1</span>")
                    .arg(tr("%1 conflicts selected").arg(selected.size()).toHtmlEscaped());
    m_details->setText(text);
}

void ConflictsPanel::showBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void ConflictsPanel::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    // Narrow enough for a dock: the message gets what is left, and is whole in the tooltip
    // and in the details line under the table.
    for (auto [column, widest] :
         {std::pair{ConflictTableModel::Severity, 110}, std::pair{ConflictTableModel::Type, 170},
          std::pair{ConflictTableModel::State, 110},
          std::pair{ConflictTableModel::Components, 170}}) {
        m_view->resizeColumnToContents(column);
        header->resizeSection(column, qBound(50, header->sectionSize(column) + 8, widest));
    }
    header->resizeSection(ConflictTableModel::Waived, 150);
    header->setSectionResizeMode(ConflictTableModel::Message, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
}

QDate ConflictsPanel::suggestedExpiry() const
{
    // Waivers are judged against the plan's start, not today: three months past it by default.
    const QDate start = m_store->estate().project.start;
    return (start.isValid() ? start : QDate::currentDate()).addMonths(3);
}

void ConflictsPanel::waiveSelected()
{
    QList<Conflict> conflicts;
    for (const Conflict &c : selectedConflicts())
        if (!c.waived)
            conflicts << c;
    if (conflicts.isEmpty())
        return;
    WaiverDialog dialog(conflicts, suggestedExpiry(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList keys;
    for (const Conflict &c : std::as_const(conflicts))
        keys << c.key;
    waive(keys, dialog.reason(), dialog.expires(), dialog.by());
}

void ConflictsPanel::removeSelectedWaivers()
{
    QStringList keys;
    for (const Conflict &c : selectedConflicts())
        if (c.waived)
            keys << c.key;
    removeWaivers(keys);
}

bool ConflictsPanel::waive(const QStringList &keys, const QString &reason, const QDate &expires,
                           const QString &by)
{
    if (keys.isEmpty() || reason.trimmed().isEmpty())
        return false;
    const QSet<QString> replaced(keys.cbegin(), keys.cend());
    QList<Waiver> waivers;
    for (const Waiver &w : m_store->estate().waivers)
        if (!replaced.contains(w.conflict))
            waivers << w;
    for (const QString &key : keys)
        waivers << Waiver{key, reason.trimmed(), expires, by.trimmed()};
    auto *command = new ReplaceSectionCommand(m_store, waivers);
    const int n = int(keys.size());
    command->setText(
        counted(n, tr("Waive %n conflict", nullptr, n), tr("Waive %n conflicts", nullptr, n)));
    m_undoStack->push(command);
    Q_EMIT message(counted(n, tr("Waived %n conflict; the check runs again.", nullptr, n),
                           tr("Waived %n conflicts; the check runs again.", nullptr, n)));
    return true;
}

bool ConflictsPanel::removeWaivers(const QStringList &keys)
{
    const QSet<QString> withdrawn(keys.cbegin(), keys.cend());
    QList<Waiver> waivers;
    int removed = 0;
    for (const Waiver &w : m_store->estate().waivers) {
        if (withdrawn.contains(w.conflict))
            ++removed;
        else
            waivers << w;
    }
    if (removed == 0)
        return false;
    auto *command = new ReplaceSectionCommand(m_store, waivers);
    command->setText(counted(removed, tr("Withdraw %n waiver", nullptr, removed),
                             tr("Withdraw %n waivers", nullptr, removed)));
    m_undoStack->push(command);
    return true;
}

} // namespace planner
