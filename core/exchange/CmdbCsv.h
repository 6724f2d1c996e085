// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Components and relations exported from a CMDB as CSV (ServiceNow's `cmdb_ci` and
// `cmdb_rel_ci` tables, or any similar export), the column mapping that reads them and the
// mapping file that keeps a mapping for scripts. See docs/formats.md, "CSV from a CMDB".

#include "CsvText.h"
#include "FileFormat.h"
#include "inventory/Kinds.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace planner {

/// How a relation type of the CMDB ("Runs on::Runs") becomes a dependency: its type in the
/// estate and which end depends on the other. A relation "parent X child" is read as the
/// dependency parent -> child unless @p fromChild (the phrase says the child needs the parent,
/// as in "Used by::Uses").
struct CsvRelationRule
{
    QString type = QStringLiteral("uses");
    bool fromChild = false;
    friend bool operator==(const CsvRelationRule &, const CsvRelationRule &) = default;
};

/// Which column of a components file holds each field (the header's name, compared without
/// case; empty: none), plus additions to the built-in class and relation tables.
struct CsvMapping
{
    /// The field names as the mapping file and the dialog use them.
    enum Field {
        Id,
        ExternalId,
        Name,
        Kind,
        Version,
        Target,
        Product,
        Manufacturer,
        Site,
        Owner,
        Criticality,
        FieldCount
    };
    static QString fieldName(Field field);  ///< "id", "externalId", "name"...
    static QString fieldLabel(Field field); ///< translated, for people
    static std::optional<Field> fieldFromName(const QString &name);

    QChar separator; ///< null: detected from the header line
    /// The column of each Field (index by Field): `id` holds each row's key (a ServiceNow
    /// sys_id, an asset number): relations name rows by it, and it becomes the component's
    /// externalId unless an `externalId` column is given.
    QStringList columns = QStringList(FieldCount);
    /// Columns read, in order, for a row whose version column is empty (os_version...).
    QStringList versionFallbacks;
    /// Make component ids from the names (readable ids) rather than from the keys; the keys
    /// stay as external ids. Set by default for ServiceNow's sys_id, a 32-digit hex number.
    bool idsFromNames = false;
    /// Additions to the class table: class or type name (lower case) -> kind.
    QHash<QString, ComponentKind> classes;
    /// Additions to the relation type table: the type's text or its part before "::"
    /// (lower case) -> rule.
    QHash<QString, CsvRelationRule> relationTypes;
    /// Columns of the relations file; empty: found by name (parent, child, type).
    QString parent;
    QString child;
    QString type;

    QString column(Field field) const { return columns.value(field); }
    void setColumn(Field field, const QString &name) { columns[field] = name; }

    friend bool operator==(const CsvMapping &, const CsvMapping &) = default;
};

/// The mapping a components file with columns @p header gets without a mapping file:
/// ServiceNow's names (sys_id, name, sys_class_name, version, os_version, model_id,
/// manufacturer, location, owned_by, support_group, assigned_to, business_criticality...) and
/// plain ones (id, name, kind, version, target, product, site, owner, criticality,
/// externalId), case ignored.
CsvMapping defaultCsvMapping(const QStringList &header);

/// Reads a mapping file (JSON, docs/formats.md) over @p base: each field the file names
/// replaces base's (null or "" : no column); fields it leaves out keep base's. Errors name the
/// JSON path: an unknown field or kind, a separator that is not one character.
Expected<CsvMapping> readCsvMapping(QByteArrayView json, const CsvMapping &base = {});
/// The mapping file for @p mapping, naming every field (null for none).
QByteArray writeCsvMapping(const CsvMapping &mapping);

/// The kind of a CMDB class or type name: built-in ServiceNow classes (cmdb_ci_linux_server,
/// cmdb_ci_db_ora_instance...), their labels ("Linux Server"), the estate's kind names and
/// @p mapping's additions. Nothing when it is not known.
std::optional<ComponentKind> kindOfCmdbClass(const QString &className,
                                             const CsvMapping &mapping = {});
/// The rule for a relation type such as "Depends on::Used by"; @p known (if given) is false
/// when neither the built-in table nor @p mapping knows it (its first phrase, as a word with
/// dashes, becomes the type, parent to child).
CsvRelationRule relationRule(const QString &type, const CsvMapping &mapping = {},
                             bool *known = nullptr);
/// The criticality of a CMDB value: ServiceNow's "1 - most critical" to "4 - not critical",
/// 1 to 4, or the estate's names. Nothing when not understood.
std::optional<Criticality> criticalityOfCmdbValue(const QString &value);

/// Reads a components table and, when @p relations is given, a relations table with
/// @p mapping as it is (no defaults added). @p relationsName names the relations file in
/// messages ("cmdb_rel_ci.csv"). Warnings and errors name the line.
Expected<Imported> readCmdbCsv(const CsvTable &components, const CsvMapping &mapping,
                               const CsvTable *relations = nullptr,
                               const QString &relationsName = {});

/// The whole read from bytes: parses both files (the separator of the components file from
/// @p mapping or detected) and reads them.
Expected<Imported> readCmdbCsv(QByteArrayView components, const CsvMapping &mapping,
                               QByteArrayView relations = {}, const QString &relationsName = {});

/// The columns of the components table the `csv` writer writes, named like the interchange
/// JSON's fields (nested ones with a dot: durations.prepare, backup.method).
QStringList csvComponentColumns();
/// The columns of its steps table.
QStringList csvStepColumns();
/// The components table (@p steps false) or the schedule's steps table of @p estate, UTF-8.
QByteArray writeCmdbCsv(const Estate &estate, bool steps = false, QChar separator = u',');

} // namespace planner
