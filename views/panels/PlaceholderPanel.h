// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace planner {

/// Stands in for a view that a later version fills in (graph, plan, timeline): says in words
/// what will appear there and shows no made-up data. Replace the widget, not its text.
class PlaceholderPanel : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPanel(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace planner
