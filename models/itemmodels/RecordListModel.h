// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordTableModel.h"

#include "commands/ReplaceSectionCommand.h"
#include "inventory/EstateStore.h"

#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace planner {

/// One column of a RecordListModel: how a record shows in it and how an edit changes it.
template<typename T>
struct RecordColumn
{
    QString header;
    QString headerTip;
    /// The value edited (and shown, unless `display` is set); for a check column a bool.
    std::function<QVariant(const T &)> value;
    /// Applies an edit to the record; returns why it is refused, or an empty text. Unset: the
    /// column is read-only.
    std::function<QString(T &, const QVariant &)> set;
    bool check = false;                            ///< a yes/no column shown as a check box
    std::function<QVariant(const T &)> display;    ///< text shown when it differs from value
    std::function<QVariant(const T &)> tip;        ///< tooltip of a cell
    std::function<QVariant(const T &)> background; ///< colour of a cell that needs attention
    std::function<QStringList()> choices;          ///< values offered in a combo box
    bool openChoices = false;                      ///< other text than the choices is allowed
    /// A choice word as people read it ("firewall-rule": "Firewall rule"); unset: as it is.
    /// The cell shows the label, edits and the records keep the word.
    std::function<QString(const QString &)> label;
};

/// A table over one list of the change records (see RecordTableModel). @p access finds the
/// list in a copy of the records (null: the list does not exist, e.g. the upgrade record of a
/// component nobody recorded yet); the model keeps a copy of the rows and turns each change of
/// the records into the smallest signals it can (one row inserted, one removed, cells changed,
/// else a reset), so views keep their current row across edits and undo.
template<typename T>
class RecordListModel : public RecordTableModel
{
public:
    using Access = std::function<QList<T> *(ChangeRecords &)>;

    RecordListModel(EstateStore *store, QUndoStack *undoStack, Access access, QString editText,
                    QObject *parent = nullptr)
        : RecordTableModel(store, undoStack, parent)
        , m_access(std::move(access))
        , m_editText(std::move(editText))
    {
        connect(store, &EstateStore::sectionChanged, this, [this](EstateStore::Section s) {
            if (s == EstateStore::Section::Records)
                refresh();
        });
        connect(store, &EstateStore::wasReset, this, [this] { refresh(true); });
        // Tooltips name components, which may be renamed.
        connect(store, &EstateStore::componentChanged, this, &RecordTableModel::refreshDecorations);
        m_rows = current();
    }

    void setColumns(QList<RecordColumn<T>> columns)
    {
        beginResetModel();
        m_columns = std::move(columns);
        endResetModel();
    }
    /// Where the list lives now (e.g. another component's upgrade record).
    void setAccess(Access access)
    {
        m_access = std::move(access);
        refresh(true);
    }
    /// The record appendRow() adds; it may refuse by returning std::nullopt with lastError().
    void setNewRecord(std::function<std::optional<T>(QString *error)> make)
    {
        m_make = std::move(make);
    }
    void setComponentOf(std::function<QString(const T &)> componentOf)
    {
        m_componentOf = std::move(componentOf);
    }

    const QList<T> &records() const { return m_rows; }
    const T *recordAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }
    /// Whether the list exists in the records (see Access).
    bool hasList() const
    {
        if (!m_access)
            return false;
        ChangeRecords copy = m_store->estate().records;
        return m_access(copy) != nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return RecordTableModel::headerData(section, orientation, role);
        if (role == Qt::DisplayRole)
            return m_columns[section].header;
        if (role == Qt::ToolTipRole && !m_columns[section].headerTip.isEmpty())
            return m_columns[section].headerTip;
        return {};
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const T *r = index.isValid() ? recordAt(index.row()) : nullptr;
        if (!r || index.column() >= m_columns.size())
            return {};
        const RecordColumn<T> &c = m_columns[index.column()];
        switch (role) {
        case Qt::DisplayRole:
            if (c.check)
                return {};
            if (c.display)
                return c.display(*r);
            return c.label ? QVariant(c.label(c.value(*r).toString())) : c.value(*r);
        case Qt::EditRole:
            return c.value(*r);
        case Qt::CheckStateRole:
            if (c.check)
                return c.value(*r).toBool() ? Qt::Checked : Qt::Unchecked;
            return {};
        case Qt::ToolTipRole:
            return c.tip ? c.tip(*r) : QVariant();
        case Qt::BackgroundRole:
            return c.background ? c.background(*r) : QVariant();
        case ChoicesRole:
            return c.choices ? c.choices() : QStringList();
        case ChoiceLabelsRole: {
            QStringList labels = c.choices ? c.choices() : QStringList();
            if (c.label)
                for (QString &choice : labels)
                    choice = c.label(choice);
            return labels;
        }
        case OpenChoicesRole:
            return c.openChoices;
        default:
            return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid() || index.column() >= m_columns.size())
            return Qt::NoItemFlags;
        Qt::ItemFlags f = RecordTableModel::flags(index);
        const RecordColumn<T> &c = m_columns[index.column()];
        if (c.set)
            f |= c.check ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
        return f;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        const T *r = index.isValid() ? recordAt(index.row()) : nullptr;
        if (!r || index.column() >= m_columns.size())
            return false;
        const RecordColumn<T> &c = m_columns[index.column()];
        if (!c.set || (role != Qt::EditRole && !(c.check && role == Qt::CheckStateRole)))
            return false;
        QVariant v = value;
        if (c.check && role == Qt::CheckStateRole)
            v = value.toInt() == Qt::Checked;
        T edited = *r;
        const QString error = c.set(edited, v);
        if (!error.isEmpty()) {
            refuse(error);
            return false;
        }
        m_lastError.clear();
        if (edited == *r)
            return true;
        const int row = index.row();
        return commit([&](QList<T> &list) {
            if (row >= list.size())
                return false;
            list[row] = edited;
            return true;
        });
    }

    int appendRow() override
    {
        QString error;
        std::optional<T> made = m_make ? m_make(&error) : std::optional<T>(T{});
        if (!made) {
            refuse(error);
            return -1;
        }
        m_lastError.clear();
        int row = -1;
        const bool done = commit([&](QList<T> &list) {
            row = int(list.size());
            list.append(*made);
            return true;
        });
        return done ? row : -1;
    }

    bool removeRecords(QList<int> rows) override
    {
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        if (rows.isEmpty() || rows.first() >= m_rows.size() || rows.last() < 0)
            return false;
        return commit([&](QList<T> &list) {
            for (int row : rows)
                list.removeAt(row);
            return true;
        });
    }

    QString componentAt(int row) const override
    {
        const T *r = recordAt(row);
        return r && m_componentOf ? m_componentOf(*r) : QString();
    }

protected:
    /// Changes the list in a copy of the records and pushes the copy as one command.
    bool commit(const std::function<bool(QList<T> &)> &change)
    {
        if (!m_access)
            return false;
        ChangeRecords records = m_store->estate().records;
        QList<T> *list = m_access(records);
        if (!list || !change(*list))
            return false;
        auto *command = new ReplaceSectionCommand(m_store, std::move(records));
        command->setText(m_editText);
        m_undoStack->push(command);
        return true;
    }

private:
    QList<T> current() const
    {
        if (!m_access)
            return {};
        ChangeRecords copy = m_store->estate().records;
        const QList<T> *list = m_access(copy);
        return list ? *list : QList<T>();
    }

    void refresh(bool reset = false)
    {
        QList<T> now = current();
        const qsizetype n = m_rows.size();
        const qsizetype m = now.size();
        if (!reset && now == m_rows)
            return;
        if (!reset && m == n) {
            m_rows = std::move(now);
            Q_EMIT dataChanged(index(0, 0), index(int(n) - 1, columnCount() - 1));
            return;
        }
        qsizetype first = 0;
        while (first < std::min(n, m) && m_rows[first] == now[first])
            ++first;
        if (!reset && m == n + 1
            && std::equal(m_rows.cbegin() + first, m_rows.cend(), now.cbegin() + first + 1)) {
            beginInsertRows({}, int(first), int(first));
            m_rows = std::move(now);
            endInsertRows();
            return;
        }
        if (!reset && m + 1 == n
            && std::equal(now.cbegin() + first, now.cend(), m_rows.cbegin() + first + 1)) {
            beginRemoveRows({}, int(first), int(first));
            m_rows = std::move(now);
            endRemoveRows();
            return;
        }
        beginResetModel();
        m_rows = std::move(now);
        endResetModel();
    }

    Access m_access;
    QString m_editText;
    QList<RecordColumn<T>> m_columns;
    QList<T> m_rows;
    std::function<std::optional<T>(QString *)> m_make;
    std::function<QString(const T &)> m_componentOf;
};

} // namespace planner
