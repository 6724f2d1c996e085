// SPDX-License-Identifier: GPL-3.0-or-later
// The graph model on its own, without a scene or items: what each box shows, how the analysis
// and the user's state make boxes and edges look, which components each change names for
// repainting, and the tooltips.

#include "GraphEstate.h"
#include "graph/GraphModel.h"
#include "graph/GraphStyle.h"
#include "inventory/EstateStore.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace planner;
using namespace planner::graphtest;

namespace {

QSet<QString> ids(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *name : names)
        set.insert(QString::fromLatin1(name));
    return set;
}

// What the last lookChanged named, and how.
struct LookSpy
{
    explicit LookSpy(GraphModel &model)
        : spy(&model, &GraphModel::lookChanged)
    {
    }
    QSet<QString> lastIds() const { return spy.last().at(0).value<QSet<QString>>(); }
    GraphModel::Repaint lastRepaint() const
    {
        return spy.last().at(1).value<GraphModel::Repaint>();
    }
    QSignalSpy spy;
};

PathMove move(const char *component, const char *from, const char *to, int wave, bool stone)
{
    PathMove m;
    m.component = QString::fromLatin1(component);
    m.from = *Version::parse(QString::fromLatin1(from));
    m.to = *Version::parse(QString::fromLatin1(to));
    m.wave = wave;
    m.steppingStone = stone;
    m.own = m.component == u"db"; // the tests' paths are the database's
    return m;
}

} // namespace

class TestGraphModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void contentOfABox();
    void conflictsRepaintBoxesOnly();
    void highlightColoursBoxesAndEdgesBetweenThem();
    void pathWinsOverTheHighlight();
    void selectionEmphasisesTouchingEdges();
    void searchHitAndFilter();
    void estateResetForgetsPathAndSelection();
    void toolTips();
};

void TestGraphModel::initTestCase()
{
    qRegisterMetaType<QSet<QString>>();
    qRegisterMetaType<GraphModel::Repaint>();
}

void TestGraphModel::contentOfABox()
{
    EstateStore store;
    store.reset(smallEstate());
    GraphModel model(&store);
    const NodeContent db = model.nodeContent(2, true);
    QCOMPARE(db.title, QStringLiteral("Orders database"));
    QCOMPARE(db.versionLine, QStringLiteral("12.20 \u2192 16.6"));
    QCOMPARE(db.site, QStringLiteral("Frankfurt DC"));
    QCOMPARE(db.kind, ComponentKind::Database);
    QCOMPARE(db.criticality, Criticality::Critical);
    // A component that stays shows its version alone; grouped by site, no site on the box.
    const NodeContent api = model.nodeContent(1, false);
    QCOMPARE(api.versionLine, QStringLiteral("2.1"));
    QVERIFY(api.site.isEmpty());
}

void TestGraphModel::conflictsRepaintBoxesOnly()
{
    EstateStore store;
    store.reset(smallEstate());
    GraphModel model(&store);
    LookSpy look(model);
    model.setConflicts({{QStringLiteral("web"), {QStringLiteral("needs api 3")}}});
    QCOMPARE(look.spy.size(), 1);
    QCOMPARE(look.lastIds(), ids({"web"}));
    QCOMPARE(look.lastRepaint(), GraphModel::Repaint::Boxes);
    QVERIFY(model.nodeLook(QStringLiteral("web")).conflict);
    QVERIFY(!model.nodeLook(QStringLiteral("api")).conflict);
    // Replacing the conflicts names the boxes that lose and gain one.
    model.setConflicts({{QStringLiteral("db"), {QStringLiteral("too old")}}});
    QCOMPARE(look.lastIds(), ids({"web", "db"}));
    QVERIFY(!model.nodeLook(QStringLiteral("web")).conflict);
    QCOMPARE(model.conflictMessages(QStringLiteral("db")), QStringList{QStringLiteral("too old")});
}

void TestGraphModel::highlightColoursBoxesAndEdgesBetweenThem()
{
    EstateStore store;
    store.reset(smallEstate());
    GraphModel model(&store);
    LookSpy look(model);
    model.setHighlightedComponents({QStringLiteral("api"), QStringLiteral("db")}, Qt::magenta);
    QCOMPARE(look.lastIds(), ids({"api", "db"}));
    QCOMPARE(look.lastRepaint(), GraphModel::Repaint::BoxesAndEdges);
    const NodeLook db = model.nodeLook(QStringLiteral("db"));
    QVERIFY(db.highlight);
    QCOMPARE(db.highlight->color().rgb(), QColor(Qt::magenta).rgb());
    QVERIFY(db.highlight->color().alpha() < 255); // a halo, not a solid line
    QVERIFY(!model.nodeLook(QStringLiteral("web")).highlight);
    const QPen *between = model.edgeHighlight(QStringLiteral("api"), QStringLiteral("db"));
    QVERIFY(between);
    QCOMPARE(between->color(), QColor(Qt::magenta));
    QVERIFY(!model.edgeHighlight(QStringLiteral("web"), QStringLiteral("api")));
    // Far out the same colour, as hairlines and dots.
    QCOMPARE(model.highlightFlatPen().color(), QColor(Qt::magenta));
    QVERIFY(model.highlightFlatPen().isCosmetic());
    // Clearing names what was highlighted.
    model.setHighlightedComponents({}, Qt::magenta);
    QCOMPARE(look.lastIds(), ids({"api", "db"}));
    QVERIFY(!model.nodeLook(QStringLiteral("db")).highlight);
}

void TestGraphModel::pathWinsOverTheHighlight()
{
    EstateStore store;
    store.reset(smallEstate());
    GraphModel model(&store);
    model.setHighlightedComponents({QStringLiteral("db"), QStringLiteral("os1")}, Qt::blue);
    QSignalSpy pathChanged(&model, &GraphModel::pathChanged);
    LookSpy look(model);

    UpgradePath path;
    path.component = QStringLiteral("db");
    path.neighbours = {QStringLiteral("os1")};
    path.moves = {move("db", "12.20", "14.13", 1, true), move("os1", "11", "12", 2, false),
                  move("db", "14.13", "16.6", 3, false)};
    model.setUpgradePath(path);
    QCOMPARE(pathChanged.size(), 1);
    QCOMPARE(look.lastIds(), ids({"db", "os1"}));
    const GraphStyle &style = GraphStyle::instance();
    QCOMPARE(model.nodeLook(QStringLiteral("db")).pathMarks, QStringLiteral("1 3"));
    QCOMPARE(model.nodeLook(QStringLiteral("os1")).pathMarks, QStringLiteral("2"));
    QCOMPARE(model.nodeLook(QStringLiteral("db")).highlight, &style.pathHaloPen);
    QCOMPARE(model.edgeHighlight(QStringLiteral("db"), QStringLiteral("os1")), &style.pathEdgePen);
    QVERIFY(model.isOnPath(QStringLiteral("os1")));
    QVERIFY(!model.isOnPath(QStringLiteral("web")));

    const QStringList lines = model.pathLines();
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].contains(QStringLiteral("Orders database"))
                 && lines[0].contains(QStringLiteral("12.20 \u2192 14.13 \u2192 16.6")),
             qPrintable(lines[0]));
    QCOMPARE(lines[1],
             QStringLiteral("1.  wave 1: Orders database 12.20 \u2192 14.13 (stepping stone)"));
    QCOMPARE(lines[2], QStringLiteral("2.  wave 2: Linux db host 11 \u2192 12"));

    // A path without moves clears it, and the wave highlight shows again.
    model.setUpgradePath({});
    QCOMPARE(pathChanged.size(), 2);
    QVERIFY(model.pathLines().isEmpty());
    QVERIFY(model.nodeLook(QStringLiteral("db")).pathMarks.isEmpty());
    QCOMPARE(model.nodeLook(QStringLiteral("db")).highlight, &model.highlightPen());
}

void TestGraphModel::selectionEmphasisesTouchingEdges()
{
    EstateStore store;
    store.reset(smallEstate());
    GraphModel model(&store);
    LookSpy look(model);
    model.setSelectedComponents(ids({"api"}));
    QCOMPARE(look.lastIds(), ids({"api"}));
    QCOMPARE(look.lastRepaint(), GraphModel::Repaint::Edges);
    QVERIFY(model.isEdgeEmphasised(QStringLiteral("web"), QStringLiteral("api")));
    QVERIFY(model.isEdgeEmphasised(QStringLiteral("api"), QStringLiteral("db")));
    QVERIFY(!model.isEdgeEmphasised(QStringLiteral("mq"), QStringLiteral("os2")));
    // Only what changed is named: api stays, mq comes.
    model.setSelectedComponents(ids({"api", "mq"}));
    QCOMPARE(look.lastIds(), ids({"mq"}));
    model.componentRemoved(QStringLiteral("mq"));
    QCOMPARE(model.selectedComponents(), ids({"api"}));
}

void TestGraphModel::searchHitAndFilter()
{
    EstateStore store;
    store.reset(smallEstate());
    GraphModel model(&store);
    LookSpy look(model);
    model.setSearchHit(QStringLiteral("mq"));
    QCOMPARE(look.lastIds(), ids({"", "mq"}));
    QVERIFY(model.nodeLook(QStringLiteral("mq")).searchHit);
    model.setSearchHit(QStringLiteral("mq")); // the same: nothing to repaint
    QCOMPARE(look.spy.size(), 1);
    model.setSearchHit(QStringLiteral("db"));
    QCOMPARE(look.lastIds(), ids({"mq", "db"}));
    QVERIFY(!model.nodeLook(QStringLiteral("mq")).searchHit);

    QSignalSpy filterChanged(&model, &GraphModel::filterChanged);
    GraphFilter filter;
    filter.site = QStringLiteral("ber");
    model.setFilter(filter);
    model.setFilter(filter); // unchanged: no signal
    QCOMPARE(filterChanged.size(), 1);
    QCOMPARE(model.filter().site, QStringLiteral("ber"));
}

void TestGraphModel::estateResetForgetsPathAndSelection()
{
    EstateStore store;
    store.reset(smallEstate());
    GraphModel model(&store);
    UpgradePath path;
    path.component = QStringLiteral("db");
    path.moves = {move("db", "12.20", "14.13", 1, true), move("db", "14.13", "16.6", 2, false)};
    model.setUpgradePath(path);
    model.setSelectedComponents(ids({"db"}));
    model.setConflicts({{QStringLiteral("db"), {QStringLiteral("too old")}}});
    QSignalSpy pathChanged(&model, &GraphModel::pathChanged);
    model.estateReset();
    QCOMPARE(pathChanged.size(), 1);
    QVERIFY(model.upgradePath().moves.isEmpty());
    QVERIFY(model.selectedComponents().isEmpty());
    // Conflicts come from the next analysis; until then the old ones stay shown.
    QVERIFY(model.nodeLook(QStringLiteral("db")).conflict);
}

void TestGraphModel::toolTips()
{
    Estate estate = smallEstate();
    estate.manualPositions.insert(QStringLiteral("db"), QPoint(10, 20));
    Dependency dep = estate.dependency(1); // api -> db
    dep.type = QStringLiteral("runtime");
    dep.requirement = VersionRange::parse(u">=12 <17");
    estate.replaceDependency(1, dep);
    EstateStore store;
    store.reset(estate);
    GraphModel model(&store);
    model.setConflicts({{QStringLiteral("db"), {QStringLiteral("needs <b>os</b> 12")}}});

    const QString db = model.componentToolTip(QStringLiteral("db"));
    QVERIFY2(db.contains(QStringLiteral("<b>Orders database</b> (db)")), qPrintable(db));
    QVERIFY(db.contains(QStringLiteral("Version 12.20, target 16.6")));
    QVERIFY(db.contains(QStringLiteral("Site: Frankfurt DC")));
    QVERIFY(db.contains(QStringLiteral("Placed by hand")));
    QVERIFY2(db.contains(QStringLiteral("needs &lt;b&gt;os&lt;/b&gt; 12")), qPrintable(db));
    QVERIFY(model.componentToolTip(QStringLiteral("api")).contains(QStringLiteral("stays")));
    QVERIFY(model.componentToolTip(QStringLiteral("nobody")).isEmpty());

    const QString edge = model.dependencyToolTip(1, true);
    QVERIFY2(edge.contains(QStringLiteral("api depends on db (runtime)")), qPrintable(edge));
    QVERIFY(edge.contains(QStringLiteral("requires")));
    QVERIFY(edge.contains(QStringLiteral("dependency cycle")));
    QVERIFY(!model.dependencyToolTip(0, false).contains(QStringLiteral("cycle")));
    QVERIFY(model.dependencyToolTip(99, false).isEmpty());
    QVERIFY(model.dependencyToolTip(-1, false).isEmpty());
}

QTEST_MAIN(TestGraphModel)
#include "tst_graphmodel.moc"
