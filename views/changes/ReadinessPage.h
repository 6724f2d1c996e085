// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace planner {

class Estate;
struct ChangeAnalysis;

/// "Readiness & risk": why the change is made and how urgent it is, the review path the risk
/// and urgency call for; the checklist of what is missing before the plan should be approved,
/// each item with its reason; and the plan's risk score, step by step, each point with the rule
/// and the cause. Double-click an item that names a component to select it.
class ReadinessPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReadinessPage(QWidget *parent = nullptr);

    QTreeWidget *checklist() const { return m_checklist; }
    QTreeWidget *riskTree() const { return m_risk; }
    QLabel *guidanceLabel() const { return m_guidance; }

    void show(const Estate &estate, const ChangeAnalysis &analysis);

Q_SIGNALS:
    void componentRequested(const QString &id);

private:
    void activated(QTreeWidgetItem *item);

    QLabel *m_guidance;
    QTreeWidget *m_checklist;
    QTreeWidget *m_risk;
};

} // namespace planner
