// SPDX-License-Identifier: GPL-3.0-or-later
#include "DependencyDelegate.h"

#include "ComboChoices.h"
#include "inventory/EstateStore.h"
#include "itemmodels/DependencyTableModel.h"

#include <QComboBox>

namespace planner {

DependencyDelegate::DependencyDelegate(EstateStore *store, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_store(store)
{
}

QStringList DependencyDelegate::knownTypes(const EstateStore *store)
{
    QStringList types{QStringLiteral("uses")};
    for (const Dependency &d : store->estate().dependencies())
        types << d.type;
    types.removeDuplicates();
    types.sort(Qt::CaseInsensitive);
    return types;
}

QWidget *DependencyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    switch (index.column()) {
    case DependencyTableModel::From:
    case DependencyTableModel::To: {
        auto *combo = new QComboBox(parent);
        fillComponents(combo, m_store->estate());
        return combo;
    }
    case DependencyTableModel::Type: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(knownTypes(m_store));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void DependencyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QString value = index.data(Qt::EditRole).toString();
    if (combo->isEditable())
        combo->setCurrentText(value);
    else
        selectData(combo, value);
}

void DependencyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index,
                   combo->isEditable() ? QVariant(combo->currentText()) : combo->currentData(),
                   Qt::EditRole);
}

} // namespace planner
