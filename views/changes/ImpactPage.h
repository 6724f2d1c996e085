// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace planner {

class Estate;
struct ChangeAnalysis;

/// "Business impact": for each plan step, the business processes it affects through the
/// dependency graph (directly or through the component they use), the expected downtime and
/// the worst case with a rollback, who uses them, whether outside customers do, the service
/// level and the longest outage it allows. Stricter processes (emergency, payment, production
/// control, public service) are marked. Double-click a row to select the step's component.
class ImpactPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImpactPage(QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void show(const Estate &estate, const ChangeAnalysis &analysis);

Q_SIGNALS:
    void componentRequested(const QString &id);

private:
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace planner
