// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace planner {

class BackupTableModel;
class EstateStore;
struct BackupWarning;

/// "Backups": per component, how it is backed up, where the copy is kept and how long, when it
/// is taken, the last restore test and how long the restore took; edited in place (the same
/// component edit as in the details). Rows whose backup cannot be relied on (none, never
/// tested, tested too long ago, slower than the rollback reserve) are coloured, and the
/// warnings are listed above the table.
class BackupsPage : public QWidget
{
    Q_OBJECT
public:
    BackupsPage(EstateStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    BackupTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    /// The search field (any text of a row) beside "Only components with an upgrade".
    QLineEdit *filterEdit() const { return m_search; }
    void show(const QList<BackupWarning> &warnings);

Q_SIGNALS:
    void componentRequested(const QString &id);

private:
    void showIntro();

    EstateStore *m_store;
    BackupTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QCheckBox *m_movingOnly;
    QLineEdit *m_search;
    QLabel *m_intro;
    QLabel *m_warnings;
    QLabel *m_message;
};

} // namespace planner
