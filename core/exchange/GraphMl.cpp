// SPDX-License-Identifier: GPL-3.0-or-later
// The dependency graph as GraphML (http://graphml.graphdrawing.org), written so that yEd
// (through the yFiles extension), Gephi (a `label` attribute) and networkx (attr.name and
// attr.type on every key) all show the components by name. The reader is GraphMlReader.cpp.
// See docs/formats.md, "GraphML and Graphviz DOT".
#include "FormatList.h"
#include "GraphMlReader.h"

#include "inventory/Component.h"
#include "layout/LayeredLayout.h"

#include <QHash>
#include <QIODevice>
#include <QXmlStreamWriter>

#include <cmath>

namespace planner {

namespace {

using namespace Qt::StringLiterals;

const QString graphMlNs = u"http://graphml.graphdrawing.org/xmlns"_s;
const QString xsiNs = u"http://www.w3.org/2001/XMLSchema-instance"_s;
const QString yNs = u"http://www.yworks.com/xml/graphml"_s;

int recognise(QByteArrayView head)
{
    head = skipBlanks(head);
    if (!head.startsWith('<'))
        return 0;
    return head.contains("<graphml") ? 90 : 0;
}

// ---- Writing ------------------------------------------------------------------------------

/// The box fill by criticality: the same pale scale the DOT writer uses.
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

/// XML 1.0 allows no control characters but tab and newline.
QString clean(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n')
            c = u' ';
    return out;
}

QString number(double value)
{
    return QString::number(std::round(value * 10.0) / 10.0, 'f', 1);
}

struct KeyDecl
{
    const char *id;
    const char *forWhat;
    const char *attrName;
};

// Key ids are words, not d0, d1...: Gephi takes a key with id "d3" for the label (yEd's old
// default), whatever its attr.name says.
constexpr KeyDecl nodeKeys[] = {
    {"label", "node", "label"},
    {"name", "node", "name"},
    {"kind", "node", "kind"},
    {"product", "node", "product"},
    {"version", "node", "version"},
    {"target", "node", "target"},
    {"site", "node", "site"},
    {"siteName", "node", "siteName"},
    {"owner", "node", "owner"},
    {"criticality", "node", "criticality"},
    {"externalId", "node", "externalId"},
};
constexpr KeyDecl edgeKeys[] = {
    {"edgelabel", "edge", "label"},
    {"type", "edge", "type"},
    {"requires", "edge", "requires"},
};

class Writer
{
public:
    Writer(const Estate &estate, QIODevice *device, const FormatOptions &options)
        : m_estate(estate)
        , m_xml(device)
        , m_yfiles(options.value(u"yfiles"_s, u"yes"_s) == "yes"_L1)
        , m_layered(options.value(u"layout"_s, u"layered"_s) == "layered"_L1)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void write()
    {
        for (const Site &s : m_estate.sites)
            m_siteNames.insert(s.id, s.name);
        if (m_yfiles && m_layered)
            m_layout = layoutEstate(m_estate);

        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(graphMlNs);
        m_xml.writeNamespace(xsiNs, u"xsi"_s);
        if (m_yfiles)
            m_xml.writeNamespace(yNs, u"y"_s);
        m_xml.writeStartElement(graphMlNs, u"graphml"_s);
        m_xml.writeAttribute(
            xsiNs, u"schemaLocation"_s,
            m_yfiles ? graphMlNs + u" http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"_s
                     : graphMlNs + u" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"_s);
        for (const KeyDecl &k : nodeKeys)
            key(k);
        for (const KeyDecl &k : edgeKeys)
            key(k);
        if (m_yfiles) {
            yKey("graphics", "node", "nodegraphics");
            yKey("edgegraphics", "edge", "edgegraphics");
        }
        m_xml.writeStartElement(graphMlNs, u"graph"_s);
        m_xml.writeAttribute(u"id"_s, u"estate"_s);
        m_xml.writeAttribute(u"edgedefault"_s, u"directed"_s);
        for (int row = 0; row < m_estate.componentCount(); ++row)
            node(row);
        for (int row = 0; row < m_estate.dependencyCount(); ++row)
            edge(row);
        m_xml.writeEndElement(); // graph
        m_xml.writeEndElement(); // graphml
        m_xml.writeEndDocument();
    }

    bool hasError() const { return m_xml.hasError(); }

private:
    void key(const KeyDecl &k)
    {
        m_xml.writeEmptyElement(graphMlNs, u"key"_s);
        m_xml.writeAttribute(u"id"_s, QLatin1String(k.id));
        m_xml.writeAttribute(u"for"_s, QLatin1String(k.forWhat));
        m_xml.writeAttribute(u"attr.name"_s, QLatin1String(k.attrName));
        m_xml.writeAttribute(u"attr.type"_s, u"string"_s);
    }

    void yKey(const char *id, const char *forWhat, const char *type)
    {
        m_xml.writeEmptyElement(graphMlNs, u"key"_s);
        m_xml.writeAttribute(u"id"_s, QLatin1String(id));
        m_xml.writeAttribute(u"for"_s, QLatin1String(forWhat));
        m_xml.writeAttribute(u"yfiles.type"_s, QLatin1String(type));
    }

    void data(const char *key, const QString &value)
    {
        if (value.isEmpty())
            return;
        m_xml.writeStartElement(graphMlNs, u"data"_s);
        m_xml.writeAttribute(u"key"_s, QLatin1String(key));
        m_xml.writeCharacters(clean(value));
        m_xml.writeEndElement();
    }

    void node(int row)
    {
        const Component &c = m_estate.component(row);
        m_xml.writeStartElement(graphMlNs, u"node"_s);
        m_xml.writeAttribute(u"id"_s, c.id);
        data("label", c.name);
        data("name", c.name);
        data("kind", kindName(c.kind));
        data("product", c.product);
        data("version", c.version.text());
        data("target", c.target ? c.target->text() : QString());
        data("site", c.site);
        data("siteName", m_siteNames.value(c.site));
        data("owner", c.owner);
        data("criticality", criticalityName(c.criticality));
        data("externalId", c.externalId);
        if (m_yfiles)
            shape(row, c);
        m_xml.writeEndElement();
    }

    /// yEd's drawing of the node: a rounded box that fits the name, filled by criticality.
    void shape(int row, const Component &c)
    {
        const QString versions = c.target ? c.version.text() + u" \u2192 "_s + c.target->text()
                                          : c.version.text();
        QSizeF size = estimatedNodeSize(c.name, versions);
        QPointF centre((row % 10) * 220.0, (row / 10) * 100.0);
        if (row < m_layout.nodes.size()) {
            size = m_layout.nodes[row].size;
            centre = m_layout.nodes[row].centre;
        }
        m_xml.writeStartElement(graphMlNs, u"data"_s);
        m_xml.writeAttribute(u"key"_s, u"graphics"_s);
        m_xml.writeStartElement(yNs, u"ShapeNode"_s);
        m_xml.writeEmptyElement(yNs, u"Geometry"_s);
        m_xml.writeAttribute(u"height"_s, number(size.height()));
        m_xml.writeAttribute(u"width"_s, number(size.width()));
        m_xml.writeAttribute(u"x"_s, number(centre.x() - size.width() / 2));
        m_xml.writeAttribute(u"y"_s, number(centre.y() - size.height() / 2));
        m_xml.writeEmptyElement(yNs, u"Fill"_s);
        m_xml.writeAttribute(u"color"_s, fillOf(c.criticality));
        m_xml.writeAttribute(u"transparent"_s, u"false"_s);
        m_xml.writeEmptyElement(yNs, u"BorderStyle"_s);
        m_xml.writeAttribute(u"color"_s, u"#5A6470"_s);
        m_xml.writeAttribute(u"type"_s, u"line"_s);
        m_xml.writeAttribute(u"width"_s, u"1.0"_s);
        m_xml.writeStartElement(yNs, u"NodeLabel"_s);
        m_xml.writeAttribute(u"alignment"_s, u"center"_s);
        m_xml.writeAttribute(u"autoSizePolicy"_s, u"content"_s);
        m_xml.writeAttribute(u"fontFamily"_s, u"Dialog"_s);
        m_xml.writeAttribute(u"fontSize"_s, u"12"_s);
        m_xml.writeAttribute(u"fontStyle"_s, u"plain"_s);
        m_xml.writeAttribute(u"modelName"_s, u"internal"_s);
        m_xml.writeAttribute(u"modelPosition"_s, u"c"_s);
        m_xml.writeAttribute(u"textColor"_s, u"#000000"_s);
        m_xml.writeAttribute(u"visible"_s, u"true"_s);
        m_xml.writeCharacters(clean(c.name.isEmpty() ? c.id : c.name));
        m_xml.writeEndElement(); // NodeLabel
        m_xml.writeEmptyElement(yNs, u"Shape"_s);
        m_xml.writeAttribute(u"type"_s, u"roundrectangle"_s);
        m_xml.writeEndElement(); // ShapeNode
        m_xml.writeEndElement(); // data
    }

    void edge(int row)
    {
        const Dependency &d = m_estate.dependency(row);
        const QString range = d.requirement ? d.requirement->text() : QString();
        const QString label = range.isEmpty() ? d.type : d.type + u' ' + range;
        m_xml.writeStartElement(graphMlNs, u"edge"_s);
        m_xml.writeAttribute(u"id"_s, u"e"_s + QString::number(row));
        m_xml.writeAttribute(u"source"_s, d.from);
        m_xml.writeAttribute(u"target"_s, d.to);
        data("edgelabel", label);
        data("type", d.type);
        data("requires", range);
        if (m_yfiles) {
            m_xml.writeStartElement(graphMlNs, u"data"_s);
            m_xml.writeAttribute(u"key"_s, u"edgegraphics"_s);
            m_xml.writeStartElement(yNs, u"PolyLineEdge"_s);
            m_xml.writeEmptyElement(yNs, u"LineStyle"_s);
            m_xml.writeAttribute(u"color"_s, u"#8A929C"_s);
            m_xml.writeAttribute(u"type"_s, u"line"_s);
            m_xml.writeAttribute(u"width"_s, u"1.0"_s);
            m_xml.writeEmptyElement(yNs, u"Arrows"_s);
            m_xml.writeAttribute(u"source"_s, u"none"_s);
            m_xml.writeAttribute(u"target"_s, u"standard"_s);
            if (!range.isEmpty()) {
                m_xml.writeStartElement(yNs, u"EdgeLabel"_s);
                m_xml.writeAttribute(u"fontSize"_s, u"10"_s);
                m_xml.writeAttribute(u"textColor"_s, u"#4A515A"_s);
                m_xml.writeCharacters(clean(range));
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement(); // PolyLineEdge
            m_xml.writeEndElement(); // data
        }
        m_xml.writeEndElement(); // edge
    }

    const Estate &m_estate;
    QXmlStreamWriter m_xml;
    bool m_yfiles;
    bool m_layered;
    LayoutResult m_layout;
    QHash<QString, QString> m_siteNames;
};

Expected<Done> write(const Estate &estate, QIODevice *device, const FormatOptions &options)
{
    Writer writer(estate, device, options);
    writer.write();
    if (writer.hasError())
        return Error{QString(), device->errorString()};
    return Done{};
}

} // namespace

FileFormat graphMlFormat()
{
    FileFormat f;
    f.name = QStringLiteral("graphml");
    f.title = QT_TRANSLATE_NOOP("planner::FileFormats", "GraphML");
    f.extensions = {QStringLiteral("graphml")};
    f.description = QT_TRANSLATE_NOOP("planner::FileFormats",
                                      "the dependency graph as GraphML (yEd, Gephi, networkx)");
    f.recognise = &recognise;
    f.read = &readGraphMl;
    f.write = &write;
    f.writeOptions = {
        {u"yfiles"_s,
         u"yes|no"_s,
         QT_TRANSLATE_NOOP("planner::FileFormats",
                           "add yEd's drawing of each node and edge (boxes filled by "
                           "criticality, labels)"),
         u"yes"_s,
         {u"yes"_s, u"no"_s}},
        {u"layout"_s,
         u"layered|grid"_s,
         QT_TRANSLATE_NOOP("planner::FileFormats",
                           "where the boxes start in yEd: as the graph view lays them out, or "
                           "in a plain grid (faster for very large estates)"),
         u"layered"_s,
         {u"layered"_s, u"grid"_s}},
    };
    return f;
}

} // namespace planner
