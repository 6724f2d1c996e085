// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordDelegate.h"

#include "itemmodels/RecordTableModel.h"

#include <QComboBox>

namespace planner {

QWidget *RecordDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QStringList choices = index.data(RecordTableModel::ChoicesRole).toStringList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->addItems(choices);
    combo->setEditable(index.data(RecordTableModel::OpenChoicesRole).toBool());
    return combo;
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString value = index.data(Qt::EditRole).toString();
        const int at = combo->findText(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else if (combo->isEditable())
            combo->setEditText(value);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RecordDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace planner
