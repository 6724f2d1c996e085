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

    /// How the selection came about.
    enum class Origin {
        /// The user chose these components themselves: rows of the inventory, boxes of the
        /// graph, a bar of the timeline.
        Picked,
        /// A view selected them for something else the user chose: the components of a
        /// conflict, of a wave or step of the plan. Shown everywhere, but not a choice of
        /// components to act on destructively (Remove stays off).
        Derived
    };

    const QStringList &selectedIds() const { return m_ids; }
    QString current() const { return m_ids.isEmpty() ? QString() : m_ids.constFirst(); }
    bool isSelected(const QString &id) const { return m_ids.contains(id); }
    Origin origin() const { return m_origin; }
    bool isPicked() const { return m_origin == Origin::Picked; }

    /// Replaces the selection; @p source is the object that asks (it may ignore the signal).
    void setSelection(const QStringList &ids, QObject *source = nullptr,
                      Origin origin = Origin::Picked);
    void clear(QObject *source = nullptr) { setSelection({}, source); }

Q_SIGNALS:
    void selectionChanged(const QStringList &ids, QObject *source);

private:
    QStringList m_ids;
    Origin m_origin = Origin::Picked;
};

} // namespace planner
