// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace planner {

class EstateStore;

/// Edits dependency cells in place: a combo box of components for From and Needs, an
/// editable combo of the types the estate already uses for Type, a line edit for the range.
class DependencyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    DependencyDelegate(EstateStore *store, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    /// The dependency types of @p store's estate plus "uses", sorted, for type pickers.
    static QStringList knownTypes(const EstateStore *store);

private:
    EstateStore *m_store;
};

} // namespace planner
