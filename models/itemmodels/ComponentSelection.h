// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace planner {

/// Which components the user has selected, shared by every view of one document (inventory
/// table, graph, conflicts, plan, timeline) so that selecting in one selects in all.
/// Views set it when the user selects and follow it otherwise; `setSelection` with the same
/// ids does nothing, so two views following each other do not loop.
class ComponentSelection : public QObject
{
    Q_OBJECT
public:
    explicit ComponentSelection(QObject *parent = nullptr);

    const QStringList &selectedIds() const { return m_ids; }
    QString current() const { return m_ids.isEmpty() ? QString() : m_ids.constFirst(); }
    bool isSelected(const QString &id) const { return m_ids.contains(id); }

    /// Replaces the selection; @p source is the object that asks (it may ignore the signal).
    void setSelection(const QStringList &ids, QObject *source = nullptr);
    void clear(QObject *source = nullptr) { setSelection({}, source); }

Q_SIGNALS:
    void selectionChanged(const QStringList &ids, QObject *source);

private:
    QStringList m_ids;
};

} // namespace planner
