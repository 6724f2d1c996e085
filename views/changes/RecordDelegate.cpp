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
    // Each item shows the word's label and carries the word itself.
    const QStringList labels = index.data(RecordTableModel::ChoiceLabelsRole).toStringList();
    for (qsizetype i = 0; i < choices.size(); ++i)
        combo->addItem(i < labels.size() ? labels[i] : choices[i], choices[i]);
    combo->setEditable(index.data(RecordTableModel::OpenChoicesRole).toBool());
    return combo;
}

void RecordDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStringList labels = index.data(RecordTableModel::ChoiceLabelsRole).toStringList();
    if (labels.isEmpty())
        return;
    const QStringList choices = index.data(RecordTableModel::ChoicesRole).toStringList();
    const qsizetype at = choices.indexOf(index.data(Qt::EditRole).toString());
    if (at >= 0 && at < labels.size())
        option->text = labels[at];
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString value = index.data(Qt::EditRole).toString();
        const int at = combo->findData(value);
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
        // A typed word (open choices) is kept as typed; a picked item gives its word.
        const int at = combo->currentIndex();
        const bool picked = at >= 0 && combo->itemText(at) == combo->currentText();
        model->setData(index, picked ? combo->itemData(at) : QVariant(combo->currentText()),
                       Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace planner
