// SPDX-License-Identifier: GPL-3.0-or-later
// CycloneDX SBOMs (JSON, specification 1.2 to 1.6) as estates: every component (nested ones
// too), every service and the BOM's own subject (metadata.component) becomes a component;
// `dependencies` become dependencies. See docs/formats.md.
#include "FormatList.h"
#include "JsonInput.h"

#include "inventory/Component.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

namespace planner {

namespace {

using namespace Qt::StringLiterals;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(planner::CycloneDx)
};

int recognise(QByteArrayView head)
{
    head = skipBlanks(head);
    if (!head.startsWith('{'))
        return 0;
    // "bomFormat" is required and comes first in every writer we know; look for it near the
    // start only, so an estate that merely mentions CycloneDX in a text is not claimed.
    const QByteArrayView start = head.first(std::min<qsizetype>(head.size(), 4096));
    return start.contains("\"bomFormat\"") && start.contains("\"CycloneDX\"") ? 95 : 0;
}

/// CycloneDX's component types as the estate's kinds.
ComponentKind kindOfType(const QString &type, bool *known)
{
    static const QHash<QString, ComponentKind> kinds = {
        {u"application"_s, ComponentKind::Application},
        {u"framework"_s, ComponentKind::Middleware},
        {u"library"_s, ComponentKind::Application},
        {u"container"_s, ComponentKind::Middleware},
        {u"platform"_s, ComponentKind::Middleware},
        {u"operating-system"_s, ComponentKind::Os},
        {u"device"_s, ComponentKind::Endpoint},
        {u"device-driver"_s, ComponentKind::Endpoint},
        {u"firmware"_s, ComponentKind::Endpoint},
        {u"file"_s, ComponentKind::Application},
        {u"machine-learning-model"_s, ComponentKind::Application},
        {u"data"_s, ComponentKind::Other},
        {u"cryptographic-asset"_s, ComponentKind::Certificate},
    };
    const auto it = kinds.constFind(type);
    *known = it != kinds.cend();
    return *known ? *it : ComponentKind::Other;
}

/// A component id ([A-Za-z0-9._:-]+) made from a bom-ref or a name: a package URL loses its
/// "pkg:" scheme and its qualifiers, every other character becomes '-'.
QString idFrom(QString text)
{
    if (text.startsWith("pkg:"_L1)) {
        text.remove(0, 4);
        const qsizetype cut = text.indexOf(QRegularExpression(u"[?#]"_s));
        if (cut > 0)
            text.truncate(cut);
    }
    QString id;
    id.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
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
    return id.isEmpty() ? u"component"_s : id;
}

class Reader
{
public:
    explicit Reader(QStringList *warnings)
        : m_in(warnings)
    {
    }

    Imported read(const JsonValue &root)
    {
        const JsonPath top;
        if (!root.isObject())
            JsonInput::fail(top, Tr::tr("a CycloneDX BOM is a JSON object"));
        const JsonField format = JsonInput::field(root, "bomFormat"_L1, top);
        if (JsonInput::string(format) != "CycloneDX"_L1)
            JsonInput::fail(format.path, Tr::tr("is not \"CycloneDX\""));
        const JsonField spec = JsonInput::field(root, "specVersion"_L1, top);
        if (spec.present()) {
            const QString version = JsonInput::string(spec);
            static const QStringList known = {u"1.2"_s, u"1.3"_s, u"1.4"_s, u"1.5"_s, u"1.6"_s};
            if (!known.contains(version))
                m_in.warn(spec.path, Tr::tr("specification %1 is not one of 1.2 to 1.6; read as "
                                            "1.6")
                                         .arg(version));
        }
        if (const JsonField metadata = JsonInput::field(root, "metadata"_L1, top);
            metadata.present()) {
            const JsonValue m = JsonInput::object(metadata);
            if (const JsonField subject = JsonInput::field(m, "component"_L1, metadata.path);
                subject.present())
                item(subject.value, subject.path, false);
        }
        if (const JsonField list = JsonInput::field(root, "components"_L1, top); list.present())
            items(list, false);
        if (const JsonField list = JsonInput::field(root, "services"_L1, top); list.present())
            items(list, true);
        if (const JsonField deps = JsonInput::field(root, "dependencies"_L1, top); deps.present())
            dependencies(deps);

        Imported out;
        out.estate = std::move(m_estate);
        out.fields = ComponentField::Name | ComponentField::Kind | ComponentField::Product
                     | ComponentField::Version | ComponentField::ExternalId;
        return out;
    }

private:
    void items(const JsonField &list, bool services)
    {
        const JsonValue array = JsonInput::array(list);
        qsizetype i = 0;
        for (JsonValue v = array.first(); !v.isUndefined(); v = v.next(), ++i)
            item(v, list.path.at(i), services);
    }

    void item(const JsonValue &o, const JsonPath &path, bool service)
    {
        if (!o.isObject())
            JsonInput::fail(path, Tr::tr("must be an object"));
        Component c;
        c.name = JsonInput::nonEmptyString(JsonInput::field(o, "name"_L1, path));
        QString group;
        if (const JsonField g = JsonInput::field(o, "group"_L1, path); g.present())
            group = JsonInput::string(g).trimmed();
        QString ref;
        if (const JsonField r = JsonInput::field(o, "bom-ref"_L1, path); r.present())
            ref = JsonInput::string(r);

        if (service) {
            c.kind = ComponentKind::Api;
        } else {
            const JsonField type = JsonInput::field(o, "type"_L1, path);
            const QString name = type.present() ? JsonInput::string(type) : QString();
            bool known = false;
            c.kind = kindOfType(name, &known);
            if (!known)
                m_in.warn(type.path,
                          name.isEmpty()
                              ? Tr::tr("no type; imported as kind 'other'")
                              : Tr::tr("unknown type '%1'; imported as kind 'other'").arg(name));
        }

        const JsonField versionField = JsonInput::field(o, "version"_L1, path);
        const QString versionText = versionField.present()
                                        ? JsonInput::string(versionField).trimmed()
                                        : QString();
        QString problem;
        std::optional<Version> version = versionText.isEmpty()
                                             ? std::nullopt
                                             : Version::parse(versionText, &problem);
        if (!version) {
            m_in.warn(versionField.path,
                      versionText.isEmpty()
                          ? Tr::tr("no version; recorded as 0 until the real one is entered")
                          : Tr::tr("'%1' cannot be read as a version (%2); recorded as 0")
                                .arg(versionText, problem));
            version = Version::parse(u"0");
        }
        c.version = *version;
        c.product = (group.isEmpty() ? c.name : group + u'/' + c.name).toLower();
        c.product.replace(u' ', u'-');

        QString id = idFrom(!ref.isEmpty() ? ref
                                           : (group.isEmpty() ? QString() : group + u'-') + c.name
                                                 + u'-' + versionText);
        if (m_ids.contains(id)) {
            const QString base = id;
            for (int n = 2; m_ids.contains(id); ++n)
                id = base + u'-' + QString::number(n);
        }
        c.id = id;
        c.externalId = ref;
        if (!ref.isEmpty()) {
            if (m_refs.contains(ref)) {
                m_in.warn(path.key("bom-ref"_L1),
                          Tr::tr("'%1' is the bom-ref of another component too; dependencies name "
                                 "the first")
                              .arg(ref));
            } else {
                m_refs.insert(ref, id);
            }
        }
        m_ids.insert(id);
        m_estate.appendComponent(std::move(c));

        // Nested components (an assembly) and nested services belong to the BOM as well.
        const QLatin1String nested = service ? "services"_L1 : "components"_L1;
        if (const JsonField children = JsonInput::field(o, nested, path); children.present())
            items(children, service);
    }

    void dependencies(const JsonField &list)
    {
        const JsonValue array = JsonInput::array(list);
        QSet<QPair<QString, QString>> seen;
        qsizetype i = 0;
        for (JsonValue d = array.first(); !d.isUndefined(); d = d.next(), ++i) {
            const JsonPath path = list.path.at(i);
            if (!d.isObject())
                JsonInput::fail(path, Tr::tr("must be an object"));
            const JsonField refField = JsonInput::field(d, "ref"_L1, path);
            const QString ref = JsonInput::nonEmptyString(refField);
            const QString from = m_refs.value(ref);
            if (from.isEmpty()) {
                m_in.warn(refField.path, Tr::tr("'%1' is not a component or service of this BOM; "
                                                "its dependencies are left out")
                                             .arg(ref));
                continue;
            }
            // dependsOn: ref uses each; provides (1.6): each is provided by ref.
            for (const auto &[key, provides] :
                 {std::pair{"dependsOn"_L1, false}, std::pair{"provides"_L1, true}}) {
                const JsonField targets = JsonInput::field(d, key, path);
                if (!targets.present())
                    continue;
                const JsonValue refs = JsonInput::array(targets);
                qsizetype j = 0;
                for (JsonValue t = refs.first(); !t.isUndefined(); t = t.next(), ++j) {
                    const JsonField target{t, targets.path.at(j)};
                    const QString name = JsonInput::nonEmptyString(target);
                    const QString to = m_refs.value(name);
                    if (to.isEmpty()) {
                        m_in.warn(target.path, Tr::tr("'%1' is not a component or service of this "
                                                      "BOM; left out")
                                                   .arg(name));
                        continue;
                    }
                    if (to == from) {
                        m_in.warn(target.path, Tr::tr("'%1' depends on itself; left out").arg(name));
                        continue;
                    }
                    Dependency dep;
                    dep.from = provides ? to : from;
                    dep.to = provides ? from : to;
                    dep.type = provides ? u"provided-by"_s : u"uses"_s;
                    if (seen.contains({dep.from, dep.to}))
                        continue; // listed twice: one dependency
                    seen.insert({dep.from, dep.to});
                    m_estate.appendDependency(std::move(dep));
                }
            }
        }
    }

    JsonInput m_in; // holds the warnings list too
    Estate m_estate;
    QHash<QString, QString> m_refs; // bom-ref -> component id
    QSet<QString> m_ids;
};

Expected<Imported> read(const ReadInput &input)
{
    const QByteArray bytes = input.device->readAll();
    Expected<JsonTree> tree = JsonTree::parse(bytes);
    if (!tree)
        return tree.error();
    QStringList warnings;
    try {
        Imported out = Reader(&warnings).read(tree->root());
        out.warnings = warnings;
        return out;
    } catch (const JsonReadFailure &failure) {
        return failure.error;
    }
}

} // namespace

FileFormat cycloneDxFormat()
{
    FileFormat f;
    f.name = QStringLiteral("cyclonedx");
    f.title = QT_TRANSLATE_NOOP("planner::FileFormats", "CycloneDX SBOM (JSON)");
    f.extensions = {QStringLiteral("json"), QStringLiteral("cdx.json")};
    f.description = QT_TRANSLATE_NOOP("planner::FileFormats",
                                      "a CycloneDX bill of materials, JSON 1.2 to 1.6: components, "
                                      "services and their dependencies");
    f.recognise = &recognise;
    f.read = &read;
    return f;
}

} // namespace planner
