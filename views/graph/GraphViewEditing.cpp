// SPDX-License-Identifier: GPL-3.0-or-later
// GraphView: the edits started from the view (connect, delete, rename, nudge, unpin), each
// handed to the scene's GraphEditor, which pushes undo commands.
#include "GraphView.h"

#include "EdgeItem.h"
#include "GraphScene.h"
#include "NodeItem.h"
#include "versions/VersionRange.h"

#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>

namespace planner {

std::optional<QString> GraphView::askRange(const QString &from, const QString &to,
                                           const std::optional<QString> &current)
{
    if (m_rangePrompt)
        return m_rangePrompt(from, to);
    QString problem;
    QString text = current.value_or(QString());
    for (;;) {
        QString label = tr("%1 depends on %2.\nVersion range it requires of %2 "
                           "(for example >=12 <17; empty: any version):")
                            .arg(from, to);
        if (!problem.isEmpty())
            label = problem + QStringLiteral("\n\n") + label;
        bool ok = false;
        text = QInputDialog::getText(this, !current ? tr("New dependency") : tr("Version range"),
                                     label, QLineEdit::Normal, text, &ok);
        if (!ok)
            return std::nullopt;
        if (text.trimmed().isEmpty() || VersionRange::parse(text.trimmed(), &problem))
            return text.trimmed();
    }
}

bool GraphView::connectComponents(const QString &from, const QString &to)
{
    GraphEditor &editor = m_scene->editor();
    const QString refusal = editor.connectRefusal(from, to);
    if (!refusal.isEmpty()) {
        Q_EMIT statusMessage(refusal);
        return false;
    }
    const std::optional<QString> range = askRange(from, to);
    if (!range)
        return false;
    const Expected<Done> done = editor.connect(from, to, *range);
    if (!done) {
        Q_EMIT statusMessage(done.error().text());
        return false;
    }
    Q_EMIT statusMessage(tr("%1 now depends on %2.").arg(from, to));
    return true;
}

void GraphView::deleteSelection()
{
    QStringList components;
    QList<int> dependencies;
    const QList<EdgeItem *> &edges = m_scene->edgeItems();
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (const auto *node = qgraphicsitem_cast<const NodeItem *>(item))
            components.append(node->componentId());
        else if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item))
            dependencies.append(int(edges.indexOf(edge)));
    }
    dependencies.removeAll(-1);
    // Boxes another view selected for something else (a conflict's pair, a wave of the plan)
    // are not a choice of components to delete: only boxes the user picked are removed.
    if (const ComponentSelection *selection = m_scene->componentSelection();
        selection && !selection->isPicked())
        components.clear();
    m_scene->editor().remove(components, dependencies);
}

void GraphView::startRename(const QString &id)
{
    QString target = id;
    if (target.isEmpty()) {
        for (QGraphicsItem *item : m_scene->selectedItems())
            if (const auto *node = qgraphicsitem_cast<const NodeItem *>(item)) {
                target = node->componentId();
                break;
            }
    }
    const NodeItem *node = m_scene->nodeItem(target);
    const Component *component = m_scene->estate().find(target);
    if (!node || !component || !m_scene->editor().canEdit())
        return;
    finishRename(false);
    if (zoom() < 0.7)
        centreOn(target);

    m_renaming = target;
    auto *editor = new QLineEdit(viewport());
    m_renameEditor = editor;
    editor->setText(component->name);
    editor->selectAll();
    const QRect box = mapFromScene(node->sceneBoundingRect()).boundingRect();
    const int width = std::max(box.width(), 220);
    editor->setGeometry(box.center().x() - width / 2, box.center().y() - 14, width, 28);
    editor->installEventFilter(this);
    connect(editor, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    editor->show();
    editor->setFocus();
}

void GraphView::finishRename(bool commit)
{
    QLineEdit *editor = m_renameEditor;
    if (!editor)
        return;
    m_renameEditor = nullptr;
    const QString id = std::exchange(m_renaming, QString());
    const QString name = editor->text();
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    setFocus();
    if (!commit)
        return;
    const Expected<Done> done = m_scene->editor().rename(id, name);
    if (!done)
        Q_EMIT statusMessage(done.error().text());
}

bool GraphView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_renameEditor) {
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            finishRename(false);
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            finishRename(true);
            return false;
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

void GraphView::nudgeSelection(int dx, int dy)
{
    QMap<QString, QPoint> centres;
    for (QGraphicsItem *item : m_scene->selectedItems())
        if (const auto *node = qgraphicsitem_cast<const NodeItem *>(item))
            centres.insert(node->componentId(), (node->pos() + QPointF(dx, dy)).toPoint());
    m_scene->editor().move(centres, true);
}

void GraphView::unpinSelection()
{
    QStringList ids;
    for (QGraphicsItem *item : m_scene->selectedItems())
        if (const auto *node = qgraphicsitem_cast<const NodeItem *>(item))
            ids.append(node->componentId());
    m_scene->editor().unpin(ids);
}

} // namespace planner
