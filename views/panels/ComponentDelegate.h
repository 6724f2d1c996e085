// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace planner {

class EstateStore;

/// Edits inventory cells in place: a combo box for kind, criticality and site (so only known
/// values can be chosen), a line edit elsewhere. Works on any model laid out like
/// ComponentTableModel, through a proxy or not.
class ComponentDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ComponentDelegate(EstateStore *store, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    EstateStore *m_store;
};

} // namespace planner
