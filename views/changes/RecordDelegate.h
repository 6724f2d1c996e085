// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace planner {

/// Edits the cells of the change record tables: a combo box where the model offers choices
/// (RecordTableModel::ChoicesRole; editable when other text is allowed too), a line edit
/// otherwise. The model checks and refuses what cannot be read. Where the model gives labels
/// for its choices (RecordTableModel::ChoiceLabelsRole), a cell shows the label of its word and
/// the combo offers labels, while the word is what is stored.
class RecordDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace planner
