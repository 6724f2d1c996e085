// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Calendar.h"

#include <QList>
#include <QStyledItemDelegate>
#include <QWidget>

#include <functional>

class QDateEdit;
class QToolButton;
class QVBoxLayout;

namespace planner {

/// The days of the week as seven checkable buttons, Monday first: the cell editor of a peak's
/// days. Its mask means what parseDays() and daysText() mean (bit 0 Monday ... bit 6 Sunday).
class WeekdayPicker : public QWidget
{
    Q_OBJECT
public:
    explicit WeekdayPicker(QWidget *parent = nullptr);

    DayMask mask() const;
    void setMask(DayMask mask);
    /// The button of day @p day (0 Monday ... 6 Sunday).
    QToolButton *button(int day) const { return m_buttons[day]; }

private:
    QToolButton *m_buttons[7] = {};
};

/// A person's days away as a list of from/to date pairs (QDateEdit), each removable, with a
/// button to add one: the cell editor of the Staff table's "Days away". A pair's last day
/// cannot be set before its first.
class AbsenceList : public QWidget
{
    Q_OBJECT
public:
    explicit AbsenceList(QWidget *parent = nullptr);

    QList<DateRange> ranges() const;
    void setRanges(const QList<DateRange> &ranges);
    /// Adds a pair: @p range, or when invalid one day after the last pair (or @p firstDay).
    void addRange(const DateRange &range = {});
    /// Removes pair @p index.
    void removeRange(int index);
    int count() const { return int(m_rows.size()); }
    /// The first and last day editors of pair @p index.
    QDateEdit *fromEdit(int index) const { return m_rows[index].from; }
    QDateEdit *toEdit(int index) const { return m_rows[index].to; }
    /// The day a first pair starts on (the project's start).
    void setFirstDay(const QDate &day) { m_firstDay = day; }

private:
    void grow();

    struct Row
    {
        QWidget *widget;
        QDateEdit *from;
        QDateEdit *to;
    };
    QList<Row> m_rows;
    QVBoxLayout *m_list;
    QDate m_firstDay;
};

/// Text of @p ranges as the Staff table holds it: "2027-01-15..2027-01-20; 2027-02-01..2027-02-01".
QString absencesText(const QList<DateRange> &ranges);
/// The ranges of such a text that can be read (the table's own check reports the others).
QList<DateRange> readableAbsences(const QString &text);

/// The Peaks table's "Days" column edited with a WeekdayPicker: the cell keeps daysText().
class WeekdaysDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

/// The Staff table's "Days away" column edited with an AbsenceList: the cell keeps
/// absencesText(), read back by the same rule as typed text.
class AbsencesDelegate : public QStyledItemDelegate
{
public:
    /// @p firstDay: where a first absence starts (the project's start), asked when editing.
    AbsencesDelegate(std::function<QDate()> firstDay, QObject *parent = nullptr);
    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    std::function<QDate()> m_firstDay;
};

} // namespace planner
