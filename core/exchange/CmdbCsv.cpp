// SPDX-License-Identifier: GPL-3.0-or-later
// Components and relations exported from a CMDB as CSV (ServiceNow's cmdb_ci and cmdb_rel_ci,
// or any export with similar columns) as an estate, read from parsed tables; the files' bytes
// and the `csv` format are read in CmdbCsvFormat.cpp. See docs/formats.md, "CSV from a CMDB".
#include "CmdbCsv.h"

#include "inventory/Component.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace planner {

namespace {

using namespace Qt::StringLiterals;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(planner::CmdbCsv)
};

/// A component id ([A-Za-z0-9._:-]+) from a key or a name: kept when valid, otherwise in
/// lower case with every other character run turned into one '-'.
QString idFrom(const QString &text)
{
    if (isValidId(text))
        return text;
    QString id;
    for (const QChar c : text.toLower()) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.'
                        || c == u'_' || c == u':' || c == u'-';
        if (ok)
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id.append(u'-');
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

/// At most this many warnings of one sort name their line; the rest are counted.
constexpr int warningsPerSort = 20;

class Reader
{
public:
    Reader(const CsvTable &table, const CsvMapping &mapping)
        : m_table(table)
        , m_mapping(mapping)
    {
    }

    Expected<Imported> read(const CsvTable *relations, const QString &relationsName)
    {
        if (auto e = resolveColumns())
            return *e;
        readComponents();
        if (relations)
            if (auto e = readRelations(*relations, relationsName))
                return *e;
        flushWarnings();
        return std::move(m_out);
    }

private:
    // ---- warnings ----
    void warn(const QString &sort, const QString &where, const QString &text)
    {
        int &count = m_sortCount[sort];
        ++count;
        if (count <= warningsPerSort)
            m_out.warnings.append(where + u": "_s + text);
        else
            m_sortText[sort] = text;
    }

    void flushWarnings()
    {
        for (auto it = m_sortCount.cbegin(); it != m_sortCount.cend(); ++it)
            if (*it > warningsPerSort)
                m_out.warnings.append(Tr::tr("%1 more rows like that, the last: %2")
                                          .arg(*it - warningsPerSort)
                                          .arg(m_sortText.value(it.key())));
    }

    static QString lineAt(int line) { return Tr::tr("line %1").arg(line); }

    // ---- components ----
    std::optional<Error> resolveColumns()
    {
        for (int f = 0; f < CsvMapping::FieldCount; ++f) {
            const QString name = m_mapping.column(CsvMapping::Field(f));
            m_col[f] = -1;
            if (name.isEmpty())
                continue;
            m_col[f] = m_table.column(name);
            if (m_col[f] < 0)
                return Error{lineAt(1), Tr::tr("no column '%1' for the %2 (columns: %3)")
                                            .arg(name, CsvMapping::fieldLabel(CsvMapping::Field(f)),
                                                 m_table.header.join(u", "_s))};
        }
        for (const QString &name : m_mapping.versionFallbacks) {
            const int c = m_table.column(name);
            if (c < 0)
                return Error{lineAt(1), Tr::tr("no column '%1' for the version (columns: %2)")
                                            .arg(name, m_table.header.join(u", "_s))};
            m_versionFallbacks.append(c);
        }
        if (m_col[CsvMapping::Id] < 0 && m_col[CsvMapping::Name] < 0
            && m_col[CsvMapping::ExternalId] < 0)
            return Error{lineAt(1), Tr::tr("no column holds the components' keys or names: the "
                                           "header needs sys_id, id or name, or a mapping that "
                                           "names the column (columns: %1)")
                                        .arg(m_table.header.join(u", "_s))};
        using F = ComponentField;
        const std::array<std::pair<CsvMapping::Field, F>, 8> carried = {{
            {CsvMapping::Name, F::Name},
            {CsvMapping::Kind, F::Kind},
            {CsvMapping::Product, F::Product},
            {CsvMapping::Manufacturer, F::Product},
            {CsvMapping::Version, F::Version},
            {CsvMapping::Target, F::Target},
            {CsvMapping::Site, F::Site},
            {CsvMapping::Owner, F::Owner},
        }};
        m_out.fields = unsigned(F::ExternalId);
        for (const auto &[field, flag] : carried)
            if (m_col[field] >= 0)
                m_out.fields = m_out.fields | flag;
        if (m_col[CsvMapping::Criticality] >= 0)
            m_out.fields = m_out.fields | F::Criticality;

        // The columns the `csv` writer adds beyond the mapped fields, by their JSON names.
        QStringList used;
        for (int c : m_col)
            if (c >= 0)
                used.append(m_table.header.at(c));
        auto extra = [&](const QString &name) {
            const int c = m_table.column(name);
            return c >= 0 && !used.contains(m_table.header.at(c)) ? c : -1;
        };
        for (int p = 0; p < phaseCount; ++p)
            m_durations[p] = extra(u"durations."_s + phaseName(Phase(p)));
        m_reversible = extra(u"reversible"_s);
        m_roles = extra(u"roles"_s);
        for (int b = 0; b < int(m_backup.size()); ++b)
            m_backup[b] = extra(u"backup."_s + QLatin1StringView(backupFields[b]));
        return std::nullopt;
    }

    QString cell(const CsvRecord &row, int column) const
    {
        return CsvTable::cell(row, column).trimmed();
    }

    void readComponents()
    {
        m_out.estate.reserve(int(m_table.rows.size()), 0);
        if (m_col[CsvMapping::Version] < 0 && m_versionFallbacks.isEmpty())
            m_out.warnings.append(Tr::tr("no version column: every component is recorded at "
                                         "version 0"));
        QMap<QString, std::pair<int, int>> unknownClasses; // class -> first line, rows
        for (const CsvRecord &row : m_table.rows) {
            const QString where = lineAt(row.line);
            QString key = cell(row, m_col[CsvMapping::Id]);
            const QString name = cell(row, m_col[CsvMapping::Name]);
            if (key.isEmpty() && m_col[CsvMapping::Id] < 0)
                key = cell(row, m_col[CsvMapping::ExternalId]);
            if (key.isEmpty())
                key = name;
            if (key.isEmpty()) {
                warn(u"nokey"_s, where, Tr::tr("no key and no name; the row is left out"));
                continue;
            }
            if (const auto it = m_keyLine.constFind(key); it != m_keyLine.cend()) {
                warn(u"dupkey"_s, where,
                     Tr::tr("the key '%1' is on line %2 too; this row is left "
                            "out")
                         .arg(key)
                         .arg(*it));
                continue;
            }
            m_keyLine.insert(key, row.line);

            Component c;
            c.name = name.isEmpty() ? key : name;
            c.externalId = m_col[CsvMapping::ExternalId] >= 0
                               ? cell(row, m_col[CsvMapping::ExternalId])
                               : key;
            QString base = idFrom(m_mapping.idsFromNames && !name.isEmpty() ? name : key);
            if (base.isEmpty())
                base = idFrom(key);
            if (base.isEmpty())
                base = u"row-%1"_s.arg(row.line);
            c.id = base;
            for (int n = 2; m_out.estate.indexOf(c.id) >= 0; ++n)
                c.id = base + u'-' + QString::number(n);

            if (m_col[CsvMapping::Kind] >= 0) {
                const QString cls = cell(row, m_col[CsvMapping::Kind]);
                const auto kind = kindOfCmdbClass(cls, m_mapping);
                if (kind) {
                    c.kind = *kind;
                } else {
                    auto &entry = unknownClasses[cls];
                    if (entry.second++ == 0)
                        entry.first = row.line;
                }
            }
            c.version = version(row, where);
            if (const QString target = cell(row, m_col[CsvMapping::Target]); !target.isEmpty()) {
                QString problem;
                if (auto v = Version::parse(target, &problem))
                    c.target = *v;
                else
                    warn(u"target"_s, where,
                         Tr::tr("target '%1' cannot be read as a version (%2); "
                                "left out")
                             .arg(target, problem));
            }
            c.product = cell(row, m_col[CsvMapping::Product]);
            if (c.product.isEmpty())
                c.product = cell(row, m_col[CsvMapping::Manufacturer]);
            c.site = site(cell(row, m_col[CsvMapping::Site]));
            c.owner = cell(row, m_col[CsvMapping::Owner]);
            if (const QString crit = cell(row, m_col[CsvMapping::Criticality]); !crit.isEmpty()) {
                if (const auto value = criticalityOfCmdbValue(crit))
                    c.criticality = *value;
                else
                    warn(u"criticality"_s, where,
                         Tr::tr("criticality '%1' is not known (1 - most critical to 4 - not "
                                "critical, or critical high medium low); recorded as medium")
                             .arg(crit));
            }
            extras(row, where, c);
            m_idByKey.insert(key, c.id);
            m_idsByName[c.name].append(c.id);
            m_idsByFoldedName[c.name.toCaseFolded()].append(c.id);
            m_out.estate.appendComponent(std::move(c));
        }
        for (auto it = unknownClasses.cbegin(); it != unknownClasses.cend(); ++it)
            m_out.warnings.append(
                lineAt(it->first) + u": "_s
                + (it.key().isEmpty()
                       ? Tr::tr("no class; imported as kind 'other' (rows without a class: %1)")
                             .arg(it->second)
                       : Tr::tr("class '%1' is not known; imported as kind 'other' (rows of this "
                                "class: %2; a mapping file's \"classes\" can name its kind)")
                             .arg(it.key())
                             .arg(it->second)));
    }

    Version version(const CsvRecord &row, const QString &where)
    {
        static const Version zero = *Version::parse(u"0");
        QString text = cell(row, m_col[CsvMapping::Version]);
        for (qsizetype i = 0; text.isEmpty() && i < m_versionFallbacks.size(); ++i)
            text = cell(row, m_versionFallbacks.at(i));
        if (text.isEmpty()) {
            if (m_col[CsvMapping::Version] >= 0 || !m_versionFallbacks.isEmpty())
                warn(u"noversion"_s, where,
                     Tr::tr("no version; recorded as 0 until the real one "
                            "is entered"));
            return zero;
        }
        QString problem;
        if (auto v = Version::parse(text, &problem))
            return *v;
        // "12.2.0.1 (64-bit)": keep what a version may hold.
        static const QRegularExpression other(u"[^\\p{L}\\p{N}.\\-_+~: ]+"_s);
        static const QRegularExpression decimalComma(u"^\\d+(,\\d+)+$"_s);
        QString cleaned = text;
        if (decimalComma.match(text).hasMatch()) // "3,1" from a spreadsheet with a decimal comma
            cleaned.replace(u',', u'.');
        cleaned.replace(other, u" "_s);
        cleaned = cleaned.simplified();
        if (auto v = Version::parse(cleaned)) {
            warn(u"version"_s, where, Tr::tr("version '%1' read as '%2'").arg(text, cleaned));
            return *v;
        }
        warn(u"version"_s, where,
             Tr::tr("'%1' cannot be read as a version (%2); recorded as 0").arg(text, problem));
        return zero;
    }

    QString site(const QString &text)
    {
        if (text.isEmpty())
            return {};
        if (const auto it = m_siteIds.constFind(text); it != m_siteIds.cend())
            return *it;
        QString base = idFrom(text);
        if (base.isEmpty())
            base = u"site"_s;
        QString id = base;
        for (int n = 2; std::any_of(m_out.estate.sites.cbegin(), m_out.estate.sites.cend(),
                                    [&](const Site &s) { return s.id == id; });
             ++n)
            id = base + u'-' + QString::number(n);
        m_out.estate.sites.append(Site{id, text});
        m_siteIds.insert(text, id);
        return id;
    }

    void extras(const CsvRecord &row, const QString &where, Component &c)
    {
        for (int p = 0; p < phaseCount; ++p) {
            const QString text = cell(row, m_durations[p]);
            if (text.isEmpty())
                continue;
            bool ok = false;
            const int minutes = text.toInt(&ok);
            if (ok && minutes >= 0)
                c.durations[Phase(p)] = minutes;
            else
                warn(u"minutes"_s, where,
                     Tr::tr("'%1' is not a number of minutes; %2 left out")
                         .arg(text, m_table.header.at(m_durations[p])));
        }
        const QString reversible = cell(row, m_reversible).toLower();
        c.reversible = !(reversible == u"false"_s || reversible == u"no"_s || reversible == u"0"_s);
        const QString roles = cell(row, m_roles);
        for (const QString &role : roles.split(QRegularExpression(u"[;,]"_s), Qt::SkipEmptyParts))
            if (!role.trimmed().isEmpty())
                c.roles.append(role.trimmed());
        std::array<QString, 6> b;
        bool any = false;
        for (size_t i = 0; i < b.size(); ++i) {
            b[i] = cell(row, m_backup[i]);
            any = any || !b[i].isEmpty();
        }
        if (!any)
            return;
        BackupInfo info;
        info.method = b[0];
        info.lastRestoreTest = QDate::fromString(b[1], Qt::ISODate);
        if (!b[1].isEmpty() && !info.lastRestoreTest.isValid())
            warn(u"date"_s, where,
                 Tr::tr("'%1' is not a date (YYYY-MM-DD); backup.lastRestoreTest "
                        "left out")
                     .arg(b[1]));
        bool ok = false;
        if (const int m = b[2].toInt(&ok); ok)
            info.restoreMinutes = m;
        info.location = b[3];
        if (const int d = b[4].toInt(&ok); ok)
            info.retentionDays = d;
        info.takenAt = b[5];
        c.backup = info;
    }

    // ---- relations ----
    enum class Found { One, None, Several };

    Found resolve(const QString &text, QString *id) const
    {
        if (const auto it = m_idByKey.constFind(text); it != m_idByKey.cend()) {
            *id = *it;
            return Found::One;
        }
        QStringList ids = m_idsByName.value(text);
        if (ids.isEmpty())
            ids = m_idsByFoldedName.value(text.toCaseFolded());
        // Last, the component id the reader made (a name turned into an id).
        if (ids.isEmpty() && m_out.estate.indexOf(text) >= 0)
            ids = {text};
        if (ids.size() == 1)
            *id = ids.front();
        return ids.isEmpty() ? Found::None : ids.size() == 1 ? Found::One : Found::Several;
    }

    static QString findColumn(const CsvTable &t, const QString &chosen, const QStringList &names)
    {
        if (!chosen.isEmpty())
            return t.column(chosen) >= 0 ? chosen : QString();
        for (const QString &n : names)
            if (t.column(n) >= 0)
                return n;
        return {};
    }

    std::optional<Error> readRelations(const CsvTable &t, const QString &name)
    {
        const QString parentName = findColumn(t, m_mapping.parent,
                                              {u"parent.sys_id"_s, u"parent_sys_id"_s, u"parent"_s,
                                               u"from"_s, u"source"_s});
        const QString childName = findColumn(t, m_mapping.child,
                                             {u"child.sys_id"_s, u"child_sys_id"_s, u"child"_s,
                                              u"to"_s, u"target"_s});
        const QString typeName = findColumn(t, m_mapping.type,
                                            {u"type"_s, u"type.name"_s, u"relation"_s,
                                             u"relationship"_s, u"relation_type"_s});
        const QString head = name.isEmpty() ? Tr::tr("relations") : name;
        auto at = [&](int line) { return Tr::tr("%1, line %2").arg(head).arg(line); };
        for (const auto &[found, chosen, usual] :
             {std::tuple{parentName, m_mapping.parent, u"parent"_s},
              std::tuple{childName, m_mapping.child, u"child"_s}})
            if (found.isEmpty())
                return Error{at(1),
                             Tr::tr("no column '%1' (columns: %2)")
                                 .arg(chosen.isEmpty() ? usual : chosen, t.header.join(u", "_s))};
        if (!m_mapping.type.isEmpty() && typeName.isEmpty())
            return Error{at(1), Tr::tr("no column '%1' (columns: %2)")
                                    .arg(m_mapping.type, t.header.join(u", "_s))};
        const int pc = t.column(parentName), cc = t.column(childName), tc = t.column(typeName);
        QSet<QString> unknownTypes;
        QSet<QString> seen;
        for (const CsvRecord &row : t.rows) {
            const QString where = at(row.line);
            QString ends[2];
            bool ok = true;
            for (int e = 0; e < 2; ++e) {
                const QString text = cell(row, e == 0 ? pc : cc);
                const QString role = e == 0 ? Tr::tr("parent") : Tr::tr("child");
                if (text.isEmpty()) {
                    warn(u"relend"_s, where, Tr::tr("no %1; the relation is left out").arg(role));
                    ok = false;
                    break;
                }
                const Found found = resolve(text, &ends[e]);
                if (found == Found::None)
                    warn(u"relend"_s, where,
                         Tr::tr("%1 '%2' is not a component of the components "
                                "file; the relation is left out")
                             .arg(role, text));
                else if (found == Found::Several)
                    warn(u"relend"_s, where,
                         Tr::tr("%1 '%2' names several components (give the "
                                "sys_id); the relation is left out")
                             .arg(role, text));
                if (found != Found::One) {
                    ok = false;
                    break;
                }
            }
            if (!ok)
                continue;
            const QString typeText = cell(row, tc);
            bool known = true;
            const CsvRelationRule rule = relationRule(typeText, m_mapping, &known);
            if (!known && !unknownTypes.contains(typeText)) {
                unknownTypes.insert(typeText);
                m_out.warnings.append(where + u": "_s
                                      + Tr::tr("relation type '%1' is not known; read as '%2', the "
                                               "parent depending on the child")
                                            .arg(typeText, rule.type));
            }
            Dependency d;
            d.from = rule.fromChild ? ends[1] : ends[0];
            d.to = rule.fromChild ? ends[0] : ends[1];
            d.type = rule.type;
            if (d.from == d.to) {
                warn(u"relself"_s, where, Tr::tr("'%1' relates to itself; left out").arg(d.from));
                continue;
            }
            const QString edge = d.from + u'\n' + d.to + u'\n' + d.type;
            if (seen.contains(edge))
                continue; // listed twice (both directions of one relation, say): one dependency
            seen.insert(edge);
            m_out.estate.appendDependency(std::move(d));
        }
        return std::nullopt;
    }

    static constexpr std::array<const char *, 6> backupFields
        = {"method", "lastRestoreTest", "restoreMinutes", "location", "retentionDays", "takenAt"};

    const CsvTable &m_table;
    const CsvMapping &m_mapping;
    Imported m_out;
    std::array<int, CsvMapping::FieldCount> m_col{};
    QList<int> m_versionFallbacks;
    std::array<int, phaseCount> m_durations{};
    std::array<int, 6> m_backup{};
    int m_reversible = -1;
    int m_roles = -1;
    QHash<QString, int> m_keyLine;
    QHash<QString, QString> m_idByKey;
    QHash<QString, QStringList> m_idsByName;
    QHash<QString, QStringList> m_idsByFoldedName;
    QHash<QString, QString> m_siteIds;
    QMap<QString, int> m_sortCount;
    QHash<QString, QString> m_sortText;
};

} // namespace

Expected<Imported> readCmdbCsv(const CsvTable &components, const CsvMapping &mapping,
                               const CsvTable *relations, const QString &relationsName)
{
    return Reader(components, mapping).read(relations, relationsName);
}

} // namespace planner
