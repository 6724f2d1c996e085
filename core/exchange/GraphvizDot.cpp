// SPDX-License-Identifier: GPL-3.0-or-later
// The dependency graph in Graphviz DOT, for `dot -Tsvg` and its kin: one box per component
// (name, then version -> target), filled by criticality, one cluster per site, one arrow per
// dependency from the dependent to what it depends on, labelled with the version range it
// requires. Written only; see docs/formats.md, "GraphML and Graphviz DOT".
#include "FormatList.h"

#include "inventory/Component.h"

#include <QHash>
#include <QIODevice>
#include <QMap>

namespace planner {

namespace {

using namespace Qt::StringLiterals;

/// A DOT quoted string: quotes and backslashes escaped, line breaks as \n (centred lines).
QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(u'"');
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out.append(u'\\');
            out.append(c);
        } else if (c == u'\n') {
            out.append(u"\\n"_s);
        } else if (c.unicode() < 0x20) {
            out.append(u' ');
        } else {
            out.append(c);
        }
    }
    out.append(u'"');
    return out;
}

/// The same pale scale as the GraphML writer's boxes.
QString fillOf(Criticality c)
{
    switch (c) {
    case Criticality::Low:
        return u"#E8F5E9"_s;
    case Criticality::Medium:
        return u"#FFF8E1"_s;
    case Criticality::High:
        return u"#FFE0B2"_s;
    case Criticality::Critical:
        return u"#FFCDD2"_s;
    }
    return u"#FFFFFF"_s;
}

QString nodeLine(const Component &c, const QString &indent)
{
    QString label = c.name.isEmpty() ? c.id : c.name;
    label += u'\n' + c.version.text();
    if (c.target && !(c.target->text() == c.version.text()))
        label += u" -> "_s + c.target->text();
    QStringList tip = {kindName(c.kind)};
    if (!c.product.isEmpty())
        tip.append(c.product);
    tip.append(criticalityName(c.criticality));
    if (!c.owner.isEmpty())
        tip.append(c.owner);
    return indent + quoted(c.id) + u" [label="_s + quoted(label) + u", fillcolor=\""_s
           + fillOf(c.criticality) + u"\", tooltip="_s + quoted(tip.join(u", "_s)) + u"];\n"_s;
}

Expected<Done> write(const Estate &estate, QIODevice *device, const FormatOptions &options)
{
    const QString rankdir = options.value(u"rankdir"_s, u"TB"_s);
    const bool clusters = options.value(u"clusters"_s, u"yes"_s) == "yes"_L1;

    QString out;
    out += u"// The dependency graph of "_s
           + (estate.project.name.isEmpty() ? u"an estate"_s : estate.project.name).simplified()
           + u", written by Upgrade Planner.\n// An arrow runs from a component to what it "
             "depends on. Render: dot -Tsvg FILE -o FILE.svg\n"_s;
    out += u"digraph "_s
           + quoted(estate.project.name.isEmpty() ? u"estate"_s : estate.project.name.simplified())
           + u" {\n"_s;
    out += u"  rankdir="_s + rankdir + u";\n"_s;
    out += u"  graph [fontname=\"Helvetica,Arial,sans-serif\", fontsize=12, nodesep=0.3, "
           "ranksep=0.6];\n"_s;
    out += u"  node [shape=box, style=\"rounded,filled\", color=\"#5A6470\", "
           "fontname=\"Helvetica,Arial,sans-serif\", fontsize=10];\n"_s;
    out += u"  edge [color=\"#8A929C\", fontcolor=\"#4A515A\", "
           "fontname=\"Helvetica,Arial,sans-serif\", fontsize=9];\n"_s;

    // Components by site, sites in the estate's order, then sites only components name.
    QHash<QString, QString> siteNames;
    QStringList siteOrder;
    for (const Site &s : estate.sites) {
        siteNames.insert(s.id, s.name);
        siteOrder.append(s.id);
    }
    QMap<QString, QList<int>> bySite;
    QList<int> loose;
    for (int row = 0; row < estate.componentCount(); ++row) {
        const QString &site = estate.component(row).site;
        if (!clusters || site.isEmpty()) {
            loose.append(row);
            continue;
        }
        if (!siteOrder.contains(site))
            siteOrder.append(site);
        bySite[site].append(row);
    }
    for (const QString &site : std::as_const(siteOrder)) {
        const auto it = bySite.constFind(site);
        if (it == bySite.cend())
            continue;
        out += u"\n  subgraph "_s + quoted(u"cluster_"_s + site) + u" {\n"_s;
        out += u"    label="_s + quoted(siteNames.value(site, site)) + u";\n"_s;
        out += u"    style=\"rounded\"; color=\"#B0B8C2\"; bgcolor=\"#F3F6FA\"; "
               "fontsize=12;\n"_s;
        for (const int row : *it)
            out += nodeLine(estate.component(row), u"    "_s);
        out += u"  }\n"_s;
    }
    if (!loose.isEmpty())
        out += u"\n"_s;
    for (const int row : std::as_const(loose))
        out += nodeLine(estate.component(row), u"  "_s);

    out += u"\n"_s;
    for (const Dependency &d : estate.dependencies()) {
        // An edge to an id that is not a component would make dot invent a node for it.
        if (estate.indexOf(d.from) < 0 || estate.indexOf(d.to) < 0) {
            out += u"  // left out: "_s + d.from.simplified() + u" -> "_s + d.to.simplified()
                   + u" (not a component)\n"_s;
            continue;
        }
        out += u"  "_s + quoted(d.from) + u" -> "_s + quoted(d.to) + u" [tooltip="_s
               + quoted(d.type);
        if (d.requirement && !d.requirement->matchesAll())
            out += u", label="_s + quoted(d.requirement->text());
        out += u"];\n"_s;
    }
    out += u"}\n"_s;

    const QByteArray bytes = out.toUtf8();
    if (device->write(bytes) != bytes.size())
        return Error{QString(), device->errorString()};
    return Done{};
}

} // namespace

FileFormat dotFormat()
{
    FileFormat f;
    f.name = QStringLiteral("dot");
    f.title = QT_TRANSLATE_NOOP("planner::FileFormats", "Graphviz DOT");
    f.extensions = {QStringLiteral("dot"), QStringLiteral("gv")};
    f.description = QT_TRANSLATE_NOOP("planner::FileFormats",
                                      "the dependency graph in Graphviz DOT (render it with dot)");
    f.write = &write;
    f.writeOptions = {
        {u"rankdir"_s,
         u"TB|LR|BT|RL"_s,
         QT_TRANSLATE_NOOP("planner::FileFormats",
                           "direction of the arrows: TB draws what depends on others at the top "
                           "and what they depend on below, as the graph view does"),
         u"TB"_s,
         {u"TB"_s, u"LR"_s, u"BT"_s, u"RL"_s}},
        {u"clusters"_s,
         u"yes|no"_s,
         QT_TRANSLATE_NOOP("planner::FileFormats", "draw a box around each site's components"),
         u"yes"_s,
         {u"yes"_s, u"no"_s}},
    };
    return f;
}

} // namespace planner
