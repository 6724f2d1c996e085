// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryPanel.h"

#include "LocaleFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace planner {

namespace {

enum Column { ElementColumn, ChangeColumn, BeforeColumn, AfterColumn, ColumnCount };

/// Who saved, as the item data of a save's row (the filter compares it).
constexpr int whoRole = Qt::UserRole;
constexpr int dayRole = Qt::UserRole + 1;

QString actionText(const EstateChange &change)
{
    switch (change.action) {
    case EstateChange::Action::Added:
        return HistoryPanel::tr("added");
    case EstateChange::Action::Removed:
        return HistoryPanel::tr("removed");
    case EstateChange::Action::Changed:
        break;
    }
    return change.field.isEmpty() ? HistoryPanel::tr("changed")
                                  : HistoryPanel::tr("changed %1").arg(change.field);
}

/// A value as a cell shows it: one line, long ones cut (the tooltip has it whole).
QString cell(const QString &json)
{
    constexpr int longest = 160;
    QString text = json;
    text.replace(u'\n', u' ');
    return text.size() > longest ? text.left(longest - 1) + QChar(0x2026) : text;
}

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_who(new QComboBox(this))
    , m_sinceOn(new QCheckBox(tr("Since"), this))
    , m_since(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_text->setPlaceholderText(tr("Filter by element, field or value"));
    m_text->setClearButtonEnabled(true);
    m_who->setToolTip(tr("Only the saves of this person"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(localeDateFormat());
    m_since->setDate(QDate::currentDate().addMonths(-1));
    m_since->setEnabled(false);
    m_sinceOn->setToolTip(tr("Only saves on or after this day"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setToolTip(tr("Read the project's history again"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(new QLabel(tr("Who:"), this));
    filters->addWidget(m_who);
    filters->addWidget(m_sinceOn);
    filters->addWidget(m_since);
    filters->addWidget(refresh);

    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Save / Element"), tr("Change"), tr("Before"), tr("After")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(ElementColumn, 320);
    m_tree->setColumnWidth(ChangeColumn, 160);
    m_tree->setColumnWidth(BeforeColumn, 260);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    connect(m_text, &QLineEdit::textChanged, this, &HistoryPanel::applyFilters);
    connect(m_who, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilters);
    connect(m_sinceOn, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_sinceOn, &QCheckBox::toggled, this, &HistoryPanel::applyFilters);
    connect(m_since, &QDateEdit::dateChanged, this, &HistoryPanel::applyFilters);
    connect(refresh, &QPushButton::clicked, this, &HistoryPanel::refreshRequested);
    showMessage(tr("No project open"));
}

QString HistoryPanel::elementLabel(const EstateChange &change)
{
    if (change.section == u"components")
        return tr("component %1").arg(change.item);
    if (change.section == u"dependencies")
        return tr("dependency %1").arg(change.item);
    if (change.section == u"project")
        return tr("the project");
    if (change.item.isEmpty())
        return change.section;
    return QStringLiteral("%1 %2").arg(change.section, change.item);
}

void HistoryPanel::showMessage(const QString &why)
{
    m_entries.clear();
    m_tree->clear();
    m_who->blockSignals(true);
    m_who->clear();
    m_who->addItem(tr("Everyone"));
    m_who->blockSignals(false);
    m_summary->setText(why);
}

void HistoryPanel::setEntries(const QList<HistoryEntry> &entries)
{
    const QString chosenWho = m_who->currentIndex() > 0 ? m_who->currentText() : QString();
    m_entries = entries;
    m_tree->clear();

    // Newest save first; its changes in the order the save recorded them.
    const QLocale locale;
    QTreeWidgetItem *save = nullptr;
    qint64 revision = -1;
    QStringList people;
    QList<QTreeWidgetItem *> saves;
    for (const HistoryEntry &entry : entries) {
        if (!save || entry.revision != revision) {
            revision = entry.revision;
            save = new QTreeWidgetItem;
            save->setData(ElementColumn, whoRole, entry.who);
            save->setData(ElementColumn, dayRole, entry.at.toLocalTime().date());
            save->setText(ElementColumn,
                          tr("Save %L1 · %2 · %3")
                              .arg(entry.revision)
                              .arg(locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                   entry.who));
            QFont bold = save->font(ElementColumn);
            bold.setBold(true);
            save->setFont(ElementColumn, bold);
            save->setFirstColumnSpanned(false);
            saves.prepend(save);
            if (!people.contains(entry.who))
                people << entry.who;
        }
        auto *change = new QTreeWidgetItem(save);
        change->setText(ElementColumn, elementLabel(entry.change));
        change->setText(ChangeColumn, actionText(entry.change));
        change->setText(BeforeColumn, cell(entry.change.before));
        change->setText(AfterColumn, cell(entry.change.after));
        change->setToolTip(BeforeColumn, entry.change.before);
        change->setToolTip(AfterColumn, entry.change.after);
    }
    for (QTreeWidgetItem *item : std::as_const(saves))
        item->setText(ChangeColumn, tr("%n change(s)", nullptr, item->childCount()));
    m_tree->addTopLevelItems(saves);
    if (!saves.isEmpty())
        saves.first()->setExpanded(true);

    people.sort(Qt::CaseInsensitive);
    m_who->blockSignals(true);
    m_who->clear();
    m_who->addItem(tr("Everyone"));
    m_who->addItems(people);
    m_who->setCurrentIndex(std::max(0, int(m_who->findText(chosenWho))));
    m_who->blockSignals(false);
    applyFilters();
}

void HistoryPanel::applyFilters()
{
    const QString text = m_text->text().trimmed();
    const QString who = m_who->currentIndex() > 0 ? m_who->currentText() : QString();
    const QDate since = m_sinceOn->isChecked() ? m_since->date() : QDate();
    int shownSaves = 0, shownChanges = 0;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *save = m_tree->topLevelItem(row);
        bool visible = (who.isEmpty() || save->data(ElementColumn, whoRole).toString() == who)
                       && (!since.isValid() || save->data(ElementColumn, dayRole).toDate() >= since);
        int changes = 0;
        for (int i = 0; i < save->childCount(); ++i) {
            QTreeWidgetItem *change = save->child(i);
            bool matches = text.isEmpty();
            for (int column = 0; !matches && column < ColumnCount; ++column)
                matches = change->text(column).contains(text, Qt::CaseInsensitive)
                          || change->toolTip(column).contains(text, Qt::CaseInsensitive);
            change->setHidden(!visible || !matches);
            changes += visible && matches;
        }
        visible = visible && changes > 0;
        save->setHidden(!visible);
        if (visible) {
            ++shownSaves;
            shownChanges += changes;
            if (!text.isEmpty())
                save->setExpanded(true);
        }
    }
    if (m_entries.isEmpty()) {
        m_summary->setText(tr("No saves recorded yet"));
        return;
    }
    m_summary->setText(summary());
}

QString HistoryPanel::summary() const
{
    int saves = 0, changes = 0, allSaves = m_tree->topLevelItemCount();
    for (int row = 0; row < allSaves; ++row) {
        const QTreeWidgetItem *save = m_tree->topLevelItem(row);
        if (save->isHidden())
            continue;
        ++saves;
        for (int i = 0; i < save->childCount(); ++i)
            changes += !save->child(i)->isHidden();
    }
    return tr("%1 of %Ln save(s) shown", nullptr, allSaves).arg(QLocale().toString(saves))
           + tr(", with %Ln change(s)", nullptr, changes);
}

} // namespace planner
