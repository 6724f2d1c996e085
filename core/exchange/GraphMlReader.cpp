// SPDX-License-Identifier: GPL-3.0-or-later
// GraphML as yEd, Gephi, networkx and our own writer (GraphMl.cpp) write it: nodes with the
// data keys an estate knows (matched by attr.name), yEd's node labels and groups, edges.
#include "GraphMlReader.h"

#include "inventory/Component.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QXmlStreamReader>

namespace planner {

namespace {

using namespace Qt::StringLiterals;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(planner::GraphMl)
};

/// What a key carries, matched by its attr.name (case ignored).
enum class Field {
    Unknown,
    Quiet,
    Label,
    Name,
    Kind,
    Product,
    Version,
    Target,
    Site,
    SiteName,
    Owner,
    Criticality,
    ExternalId,
    NodeGraphics,
    Type,
    Requires,
    EdgeLabel
};

Field nodeField(const QString &name)
{
    static const QHash<QString, Field> fields = {
        {u"label"_s, Field::Label},
        {u"name"_s, Field::Name},
        {u"kind"_s, Field::Kind},
        {u"type"_s, Field::Kind},
        {u"product"_s, Field::Product},
        {u"version"_s, Field::Version},
        {u"target"_s, Field::Target},
        {u"site"_s, Field::Site},
        {u"sitename"_s, Field::SiteName},
        {u"owner"_s, Field::Owner},
        {u"criticality"_s, Field::Criticality},
        {u"externalid"_s, Field::ExternalId},
    };
    return fields.value(name.toLower(), Field::Unknown);
}

Field edgeField(const QString &name)
{
    static const QHash<QString, Field> fields = {
        {u"type"_s, Field::Type},
        {u"requires"_s, Field::Requires},
        {u"requirement"_s, Field::Requires},
        {u"label"_s, Field::EdgeLabel},
        {u"edge label"_s, Field::EdgeLabel},
    };
    return fields.value(name.toLower(), Field::Unknown);
}

/// How yEd, Gephi and networkx draw the graph: known, and of no use to an estate.
bool isPresentation(const QString &name)
{
    static const QSet<QString> names = {
        u"x"_s,      u"y"_s,      u"z"_s,          u"size"_s,        u"r"_s,
        u"g"_s,      u"b"_s,      u"color"_s,      u"colour"_s,      u"width"_s,
        u"height"_s, u"shape"_s,  u"shape_type"_s, u"weight"_s,      u"edge weight"_s,
        u"id"_s,     u"edgeid"_s, u"url"_s,        u"description"_s, u"bends"_s,
    };
    return names.contains(name.toLower());
}

struct Key
{
    QString name;
    Field node = Field::Unknown;
    Field edge = Field::Unknown;
    QString defaultValue;
};

struct NodeRecord
{
    QString id;
    QString where;
    QHash<Field, QString> values;
    QString group; ///< the group node (yEd) this node lies in
    bool isGroup = false;
};

struct EdgeRecord
{
    QString source;
    QString target;
    QString where;
    QHash<Field, QString> values;
};

struct Failure
{
    Error error;
};

class Reader
{
public:
    explicit Reader(QIODevice *device)
        : m_xml(device)
    {
    }

    Imported read()
    {
        if (!m_xml.readNextStartElement())
            fail(m_xml.hasError() ? m_xml.errorString() : Tr::tr("the file holds no XML element"));
        if (m_xml.name() != "graphml"_L1)
            fail(Tr::tr("not GraphML: the document is <%1>, not <graphml>")
                     .arg(m_xml.qualifiedName().toString()));
        bool graph = false;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == "key"_L1) {
                readKey();
            } else if (m_xml.name() == "graph"_L1) {
                graph = true;
                readGraph(QString());
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            fail(m_xml.errorString());
        if (!graph)
            fail(Tr::tr("no <graph> element: the file describes no graph"));
        return build();
    }

    QStringList warnings;

private:
    QString where() const
    {
        return Tr::tr("line %1, column %2").arg(m_xml.lineNumber()).arg(m_xml.columnNumber());
    }
    [[noreturn]] void fail(const QString &what) const { throw Failure{Error{where(), what}}; }
    void warn(const QString &at, const QString &what) { warnings.append(at + u": "_s + what); }

    QString attribute(QLatin1String name) const
    {
        return m_xml.attributes().value(name).toString();
    }

    void readKey()
    {
        const QString id = attribute("id"_L1);
        if (id.isEmpty())
            fail(Tr::tr("a <key> without an id"));
        Key key;
        const QString forWhat = attribute("for"_L1).toLower();
        const QString yType = attribute("yfiles.type"_L1);
        key.name = attribute("attr.name"_L1);
        if (key.name.isEmpty() && yType.isEmpty())
            key.name = id; // GraphML allows a key without attr.name: its id names it
        const bool forNode = forWhat == "node"_L1 || forWhat == "all"_L1 || forWhat.isEmpty();
        const bool forEdge = forWhat == "edge"_L1 || forWhat == "all"_L1 || forWhat.isEmpty();
        if (!yType.isEmpty()) {
            key.node = yType == "nodegraphics"_L1 ? Field::NodeGraphics : Field::Quiet;
            key.edge = Field::Quiet;
        } else {
            key.node = forNode ? nodeField(key.name) : Field::Quiet;
            key.edge = forEdge ? edgeField(key.name) : Field::Quiet;
            if (isPresentation(key.name)) {
                key.node = key.node == Field::Unknown ? Field::Quiet : key.node;
                key.edge = key.edge == Field::Unknown ? Field::Quiet : key.edge;
            }
        }
        // A key for both nodes and edges is unknown only when neither knows it.
        if ((!forNode || key.node == Field::Unknown) && (!forEdge || key.edge == Field::Unknown)
            && (forNode || forEdge)) {
            if (!m_unknownKeys.contains(key.name))
                m_unknownKeys.append(key.name);
        }
        if (key.node == Field::Unknown && key.edge != Field::Unknown)
            key.node = Field::Quiet;
        if (key.edge == Field::Unknown && key.node != Field::Unknown)
            key.edge = Field::Quiet;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == "default"_L1)
                key.defaultValue = m_xml.readElementText(QXmlStreamReader::IncludeChildElements)
                                       .trimmed();
            else
                m_xml.skipCurrentElement();
        }
        m_keys.insert(id, key);
    }

    void readGraph(const QString &group)
    {
        const QString edgeDefault = attribute("edgedefault"_L1);
        const bool directed = edgeDefault != "undirected"_L1;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == "node"_L1)
                readNode(group);
            else if (m_xml.name() == "edge"_L1)
                readEdge(directed);
            else
                m_xml.skipCurrentElement();
        }
    }

    void readNode(const QString &group)
    {
        NodeRecord node;
        node.id = attribute("id"_L1);
        node.where = where();
        node.group = group;
        if (node.id.isEmpty())
            fail(Tr::tr("a <node> without an id"));
        if (const auto it = m_nodeIndex.constFind(node.id); it != m_nodeIndex.cend())
            fail(
                Tr::tr("node id '%1' is used twice (first at %2)").arg(node.id, m_nodes[*it].where));
        m_nodeIndex.insert(node.id, int(m_nodes.size()));
        m_nodes.append(node);
        const int index = int(m_nodes.size()) - 1;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == "data"_L1) {
                readData(true, m_nodes[index].values);
            } else if (m_xml.name() == "graph"_L1) {
                m_nodes[index].isGroup = true; // a yEd group or folder: its nodes lie inside
                readGraph(node.id);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readEdge(bool directedByDefault)
    {
        EdgeRecord edge;
        edge.where = where();
        edge.source = attribute("source"_L1);
        edge.target = attribute("target"_L1);
        if (edge.source.isEmpty() || edge.target.isEmpty())
            fail(Tr::tr("an <edge> needs a source and a target"));
        const QString directed = attribute("directed"_L1);
        if (directed == "false"_L1 || (directed.isEmpty() && !directedByDefault))
            m_undirected = true;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == "data"_L1)
                readData(false, edge.values);
            else
                m_xml.skipCurrentElement();
        }
        m_edges.append(edge);
    }

    void readData(bool forNode, QHash<Field, QString> &values)
    {
        const QString keyId = attribute("key"_L1);
        const auto it = m_keys.constFind(keyId);
        if (it == m_keys.cend()) {
            if (!m_undeclared.contains(keyId))
                warn(where(),
                     Tr::tr("data for key '%1', which no <key> declares; ignored").arg(keyId));
            m_undeclared.insert(keyId);
            m_xml.skipCurrentElement();
            return;
        }
        const Field field = forNode ? it->node : it->edge;
        if (field == Field::NodeGraphics) {
            readNodeLabel(values);
            return;
        }
        const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        if (field != Field::Unknown && field != Field::Quiet && !text.isEmpty())
            values.insert(field, text);
    }

    /// The first NodeLabel inside yEd's drawing of a node (a ShapeNode, a GenericNode, a
    /// group's realizers): the name yEd shows.
    void readNodeLabel(QHash<Field, QString> &values)
    {
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (m_xml.name() == "NodeLabel"_L1 && !values.contains(Field::NodeGraphics)) {
                    const QString text
                        = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                    if (!text.isEmpty())
                        values.insert(Field::NodeGraphics, text);
                } else {
                    ++depth;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
    }

    QString value(const NodeRecord &n, Field f) const
    {
        return n.values.value(f, m_defaults.value(f));
    }

    QString nameOf(const NodeRecord &n) const
    {
        for (Field f : {Field::Name, Field::Label, Field::NodeGraphics})
            if (const QString v = value(n, f); !v.isEmpty())
                return v;
        return QString();
    }

    /// A valid component id from @p text: every other character becomes '-'.
    static QString idFrom(const QString &text)
    {
        QString id;
        for (const QChar c : text) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                            || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u':'
                            || c == u'-';
            if (ok)
                id.append(c);
            else if (!id.endsWith(u'-'))
                id.append(u'-');
        }
        while (id.endsWith(u'-'))
            id.chop(1);
        while (id.startsWith(u'-'))
            id.remove(0, 1);
        return id.isEmpty() ? u"node"_s : id;
    }

    static QString unique(QString id, const QSet<QString> &taken)
    {
        const QString base = id;
        for (int n = 2; taken.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        return id;
    }

    std::optional<Version> version(const NodeRecord &n, Field f, const QString &what)
    {
        const QString text = value(n, f);
        if (text.isEmpty())
            return std::nullopt;
        QString problem;
        auto v = Version::parse(text, &problem);
        if (!v)
            warn(n.where,
                 Tr::tr("node '%1': %2 '%3' cannot be read (%4)").arg(n.id, what, text, problem));
        return v;
    }

    Imported build();

    QXmlStreamReader m_xml;
    QHash<QString, Key> m_keys;
    QHash<Field, QString> m_defaults;
    QStringList m_unknownKeys;
    QSet<QString> m_undeclared;
    QList<NodeRecord> m_nodes;
    QHash<QString, int> m_nodeIndex;
    QList<EdgeRecord> m_edges;
    bool m_undirected = false;
};

Imported Reader::build()
{
    for (const Key &key : std::as_const(m_keys))
        if (!key.defaultValue.isEmpty() && key.node != Field::Unknown && key.node != Field::Quiet)
            m_defaults.insert(key.node, key.defaultValue);
    if (!m_unknownKeys.isEmpty())
        warnings.append(
            Tr::tr("keys not used by an estate, ignored: %1").arg(m_unknownKeys.join(u", "_s)));

    Imported out;
    Estate &estate = out.estate;
    QSet<Field> carried;
    for (const NodeRecord &n : std::as_const(m_nodes))
        if (!n.isGroup)
            for (auto it = n.values.cbegin(); it != n.values.cend(); ++it)
                carried.insert(it.key());
    for (auto it = m_defaults.cbegin(); it != m_defaults.cend(); ++it)
        carried.insert(it.key());

    // Ids: node ids that are valid component ids stay; the others are made valid and unique,
    // the original kept as the external id.
    QSet<QString> taken;
    for (const NodeRecord &n : std::as_const(m_nodes))
        if (isValidId(n.id))
            taken.insert(n.id);
    QHash<QString, QString> ids; // node id -> component or site id
    bool externalIds = carried.contains(Field::ExternalId);
    for (const NodeRecord &n : std::as_const(m_nodes)) {
        QString id = n.id;
        if (!isValidId(id)) {
            id = unique(idFrom(id), taken);
            taken.insert(id);
        }
        ids.insert(n.id, id);
    }

    QHash<QString, int> siteRows;
    const auto addSite = [&](const QString &id, const QString &name) {
        if (siteRows.contains(id)) {
            if (!name.isEmpty() && estate.sites[siteRows[id]].name == id)
                estate.sites[siteRows[id]].name = name;
            return;
        }
        siteRows.insert(id, int(estate.sites.size()));
        estate.sites.append(Site{id, name.isEmpty() ? id : name});
    };

    bool anyVersion = carried.contains(Field::Version);
    if (!anyVersion && !m_nodes.isEmpty())
        warnings.append(Tr::tr("no node has a version: every component is recorded at version 0 "
                               "until the real one is entered"));
    estate.reserve(int(m_nodes.size()), int(m_edges.size()));
    for (const NodeRecord &n : std::as_const(m_nodes)) {
        if (n.isGroup)
            continue;
        Component c;
        c.id = ids.value(n.id);
        c.name = nameOf(n);
        if (c.name.isEmpty())
            c.name = n.id;
        if (const QString kind = value(n, Field::Kind); !kind.isEmpty()) {
            if (const auto k = kindFromName(kind.toLower()))
                c.kind = *k;
            else
                warn(n.where,
                     Tr::tr("node '%1': unknown kind '%2'; imported as 'other'").arg(n.id, kind));
        }
        c.product = value(n, Field::Product);
        auto v = version(n, Field::Version, Tr::tr("version"));
        if (!v) {
            if (anyVersion && value(n, Field::Version).isEmpty())
                warn(n.where, Tr::tr("node '%1' has no version; recorded as 0").arg(n.id));
            v = Version::parse(u"0");
        }
        c.version = *v;
        c.target = version(n, Field::Target, Tr::tr("target"));
        if (const QString crit = value(n, Field::Criticality); !crit.isEmpty()) {
            if (const auto cr = criticalityFromName(crit.toLower()))
                c.criticality = *cr;
            else
                warn(n.where, Tr::tr("node '%1': unknown criticality '%2'; imported as 'medium'")
                                  .arg(n.id, crit));
        }
        c.owner = value(n, Field::Owner);
        if (const QString site = value(n, Field::Site); !site.isEmpty()) {
            const bool valid = isValidId(site);
            c.site = valid ? site : idFrom(site);
            addSite(c.site, valid ? value(n, Field::SiteName) : site);
        } else if (!n.group.isEmpty()) {
            // A node inside a yEd group lies at the group's site.
            const NodeRecord &g = m_nodes[m_nodeIndex.value(n.group)];
            c.site = ids.value(g.id);
            addSite(c.site, nameOf(g));
            carried.insert(Field::Site);
        }
        c.externalId = value(n, Field::ExternalId);
        if (c.externalId.isEmpty() && c.id != n.id) {
            c.externalId = n.id;
            externalIds = true;
        }
        estate.appendComponent(std::move(c));
    }

    if (m_undirected)
        warnings.append(Tr::tr("the graph is undirected: each edge is read as its source "
                               "depending on its target"));
    for (const EdgeRecord &e : std::as_const(m_edges)) {
        const auto end = [&](const QString &nodeId) -> QString {
            const auto it = m_nodeIndex.constFind(nodeId);
            if (it == m_nodeIndex.cend()) {
                warn(e.where, Tr::tr("edge to or from '%1', which is not a node of the file; left "
                                     "out")
                                  .arg(nodeId));
                return QString();
            }
            if (m_nodes[*it].isGroup) {
                warn(e.where, Tr::tr("edge to or from the group '%1'; left out").arg(nodeId));
                return QString();
            }
            return ids.value(nodeId);
        };
        Dependency d;
        d.from = end(e.source);
        if (d.from.isEmpty())
            continue;
        d.to = end(e.target);
        if (d.to.isEmpty())
            continue;
        if (d.from == d.to) {
            warn(e.where, Tr::tr("'%1' depends on itself; left out").arg(e.source));
            continue;
        }
        if (const QString type = e.values.value(Field::Type, e.values.value(Field::EdgeLabel));
            !type.isEmpty())
            d.type = type;
        if (const QString range = e.values.value(Field::Requires); !range.isEmpty()) {
            QString problem;
            d.requirement = VersionRange::parse(range, &problem);
            if (!d.requirement)
                warn(e.where, Tr::tr("'%1' cannot be read as a version range (%2); left without")
                                  .arg(range, problem));
        }
        estate.appendDependency(std::move(d));
    }

    const QList<std::pair<Field, ComponentField>> map = {
        {Field::Kind, ComponentField::Kind},
        {Field::Product, ComponentField::Product},
        {Field::Version, ComponentField::Version},
        {Field::Target, ComponentField::Target},
        {Field::Site, ComponentField::Site},
        {Field::Owner, ComponentField::Owner},
        {Field::Criticality, ComponentField::Criticality},
    };
    out.fields = 0;
    if (carried.contains(Field::Name) || carried.contains(Field::Label)
        || carried.contains(Field::NodeGraphics))
        out.fields |= unsigned(ComponentField::Name);
    for (const auto &[field, component] : map)
        if (carried.contains(field))
            out.fields |= unsigned(component);
    if (externalIds)
        out.fields |= unsigned(ComponentField::ExternalId);
    out.warnings = warnings;
    return out;
}

} // namespace

Expected<Imported> readGraphMl(const ReadInput &input)
{
    Reader reader(input.device);
    try {
        return reader.read();
    } catch (const Failure &failure) {
        return failure.error;
    }
}

} // namespace planner
