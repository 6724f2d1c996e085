// SPDX-License-Identifier: GPL-3.0-or-later
// The column mapping of CMDB CSV files: default column names, ServiceNow's classes and
// relation types, and the mapping file (JSON) that keeps a mapping for the command line.
#include "CmdbCsv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace planner {

namespace {

using namespace Qt::StringLiterals;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(planner::CmdbCsv)
};

constexpr std::array<const char *, CsvMapping::FieldCount> fieldNames
    = {"id",      "externalId",   "name", "kind",  "version",    "target",
       "product", "manufacturer", "site", "owner", "criticality"};

/// Column names each field is found under, most specific first (compared without case).
const QList<QStringList> &candidates()
{
    static const QList<QStringList> names = {
        {u"sys_id"_s, u"id"_s, u"ci_id"_s, u"component_id"_s, u"key"_s},
        {u"externalId"_s, u"external_id"_s},
        {u"name"_s, u"display_name"_s, u"hostname"_s, u"host_name"_s, u"fqdn"_s, u"ci_name"_s},
        {u"sys_class_name"_s, u"kind"_s, u"class"_s, u"ci_class"_s, u"class_name"_s, u"type"_s,
         u"category"_s},
        {u"version"_s, u"product_version"_s, u"software_version"_s},
        {u"target"_s, u"target_version"_s, u"u_target_version"_s, u"desired_version"_s},
        {u"product"_s, u"model_id"_s, u"model"_s, u"product_name"_s},
        {u"manufacturer"_s, u"vendor"_s, u"publisher"_s},
        {u"site"_s, u"location"_s, u"data_center"_s, u"datacenter"_s, u"u_site"_s},
        {u"owner"_s, u"support_group"_s, u"owned_by"_s, u"assigned_to"_s, u"managed_by"_s,
         u"managed_by_group"_s},
        {u"criticality"_s, u"business_criticality"_s, u"busines_criticality"_s, u"u_criticality"_s},
    };
    return names;
}

QString find(const QStringList &header, const QStringList &names, const QStringList &taken)
{
    for (const QString &name : names)
        for (const QString &column : header)
            if (column.compare(name, Qt::CaseInsensitive) == 0 && !taken.contains(column))
                return column;
    return {};
}

/// Lower case with '-' and '_' read as spaces: "Runs-on" and "runs on" are one phrase.
QString phrase(QString text)
{
    text = text.toLower();
    text.replace(u'-', u' ').replace(u'_', u' ');
    return text.simplified();
}

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out.append(u'-');
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? u"uses"_s : out;
}

} // namespace

QString CsvMapping::fieldName(Field field)
{
    return QString::fromLatin1(fieldNames[field]);
}

QString CsvMapping::fieldLabel(Field field)
{
    switch (field) {
    case Id:
        return Tr::tr("Key (id)");
    case ExternalId:
        return Tr::tr("External id");
    case Name:
        return Tr::tr("Name");
    case Kind:
        return Tr::tr("Kind / class");
    case Version:
        return Tr::tr("Version");
    case Target:
        return Tr::tr("Target version");
    case Product:
        return Tr::tr("Product");
    case Manufacturer:
        return Tr::tr("Manufacturer");
    case Site:
        return Tr::tr("Site / location");
    case Owner:
        return Tr::tr("Owner");
    case Criticality:
        return Tr::tr("Criticality");
    case FieldCount:
        break;
    }
    return {};
}

std::optional<CsvMapping::Field> CsvMapping::fieldFromName(const QString &name)
{
    for (int f = 0; f < FieldCount; ++f)
        if (name.compare(QLatin1String(fieldNames[f]), Qt::CaseInsensitive) == 0)
            return Field(f);
    return std::nullopt;
}

CsvMapping defaultCsvMapping(const QStringList &header)
{
    CsvMapping m;
    QStringList taken;
    for (int f = 0; f < CsvMapping::FieldCount; ++f) {
        const QString column = find(header, candidates().at(f), taken);
        m.columns[f] = column;
        if (!column.isEmpty())
            taken.append(column);
    }
    for (const QString &name : {u"os_version"_s, u"firmware_version"_s}) {
        const QString column = find(header, {name}, taken);
        if (column.isEmpty())
            continue;
        if (m.column(CsvMapping::Version).isEmpty())
            m.setColumn(CsvMapping::Version, column);
        else
            m.versionFallbacks.append(column);
        taken.append(column);
    }
    // A ServiceNow sys_id is a 32-digit hex number: ids made from the names read better.
    m.idsFromNames = m.column(CsvMapping::Id).compare(u"sys_id"_s, Qt::CaseInsensitive) == 0
                     && !m.column(CsvMapping::Name).isEmpty();
    return m;
}

std::optional<ComponentKind> kindOfCmdbClass(const QString &className, const CsvMapping &mapping)
{
    const QString name = className.trimmed().toLower();
    if (name.isEmpty())
        return std::nullopt;
    if (const auto it = mapping.classes.constFind(name); it != mapping.classes.cend())
        return *it;
    if (const auto kind = kindFromName(name))
        return kind;

    using K = ComponentKind;
    static const QHash<QString, K> exact = {
        // ServiceNow classes
        {u"cmdb_ci_server"_s, K::Server},
        {u"cmdb_ci_linux_server"_s, K::Server},
        {u"cmdb_ci_win_server"_s, K::Server},
        {u"cmdb_ci_unix_server"_s, K::Server},
        {u"cmdb_ci_esx_server"_s, K::Server},
        {u"cmdb_ci_vm_instance"_s, K::Server},
        {u"cmdb_ci_vmware_instance"_s, K::Server},
        {u"cmdb_ci_aix_server"_s, K::Server},
        {u"cmdb_ci_solaris_server"_s, K::Server},
        {u"cmdb_ci_hpux_server"_s, K::Server},
        {u"cmdb_ci_hyper_v_server"_s, K::Server},
        {u"cmdb_ci_osx_server"_s, K::Server},
        {u"cmdb_ci_mainframe"_s, K::Server},
        {u"cmdb_ci_cluster"_s, K::Server},
        {u"cmdb_ci_win_cluster"_s, K::Server},
        {u"cmdb_ci_unix_cluster"_s, K::Server},
        {u"cmdb_ci_os"_s, K::Os},
        {u"cmdb_ci_operating_system"_s, K::Os},
        {u"cmdb_ci_database"_s, K::Database},
        {u"cmdb_ci_web_server"_s, K::Middleware},
        {u"cmdb_ci_kubernetes_cluster"_s, K::Middleware},
        {u"cmdb_ci_docker_engine"_s, K::Middleware},
        {u"cmdb_ci_vcenter"_s, K::Middleware},
        {u"cmdb_ci_business_app"_s, K::Application},
        {u"cmdb_ci_spkg"_s, K::Application},
        {u"cmdb_ci_computer"_s, K::Endpoint},
        {u"cmdb_ci_pc_hardware"_s, K::Endpoint},
        {u"cmdb_ci_printer"_s, K::Endpoint},
        {u"cmdb_ci_handheld_computing"_s, K::Endpoint},
        {u"cmdb_ci_comm"_s, K::Endpoint},
        {u"cmdb_ci_firewall"_s, K::Network},
        {u"cmdb_ci_router"_s, K::Network},
        {u"cmdb_ci_switch"_s, K::Network},
        {u"cmdb_ci_vpn"_s, K::Network},
        {u"cmdb_ci_software_license"_s, K::License},
        {u"alm_license"_s, K::License},
        {u"cmdb_ci_api"_s, K::Api},
        // Their labels, as exports with display values show them
        {u"linux server"_s, K::Server},
        {u"windows server"_s, K::Server},
        {u"unix server"_s, K::Server},
        {u"esx server"_s, K::Server},
        {u"virtual machine instance"_s, K::Server},
        {u"vmware virtual machine instance"_s, K::Server},
        {u"operating system"_s, K::Os},
        {u"database instance"_s, K::Database},
        {u"mssql instance"_s, K::Database},
        {u"oracle instance"_s, K::Database},
        {u"mysql instance"_s, K::Database},
        {u"postgresql instance"_s, K::Database},
        {u"application server"_s, K::Middleware},
        {u"web server"_s, K::Middleware},
        {u"tomcat"_s, K::Middleware},
        {u"jboss"_s, K::Middleware},
        {u"websphere"_s, K::Middleware},
        {u"weblogic"_s, K::Middleware},
        {u"business application"_s, K::Application},
        {u"business service"_s, K::Application},
        {u"technical service"_s, K::Application},
        {u"service"_s, K::Application},
        {u"ip router"_s, K::Network},
        {u"ip switch"_s, K::Network},
        {u"ip firewall"_s, K::Network},
        {u"load balancer"_s, K::Network},
        {u"firewall"_s, K::Network},
        {u"router"_s, K::Network},
        {u"switch"_s, K::Network},
        {u"storage device"_s, K::Storage},
        {u"storage server"_s, K::Storage},
        {u"computer"_s, K::Endpoint},
        {u"personal computer"_s, K::Endpoint},
        {u"printer"_s, K::Endpoint},
        {u"license"_s, K::License},
        {u"licence"_s, K::License},
    };
    if (const auto it = exact.constFind(name); it != exact.cend())
        return *it;

    static const std::array<std::pair<QLatin1StringView, K>, 13> prefixes = {{
        {"cmdb_ci_app_server"_L1, K::Middleware},
        {"cmdb_ci_appl"_L1, K::Application},
        {"cmdb_ci_db_"_L1, K::Database},
        {"cmdb_ci_storage"_L1, K::Storage},
        {"cmdb_ci_san"_L1, K::Storage},
        {"cmdb_ci_nas"_L1, K::Storage},
        {"cmdb_ci_ip_"_L1, K::Network},
        {"cmdb_ci_lb"_L1, K::Network},
        {"cmdb_ci_net"_L1, K::Network},
        {"cmdb_ci_certificate"_L1, K::Certificate},
        {"cmdb_ci_service"_L1, K::Application},
        {"cmdb_ci_os_"_L1, K::Os},
        {"cmdb_ci_kubernetes"_L1, K::Middleware},
    }};
    for (const auto &[prefix, kind] : prefixes)
        if (name.startsWith(prefix))
            return kind;
    if (name.startsWith("cmdb_ci_"_L1)) {
        if (name.endsWith("_web_server"_L1))
            return K::Middleware;
        if (name.endsWith("_server"_L1) || name.endsWith("_cluster"_L1))
            return K::Server;
        return std::nullopt;
    }
    // A label in words ("Oracle RAC Database", "F5 Load Balancer"): look at the words.
    if (!name.contains(u' '))
        return std::nullopt;
    static const std::array<std::pair<QLatin1StringView, K>, 18> words = {{
        {"firewall"_L1, K::Network},
        {"router"_L1, K::Network},
        {"switch"_L1, K::Network},
        {"load balancer"_L1, K::Network},
        {"database"_L1, K::Database},
        {"sql"_L1, K::Database},
        {"oracle"_L1, K::Database},
        {"storage"_L1, K::Storage},
        {"web server"_L1, K::Middleware},
        {"application server"_L1, K::Middleware},
        {"server"_L1, K::Server},
        {"virtual machine"_L1, K::Server},
        {"certificate"_L1, K::Certificate},
        {"licen"_L1, K::License},
        {"computer"_L1, K::Endpoint},
        {"laptop"_L1, K::Endpoint},
        {"workstation"_L1, K::Endpoint},
        {"application"_L1, K::Application},
    }};
    for (const auto &[word, kind] : words)
        if (name.contains(word))
            return kind;
    return std::nullopt;
}

CsvRelationRule relationRule(const QString &type, const CsvMapping &mapping, bool *known)
{
    const QString whole = type.trimmed().toLower();
    const QString first = phrase(whole.section(u"::"_s, 0, 0));
    if (known)
        *known = true;
    if (whole.isEmpty())
        return {};
    for (const QString &key : {whole, phrase(whole), first})
        if (const auto it = mapping.relationTypes.constFind(key); it != mapping.relationTypes.cend())
            return *it;

    static const QHash<QString, CsvRelationRule> table = {
        {u"depends on"_s, {u"uses"_s, false}},
        {u"uses"_s, {u"uses"_s, false}},
        {u"used by"_s, {u"uses"_s, true}},
        {u"runs on"_s, {u"runs-on"_s, false}},
        {u"runs"_s, {u"runs-on"_s, true}},
        {u"hosted on"_s, {u"hosted-on"_s, false}},
        {u"hosts"_s, {u"hosted-on"_s, true}},
        {u"virtualized by"_s, {u"hosted-on"_s, false}},
        {u"virtualizes"_s, {u"hosted-on"_s, true}},
        {u"connects to"_s, {u"connects-to"_s, false}},
        {u"connected by"_s, {u"connects-to"_s, true}},
        {u"ip connection"_s, {u"connects-to"_s, false}},
        {u"exchange data with"_s, {u"connects-to"_s, false}},
        {u"exchanges data with"_s, {u"connects-to"_s, false}},
        {u"contains"_s, {u"contains"_s, false}},
        {u"contained by"_s, {u"contains"_s, true}},
        {u"members"_s, {u"contains"_s, false}},
        {u"member of"_s, {u"contains"_s, true}},
        {u"cluster of"_s, {u"contains"_s, false}},
        {u"cluster"_s, {u"contains"_s, true}},
        {u"provided by"_s, {u"uses"_s, false}},
        {u"provides"_s, {u"uses"_s, true}},
        {u"sends data to"_s, {u"sends-data-to"_s, false}},
        {u"receives data from"_s, {u"receives-data-from"_s, false}},
        {u"managed by"_s, {u"managed-by"_s, false}},
        {u"manages"_s, {u"managed-by"_s, true}},
        {u"protected by"_s, {u"protected-by"_s, false}},
        {u"protects"_s, {u"protected-by"_s, true}},
        {u"load balanced by"_s, {u"load-balanced-by"_s, false}},
        {u"load balances"_s, {u"load-balanced-by"_s, true}},
        {u"backed up by"_s, {u"backed-up-by"_s, false}},
        {u"backs up"_s, {u"backed-up-by"_s, true}},
        {u"monitored by"_s, {u"monitored-by"_s, false}},
        {u"monitors"_s, {u"monitored-by"_s, true}},
        {u"powered by"_s, {u"powered-by"_s, false}},
        {u"powers"_s, {u"powered-by"_s, true}},
    };
    if (const auto it = table.constFind(first); it != table.cend())
        return *it;
    if (known)
        *known = false;
    return {slug(first), false};
}

std::optional<Criticality> criticalityOfCmdbValue(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v.isEmpty())
        return std::nullopt;
    // ServiceNow: "1 - most critical", "2 - somewhat critical", "3 - less critical",
    // "4 - not critical"; the number alone too.
    if (v.front() >= u'1' && v.front() <= u'4' && (v.size() == 1 || !v.at(1).isDigit()))
        return std::array{Criticality::Critical, Criticality::High, Criticality::Medium,
                          Criticality::Low}[v.front().unicode() - '1'];
    if (const auto c = criticalityFromName(v))
        return c;
    static const QHash<QString, Criticality> words = {
        {u"most critical"_s, Criticality::Critical}, {u"mission critical"_s, Criticality::Critical},
        {u"very high"_s, Criticality::Critical},     {u"somewhat critical"_s, Criticality::High},
        {u"less critical"_s, Criticality::Medium},   {u"moderate"_s, Criticality::Medium},
        {u"not critical"_s, Criticality::Low},       {u"very low"_s, Criticality::Low},
    };
    return words.contains(v) ? std::optional(words.value(v)) : std::nullopt;
}

// ---- The mapping file ----

namespace {

struct MappingFailure
{
    Error error;
};

[[noreturn]] void fail(const QString &where, const QString &what)
{
    throw MappingFailure{Error{where, what}};
}

QString textOrNone(const QJsonValue &v, const QString &where)
{
    if (v.isNull())
        return {};
    if (!v.isString())
        fail(where, Tr::tr("must be a column name (a string) or null"));
    return v.toString().trimmed();
}

QJsonObject object(const QJsonValue &v, const QString &where)
{
    if (!v.isObject())
        fail(where, Tr::tr("must be an object"));
    return v.toObject();
}

CsvMapping readMapping(const QJsonObject &root, CsvMapping m)
{
    static const QStringList known = {u"format"_s,    u"formatVersion"_s,    u"separator"_s,
                                      u"columns"_s,   u"versionFallbacks"_s, u"idsFromNames"_s,
                                      u"relations"_s, u"classes"_s,          u"relationTypes"_s};
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!known.contains(it.key()))
            fail(it.key(), Tr::tr("unknown field (fields: %1)").arg(known.join(u", "_s)));
    if (root.contains(u"format"_s) && root.value(u"format"_s) != u"upgrade-planner-csv-mapping"_s)
        fail(u"format"_s, Tr::tr("is not \"upgrade-planner-csv-mapping\""));
    if (root.contains(u"formatVersion"_s) && root.value(u"formatVersion"_s).toInt() != 1)
        fail(u"formatVersion"_s, Tr::tr("only version 1 is known"));
    if (root.contains(u"separator"_s)) {
        const QString s = textOrNone(root.value(u"separator"_s), u"separator"_s);
        m.separator = csv::separatorFromName(s);
        if (!s.isEmpty() && m.separator.isNull())
            fail(u"separator"_s, Tr::tr("'%1' is not a separator: use \",\", \";\", \"|\" or "
                                        "\"tab\"")
                                     .arg(s));
    }
    if (root.contains(u"columns"_s)) {
        const QJsonObject columns = object(root.value(u"columns"_s), u"columns"_s);
        for (auto it = columns.begin(); it != columns.end(); ++it) {
            const QString where = u"columns."_s + it.key();
            const auto field = CsvMapping::fieldFromName(it.key());
            if (!field)
                fail(where,
                     Tr::tr("unknown field (fields: %1)")
                         .arg(QStringList(fieldNames.begin(), fieldNames.end()).join(u", "_s)));
            m.setColumn(*field, textOrNone(it.value(), where));
        }
    }
    if (root.contains(u"versionFallbacks"_s)) {
        const QJsonValue v = root.value(u"versionFallbacks"_s);
        if (!v.isArray())
            fail(u"versionFallbacks"_s, Tr::tr("must be a list of column names"));
        m.versionFallbacks.clear();
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString column = textOrNone(list.at(i), u"versionFallbacks[%1]"_s.arg(i));
            if (!column.isEmpty())
                m.versionFallbacks.append(column);
        }
    }
    if (root.contains(u"idsFromNames"_s)) {
        const QJsonValue v = root.value(u"idsFromNames"_s);
        if (!v.isBool())
            fail(u"idsFromNames"_s, Tr::tr("must be true or false"));
        m.idsFromNames = v.toBool();
    }
    if (root.contains(u"relations"_s)) {
        const QJsonObject relations = object(root.value(u"relations"_s), u"relations"_s);
        for (auto it = relations.begin(); it != relations.end(); ++it) {
            const QString where = u"relations."_s + it.key();
            QString *column = it.key() == u"parent"_s  ? &m.parent
                              : it.key() == u"child"_s ? &m.child
                              : it.key() == u"type"_s  ? &m.type
                                                       : nullptr;
            if (!column)
                fail(where, Tr::tr("unknown field (fields: parent, child, type)"));
            *column = textOrNone(it.value(), where);
        }
    }
    if (root.contains(u"classes"_s)) {
        const QJsonObject classes = object(root.value(u"classes"_s), u"classes"_s);
        for (auto it = classes.begin(); it != classes.end(); ++it) {
            const auto kind = kindFromName(it.value().toString());
            if (!kind)
                fail(u"classes."_s + it.key(),
                     Tr::tr("'%1' is not a kind (kinds: %2)")
                         .arg(it.value().toString(), kindNames().join(u' ')));
            m.classes.insert(it.key().trimmed().toLower(), *kind);
        }
    }
    if (root.contains(u"relationTypes"_s)) {
        const QJsonObject types = object(root.value(u"relationTypes"_s), u"relationTypes"_s);
        for (auto it = types.begin(); it != types.end(); ++it) {
            const QString where = u"relationTypes."_s + it.key();
            CsvRelationRule rule;
            if (it.value().isString()) {
                rule.type = it.value().toString().trimmed();
            } else {
                const QJsonObject o = object(it.value(), where);
                for (auto f = o.begin(); f != o.end(); ++f)
                    if (f.key() != u"type"_s && f.key() != u"from"_s)
                        fail(where + u'.' + f.key(), Tr::tr("unknown field (fields: type, from)"));
                rule.type = o.value(u"type"_s).toString().trimmed();
                const QString from = o.value(u"from"_s).toString(u"parent"_s);
                if (from != u"parent"_s && from != u"child"_s)
                    fail(where + u".from"_s, Tr::tr("must be \"parent\" or \"child\""));
                rule.fromChild = from == u"child"_s;
            }
            if (rule.type.isEmpty())
                fail(where, Tr::tr("names no dependency type"));
            m.relationTypes.insert(it.key().trimmed().toLower(), rule);
        }
    }
    return m;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

Expected<CsvMapping> readCsvMapping(QByteArrayView json, const CsvMapping &base)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Tr::tr("offset %1").arg(parseError.offset), parseError.errorString()};
    if (!doc.isObject())
        return Error{QString(), Tr::tr("a mapping file is a JSON object")};
    try {
        return readMapping(doc.object(), base);
    } catch (const MappingFailure &failure) {
        return failure.error;
    }
}

QByteArray writeCsvMapping(const CsvMapping &mapping)
{
    QJsonObject root;
    root.insert(u"format"_s, u"upgrade-planner-csv-mapping"_s);
    root.insert(u"formatVersion"_s, 1);
    root.insert(u"separator"_s, textOrNull(csv::separatorName(mapping.separator)));
    QJsonObject columns;
    for (int f = 0; f < CsvMapping::FieldCount; ++f)
        columns.insert(CsvMapping::fieldName(CsvMapping::Field(f)),
                       textOrNull(mapping.column(CsvMapping::Field(f))));
    root.insert(u"columns"_s, columns);
    root.insert(u"versionFallbacks"_s, QJsonArray::fromStringList(mapping.versionFallbacks));
    root.insert(u"idsFromNames"_s, mapping.idsFromNames);
    root.insert(u"relations"_s, QJsonObject{{u"parent"_s, textOrNull(mapping.parent)},
                                            {u"child"_s, textOrNull(mapping.child)},
                                            {u"type"_s, textOrNull(mapping.type)}});
    QJsonObject classes;
    for (auto it = mapping.classes.cbegin(); it != mapping.classes.cend(); ++it)
        classes.insert(it.key(), kindName(*it));
    root.insert(u"classes"_s, classes);
    QJsonObject types;
    for (auto it = mapping.relationTypes.cbegin(); it != mapping.relationTypes.cend(); ++it) {
        if (it->fromChild)
            types.insert(it.key(), QJsonObject{{u"type"_s, it->type}, {u"from"_s, u"child"_s}});
        else
            types.insert(it.key(), it->type);
    }
    root.insert(u"relationTypes"_s, types);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace planner
