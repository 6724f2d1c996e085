// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentDelegate.h"

#include "ComboChoices.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentTableModel.h"

#include <QComboBox>

namespace planner {

ComponentDelegate::ComponentDelegate(EstateStore *store, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_store(store)
{
}

QWidget *ComponentDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    switch (index.column()) {
    case ComponentTableModel::Kind: {
        auto *combo = new QComboBox(parent);
        fillKinds(combo);
        return combo;
    }
    case ComponentTableModel::Criticality: {
        auto *combo = new QComboBox(parent);
        fillCriticalities(combo);
        return combo;
    }
    case ComponentTableModel::Site: {
        auto *combo = new QComboBox(parent);
        fillSites(combo, m_store->estate().sites, index.data(Qt::EditRole).toString());
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ComponentDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        selectData(combo, index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ComponentDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace planner
