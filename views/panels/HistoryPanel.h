// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ProjectHistory.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace planner {

/// The project's history (issue 19): every save with who made it and when, and under it each
/// change, element by element and field by field with the old and new value. Filters by text
/// (element, field, values), by who saved, and by a first day; the newest save first.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    /// Shows @p entries (oldest first, as loadHistory() gives them) of the project @p name.
    void setEntries(const QList<HistoryEntry> &entries);
    /// Shows no history but @p why (an untitled project, an error reading it).
    void showMessage(const QString &why);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *whoFilter() const { return m_who; }
    QCheckBox *sinceEnabled() const { return m_sinceOn; }
    QDateEdit *sinceFilter() const { return m_since; }
    /// How many saves and changes the filters leave, in words ("3 saves, 12 changes").
    QString summary() const;

    /// "component pg-core", "dependency a -> b (uses)", "the project", "window w1".
    static QString elementLabel(const EstateChange &change);

Q_SIGNALS:
    /// Refresh pressed: the project's history should be read again.
    void refreshRequested();

private:
    void applyFilters();

    QList<HistoryEntry> m_entries;
    QLineEdit *m_text;
    QComboBox *m_who;
    QCheckBox *m_sinceOn;
    QDateEdit *m_since;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace planner
