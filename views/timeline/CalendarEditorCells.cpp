// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarEditorCells.h"

#include "panels/LocaleFormat.h"

#include <QAbstractItemView>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace planner {

namespace {

// An editor bigger than its cell: at the cell's top left, as big as it asks, kept inside the
// view's viewport (moved up or left rather than cut).
void placeOver(QWidget *editor, const QStyleOptionViewItem &option)
{
    if (editor->layout())
        editor->layout()->activate();
    QSize size = editor->sizeHint().expandedTo(option.rect.size());
    QRect rect(option.rect.topLeft(), size);
    if (const QWidget *port = editor->parentWidget()) {
        rect.setWidth(std::min(rect.width(), port->width()));
        rect.setHeight(std::min(rect.height(), port->height()));
        if (rect.right() > port->width())
            rect.moveRight(port->width() - 1);
        if (rect.bottom() > port->height())
            rect.moveBottom(port->height() - 1);
        rect.moveTopLeft(QPoint(std::max(0, rect.left()), std::max(0, rect.top())));
    }
    editor->setGeometry(rect);
}

QWidget *framed(QWidget *widget)
{
    widget->setAutoFillBackground(true);
    widget->setFocusPolicy(Qt::StrongFocus);
    return widget;
}

} // namespace

// --- WeekdayPicker ---

WeekdayPicker::WeekdayPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 1, 2, 1);
    layout->setSpacing(1);
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        // Qt counts Monday as 1: the same order as the mask.
        button->setText(locale.standaloneDayName(day + 1, QLocale::ShortFormat));
        button->setToolTip(locale.standaloneDayName(day + 1, QLocale::LongFormat));
        button->setObjectName(QStringLiteral("day%1").arg(day));
        button->setAutoRaise(false);
        layout->addWidget(button);
        m_buttons[day] = button;
    }
    framed(this);
}

DayMask WeekdayPicker::mask() const
{
    DayMask mask = 0;
    for (int day = 0; day < 7; ++day)
        if (m_buttons[day]->isChecked())
            mask |= DayMask(1u << day);
    return mask;
}

void WeekdayPicker::setMask(DayMask mask)
{
    for (int day = 0; day < 7; ++day)
        m_buttons[day]->setChecked(mask & (1u << day));
}

// --- AbsenceList ---

AbsenceList::AbsenceList(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    m_list = new QVBoxLayout;
    m_list->setSpacing(3);
    layout->addLayout(m_list);
    auto *add = new QPushButton(tr("Add days away"), this);
    add->setObjectName(QStringLiteral("addAbsence"));
    connect(add, &QPushButton::clicked, this, [this] { addRange(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    layout->addLayout(buttons);
    framed(this);
}

QList<DateRange> AbsenceList::ranges() const
{
    QList<DateRange> ranges;
    for (const Row &row : m_rows)
        ranges.append({row.from->date(), row.to->date()});
    return ranges;
}

void AbsenceList::setRanges(const QList<DateRange> &ranges)
{
    while (!m_rows.isEmpty())
        removeRange(int(m_rows.size()) - 1);
    for (const DateRange &range : ranges)
        addRange(range);
}

void AbsenceList::addRange(const DateRange &range)
{
    DateRange r = range;
    if (!r.start.isValid() || !r.end.isValid()) {
        const QDate first = !m_rows.isEmpty()      ? m_rows.last().to->date().addDays(1)
                            : m_firstDay.isValid() ? m_firstDay
                                                   : QDate::currentDate();
        r = {first, first};
    }
    auto *widget = new QWidget(this);
    auto *line = new QHBoxLayout(widget);
    line->setContentsMargins(0, 0, 0, 0);
    auto *from = new QDateEdit(r.start, widget);
    auto *to = new QDateEdit(r.end, widget);
    for (QDateEdit *edit : {from, to}) {
        edit->setDisplayFormat(localeDateFormat());
        edit->setCalendarPopup(true);
    }
    from->setToolTip(tr("First day away"));
    to->setToolTip(tr("Last day away"));
    // The last day never before the first: the rule the estate's reader applies.
    to->setMinimumDate(r.start);
    connect(from, &QDateEdit::dateChanged, to, [to](const QDate &day) { to->setMinimumDate(day); });
    auto *remove = new QToolButton(widget);
    remove->setText(QStringLiteral("\u2715"));
    remove->setToolTip(tr("Remove these days away"));
    line->addWidget(from);
    line->addWidget(new QLabel(QStringLiteral("\u2013"), widget));
    line->addWidget(to);
    line->addWidget(remove);
    line->addStretch();
    m_list->addWidget(widget);
    widget->show(); // now, so that the list's size counts it
    m_rows.append({widget, from, to});
    connect(remove, &QToolButton::clicked, this, [this, widget] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].widget == widget) {
                removeRange(i);
                break;
            }
    });
    grow();
}

// Open in a cell: as tall as the list (the view placed it before the pairs were set), kept
// inside the view.
void AbsenceList::grow()
{
    layout()->activate();
    QSize wanted = sizeHint().expandedTo(size());
    if (const QWidget *port = parentWidget(); port && !isWindow()) {
        wanted = wanted.boundedTo(port->size());
        QPoint at = pos();
        at.setY(std::max(0, std::min(at.y(), port->height() - wanted.height())));
        move(at);
    }
    resize(wanted);
}

void AbsenceList::removeRange(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    QWidget *widget = m_rows.takeAt(index).widget;
    m_list->removeWidget(widget);
    widget->hide();
    widget->deleteLater();
    setFocus(); // the focus stays in the editor
}

QString absencesText(const QList<DateRange> &ranges)
{
    QStringList parts;
    for (const DateRange &d : ranges)
        parts.append(d.start.toString(Qt::ISODate) + QStringLiteral("..")
                     + d.end.toString(Qt::ISODate));
    return parts.join(QStringLiteral("; "));
}

QList<DateRange> readableAbsences(const QString &text)
{
    QList<DateRange> ranges;
    const auto parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList ends = part.trimmed().split(QStringLiteral(".."));
        DateRange d;
        d.start = QDate::fromString(ends.value(0).trimmed(), Qt::ISODate);
        d.end = ends.size() > 1 ? QDate::fromString(ends[1].trimmed(), Qt::ISODate) : d.start;
        if (d.start.isValid() && d.end.isValid())
            ranges.append(d);
    }
    return ranges;
}

// --- WeekdaysDelegate ---

QWidget *WeekdaysDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    return new WeekdayPicker(parent);
}

void WeekdaysDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<WeekdayPicker *>(editor)->setMask(
        parseDays(index.data(Qt::EditRole).toString()).value_or(0));
}

void WeekdaysDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    // No day at all is written as nothing: the table refuses it with its message.
    const DayMask mask = static_cast<WeekdayPicker *>(editor)->mask();
    model->setData(index, mask ? daysText(mask) : QString(), Qt::EditRole);
}

void WeekdaysDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &) const
{
    placeOver(editor, option);
}

// --- AbsencesDelegate ---

AbsencesDelegate::AbsencesDelegate(std::function<QDate()> firstDay, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_firstDay(std::move(firstDay))
{
}

QString AbsencesDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QList<DateRange> ranges = readableAbsences(value.toString());
    if (ranges.isEmpty())
        return value.toString();
    QStringList parts;
    for (const DateRange &d : ranges)
        parts.append(d.start == d.end ? locale.toString(d.start, localeDateFormat(locale))
                                      : locale.toString(d.start, localeDateFormat(locale))
                                            + QStringLiteral(" \u2013 ")
                                            + locale.toString(d.end, localeDateFormat(locale)));
    return parts.join(QStringLiteral(", "));
}

QWidget *AbsencesDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *editor = new AbsenceList(parent);
    if (m_firstDay)
        editor->setFirstDay(m_firstDay());
    return editor;
}

void AbsencesDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *list = static_cast<AbsenceList *>(editor);
    const QList<DateRange> ranges = readableAbsences(index.data(Qt::EditRole).toString());
    if (ranges != list->ranges())
        list->setRanges(ranges);
}

void AbsencesDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    model->setData(index, absencesText(static_cast<AbsenceList *>(editor)->ranges()), Qt::EditRole);
}

void AbsencesDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &) const
{
    placeOver(editor, option);
}

} // namespace planner
