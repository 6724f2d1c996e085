// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>
#include <QImage>
#include <QMargins>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QMenu;
QT_END_NAMESPACE

namespace planner {

class EdgeItem;
class GraphScene;
class NodeItem;

/// The window onto the dependency graph. Navigation: the wheel and +/- zoom around the mouse,
/// F fits the graph, 1 shows it at 100 %; dragging the background or with the middle button
/// pans, Ctrl+drag selects a rectangle. Editing (each edit one undo step on the document's
/// stack): drag boxes to place them by hand, Shift+drag from one box to another (or any drag in
/// connect mode) to make the first depend on the second, Delete removes the selection, F2 or a
/// double click renames, arrow keys nudge. Zoomed out, items draw simplified, and further out
/// the scene draws everything in a few batched calls (GraphScene::drawFlat).
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    /// Asks the range a new dependency requires of what it depends on; std::nullopt cancels.
    using RangePrompt = std::function<std::optional<QString>(const QString &from, const QString &to)>;
    /// Asks the user to choose a component (@p title, @p label say what for); returns its id,
    /// std::nullopt when cancelled.
    using ComponentPrompt
        = std::function<std::optional<QString>(const QString &title, const QString &label)>;

    explicit GraphView(GraphScene *scene, QWidget *parent = nullptr);

    GraphScene *graphScene() const { return m_scene; }

    /// Scale of the drawing: 1.0 is 100 %.
    double zoom() const;
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    /// Shows the whole (filtered) graph, at most at 100 %, and keeps it whole when the view is
    /// resized (a tab shown for the first time, a window resized) until the user zooms or pans.
    void fitToView();
    /// Room along the view's edges that overlays cover (the legend): fitToView() fits the graph
    /// in the rest.
    void setFitMargins(const QMargins &margins);
    /// True while the view keeps the whole graph fitted (see fitToView(), openView()).
    bool isFitted() const { return m_hold == Hold::Fit || (m_hold == Hold::Open && m_openFitted); }
    /// The zoom fitToView() would give in the view's present size.
    double fitZoom() const;
    /// How a graph opens: fitted when its names stay readable that way
    /// (GraphStyle::readableZoom()), otherwise at the smallest readable zoom on @p focus (the
    /// part that matters most: centred when it fits, from its top left corner when it does
    /// not). Decided again at each resize until the user zooms or pans.
    void openView(const QRectF &focus);
    /// True while the view still shows what openView() chose (the user has not navigated).
    bool isOpening() const { return m_hold == Hold::Open; }
    /// Shows @p centre at @p zoom (a view restored) and keeps that centre through resizes until
    /// the user zooms or pans.
    void showView(const QPointF &centre, double zoom);
    /// The scene point in the middle of the view.
    QPointF viewCentre() const;
    /// Centres the view on @p scenePos, as the user asked (the overview): ends a fit or a
    /// restored view kept through resizes.
    void moveTo(const QPointF &scenePos);
    /// The part of the scene the view shows.
    QRectF visibleSceneRect() const;

    /// Finds a component by id or name (exact first, then containing @p text, ignoring case),
    /// centres it, selects it and marks it as the search hit. Returns its id, or an empty text.
    QString showComponent(const QString &text);
    /// Centres component @p id (zooming in if the view is too far out to read it).
    bool centreOn(const QString &id);

    bool connectMode() const { return m_connectMode; }
    /// In connect mode a plain drag from a box draws a dependency instead of moving the box.
    void setConnectMode(bool on);
    void setRangePrompt(RangePrompt prompt) { m_rangePrompt = std::move(prompt); }
    /// Makes @p from depend on @p to after asking the range; reports problems by statusMessage.
    bool connectComponents(const QString &from, const QString &to);
    void setComponentPrompt(ComponentPrompt prompt) { m_componentPrompt = std::move(prompt); }

    /// The menu for what lies under @p viewPos (which it selects, as a right click does):
    /// for a component's box, details, selecting what depends on it or what it depends on,
    /// the dependency path to another component, a new dependency from it, rename, the impact
    /// views, and Remove only when the selection is the user's own pick (ComponentSelection's
    /// Picked origin); for a dependency's arrow, selecting both ends, editing the version
    /// range it requires and removing it; for the background, fit, re-layout and clearing the
    /// filter. Each action's objectName names it ("showDetails", "selectDependents",
    /// "selectDependencies", "findPath", "addDependency", "rename", "remove", "selectEnds",
    /// "editRange", "removeDependency"). The caller owns the menu.
    QMenu *createContextMenu(const QPoint &viewPos, QWidget *parent = nullptr);

    /// Deletes the selected components and dependencies (one undo step).
    void deleteSelection();
    /// Opens the inline editor on the name of component @p id (the current one when empty).
    void startRename(const QString &id = {});
    /// Unpins the selected components: the layout places them again.
    void unpinSelection();

Q_SIGNALS:
    void zoomChanged(double zoom);
    /// The visible part of the scene changed (scroll, zoom, resize): overviews follow.
    void viewportChanged();
    /// A short message for the status line (a refused edit, a search without result).
    void statusMessage(const QString &text);
    /// The user asked for component @p id's details (it is selected as well).
    void detailsRequested(const QString &id);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NodeItem *nodeAt(const QPoint &viewPos) const;
    void applyZoom(double zoom);
    void applyHold();
    void applyOpening();
    QRectF fitArea() const;
    void updateSceneRect();
    void zoomBy(double factor);
    void zoomChangedTo();
    void nudgeSelection(int dx, int dy);
    void finishRename(bool commit);
    /// @p current: the range of an existing dependency being edited.
    std::optional<QString> askRange(const QString &from, const QString &to,
                                    const std::optional<QString> &current = std::nullopt);
    std::optional<QString> askComponent(const QString &title, const QString &label);
    void fillNodeMenu(QMenu *menu, NodeItem *node);
    void fillEdgeMenu(QMenu *menu, EdgeItem *edge);
    void selectDerived(const QStringList &ids);
    void findPathFrom(const QString &id);
    void editRange(int row);

    GraphScene *m_scene;
    // What the view keeps showing through resizes until the user navigates.
    enum class Hold { None, Fit, Centre, Open };
    Hold m_hold = Hold::None;
    QPointF m_heldCentre;
    QRectF m_openFocus;
    bool m_openFitted = false;
    QMargins m_fitMargins;
    bool m_connectMode = false;
    RangePrompt m_rangePrompt;
    ComponentPrompt m_componentPrompt;

    enum class Drag { None, Pan, Connect, RubberBand };
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_dragMoved = false;
    QString m_connectFrom;
    QPointF m_connectEnd;

    // The far drawing of the whole viewport, kept while neither the view nor the drawing moves.
    QImage m_flatPicture;
    QTransform m_flatPictureTransform;
    quint64 m_flatPictureRevision = ~0ull;

    QPointer<QLineEdit> m_renameEditor;
    QString m_renaming;
};

} // namespace planner
