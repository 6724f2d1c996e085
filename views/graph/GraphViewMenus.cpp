// SPDX-License-Identifier: GPL-3.0-or-later
// GraphView: the context menus of a component's box, a dependency's arrow and the background.
// Every edit goes through the scene's GraphEditor (undo commands on the document's stack);
// selections made for the user (what depends on a box, a path) are Derived, so that nothing
// destructive is offered on them.
#include "GraphView.h"

#include "EdgeItem.h"
#include "GraphScene.h"
#include "NodeItem.h"
#include "graphquery/ImpactSet.h"

#include <QContextMenuEvent>
#include <QInputDialog>
#include <QMenu>

namespace planner {

namespace {

QAction *namedAction(QMenu *menu, const QString &text, const char *name)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(QString::fromLatin1(name));
    return action;
}

} // namespace

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos(), this);
    menu->exec(event->globalPos());
    delete menu;
}

QMenu *GraphView::createContextMenu(const QPoint &viewPos, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    if (NodeItem *node = nodeAt(viewPos)) {
        fillNodeMenu(menu, node);
        return menu;
    }
    if (auto *edge = qgraphicsitem_cast<EdgeItem *>(itemAt(viewPos))) {
        fillEdgeMenu(menu, edge);
        menu->addSeparator();
    }
    menu->addAction(tr("Fit to view"), this, &GraphView::fitToView);
    menu->addAction(tr("Lay out again"), m_scene, &GraphScene::relayout);
    if (m_scene->model().filter().isActive())
        menu->addAction(tr("Show everything"), this, [this] { m_scene->model().setFilter({}); });
    return menu;
}

void GraphView::fillNodeMenu(QMenu *menu, NodeItem *node)
{
    // A right click on a box outside the selection picks that box alone, as a click does.
    if (!node->isSelected()) {
        m_scene->clearSelection();
        node->setSelected(true);
    }
    const QString id = node->componentId();
    const Component *component = m_scene->estate().find(id);
    const QString name = component && !component->name.isEmpty() ? component->name : id;
    const bool editable = m_scene->editor().canEdit();

    connect(namedAction(menu, tr("Show details of %1").arg(name), "showDetails"),
            &QAction::triggered, this, [this, id] {
                if (ComponentSelection *selection = m_scene->componentSelection())
                    selection->setSelection({id}, nullptr, ComponentSelection::Origin::Picked);
                else if (NodeItem *n = m_scene->nodeItem(id)) {
                    m_scene->clearSelection();
                    n->setSelected(true);
                }
                Q_EMIT detailsRequested(id);
            });
    connect(namedAction(menu, tr("Select what depends on it"), "selectDependents"),
            &QAction::triggered, this, [this, id] {
                const QSet<QString> ids = impactSet(m_scene->estate(), {id},
                                                    ImpactDirection::Dependents);
                selectDerived(QStringList(ids.cbegin(), ids.cend()));
                Q_EMIT statusMessage(tr("%n component(s) depend on %1, directly or not.", nullptr,
                                        int(ids.size()) - 1)
                                         .arg(id));
            });
    connect(namedAction(menu, tr("Select what it depends on"), "selectDependencies"),
            &QAction::triggered, this, [this, id] {
                const QSet<QString> ids = impactSet(m_scene->estate(), {id},
                                                    ImpactDirection::Dependencies);
                selectDerived(QStringList(ids.cbegin(), ids.cend()));
                Q_EMIT statusMessage(tr("%1 depends on %n component(s), directly or not.", nullptr,
                                        int(ids.size()) - 1)
                                         .arg(id));
            });
    connect(namedAction(menu, tr("Find path to…"), "findPath"), &QAction::triggered, this,
            [this, id] { findPathFrom(id); });
    QMenu *only = menu->addMenu(tr("Show only"));
    for (const auto &choice : {std::pair{tr("What depends on it"), ImpactDirection::Dependents},
                               std::pair{tr("What it depends on"), ImpactDirection::Dependencies},
                               std::pair{tr("Both"), ImpactDirection::Both}}) {
        // A plain copy, not a structured binding: clang before 16 cannot capture those.
        const ImpactDirection direction = choice.second;
        only->addAction(choice.first, this, [this, direction] {
            GraphFilter filter = m_scene->model().filter();
            filter.impact = direction;
            m_scene->model().setFilter(filter);
        });
    }
    menu->addSeparator();

    QAction *add = namedAction(menu, tr("Add dependency from it…"), "addDependency");
    add->setEnabled(editable);
    connect(add, &QAction::triggered, this, [this, id, name] {
        const std::optional<QString> to = askComponent(tr("New dependency"),
                                                       tr("%1 depends on:").arg(name));
        if (to)
            connectComponents(id, *to);
    });
    QAction *rename = namedAction(menu, tr("Rename…"), "rename");
    rename->setEnabled(editable);
    connect(rename, &QAction::triggered, this, [this, id] { startRename(id); });
    QAction *unpin = namedAction(menu, tr("Let the layout place it"), "unpin");
    unpin->setEnabled(editable && m_scene->estate().manualPositions.contains(id));
    connect(unpin, &QAction::triggered, this, &GraphView::unpinSelection);

    // Removing is offered only for boxes the user picked, not for a selection another view
    // made (a conflict's pair, a wave) or one the menu made.
    const ComponentSelection *selection = m_scene->componentSelection();
    if (editable && (!selection || selection->isPicked())) {
        int count = 0;
        for (QGraphicsItem *item : m_scene->selectedItems())
            count += qgraphicsitem_cast<NodeItem *>(item) ? 1 : 0;
        menu->addSeparator();
        QAction *remove = namedAction(menu,
                                      count > 1 ? tr("Remove %n component(s)", nullptr, count)
                                                : tr("Remove %1").arg(name),
                                      "remove");
        connect(remove, &QAction::triggered, this, &GraphView::deleteSelection);
    }
}

void GraphView::fillEdgeMenu(QMenu *menu, EdgeItem *edge)
{
    if (!edge->isSelected()) {
        m_scene->clearSelection();
        edge->setSelected(true);
    }
    const int row = int(m_scene->edgeItems().indexOf(edge));
    const QString from = edge->from();
    const QString to = edge->to();
    const bool editable = m_scene->editor().canEdit();
    connect(namedAction(menu, tr("Select %1 and %2").arg(from, to), "selectEnds"),
            &QAction::triggered, this, [this, from, to] {
                selectDerived({from, to});
            });
    QAction *range = namedAction(menu, tr("Edit version range…"), "editRange");
    range->setEnabled(editable && row >= 0);
    connect(range, &QAction::triggered, this, [this, row] { editRange(row); });
    QAction *remove = namedAction(menu, tr("Remove dependency"), "removeDependency");
    remove->setEnabled(editable && row >= 0);
    connect(remove, &QAction::triggered, this, [this, row] { m_scene->editor().remove({}, {row}); });
}

// Components selected for the user, not by them: shown everywhere, never removed as a whole.
void GraphView::selectDerived(const QStringList &ids)
{
    if (ComponentSelection *selection = m_scene->componentSelection()) {
        selection->setSelection(ids, nullptr, ComponentSelection::Origin::Derived);
        return;
    }
    m_scene->clearSelection();
    for (const QString &id : ids)
        if (NodeItem *node = m_scene->nodeItem(id))
            node->setSelected(true);
}

void GraphView::findPathFrom(const QString &id)
{
    const std::optional<QString> to = askComponent(tr("Find path"),
                                                   tr("Dependency path from %1 to:").arg(id));
    if (!to)
        return;
    const QStringList chain = dependencyChain(m_scene->estate(), id, *to);
    if (chain.isEmpty()) {
        Q_EMIT statusMessage(tr("No chain of dependencies links %1 and %2.").arg(id, *to));
        return;
    }
    selectDerived(chain);
    Q_EMIT statusMessage(tr("Path: %1").arg(chain.join(QStringLiteral(" \u2192 "))));
}

void GraphView::editRange(int row)
{
    const Estate &estate = m_scene->estate();
    if (row < 0 || row >= estate.dependencyCount())
        return;
    const Dependency &dep = estate.dependency(row);
    const std::optional<QString> range = askRange(dep.from, dep.to,
                                                  dep.requirement ? dep.requirement->text()
                                                                  : QStringLiteral(""));
    if (!range)
        return;
    const Expected<Done> done = m_scene->editor().setRequirement(row, *range);
    if (!done)
        Q_EMIT statusMessage(done.error().text());
}

std::optional<QString> GraphView::askComponent(const QString &title, const QString &label)
{
    if (m_componentPrompt)
        return m_componentPrompt(title, label);
    QStringList items;
    for (const Component &c : m_scene->estate().components())
        items.append(c.name.isEmpty() ? c.id : QStringLiteral("%1 (%2)").arg(c.name, c.id));
    bool ok = false;
    QString text = QInputDialog::getItem(this, title, label, items, -1, true, &ok).trimmed();
    if (!ok || text.isEmpty())
        return std::nullopt;
    // "Name (id)" as offered, or an id or a name typed.
    if (text.endsWith(QLatin1Char(')')) && text.contains(QLatin1String(" (")))
        text = text.mid(text.lastIndexOf(QLatin1String(" (")) + 2).chopped(1);
    if (m_scene->estate().indexOf(text) >= 0)
        return text;
    for (const Component &c : m_scene->estate().components())
        if (c.name.compare(text, Qt::CaseInsensitive) == 0)
            return c.id;
    Q_EMIT statusMessage(tr("No component matches \"%1\".").arg(text));
    return std::nullopt;
}

} // namespace planner
