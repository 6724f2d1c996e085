// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/CmdbCsv.h"

#include <QDialog>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace planner {

/// File > Import of a CSV file from a CMDB: shows the components file's first rows, lets the
/// user say which column holds each field (preselected from ServiceNow's and plain column
/// names), the separator and the relations file, and previews the first components as they
/// would import with the number of warnings. "Save mapping..." writes the mapping file the
/// command line reads (`--mapping FILE`). The caller imports with imported() after OK.
class CsvMappingDialog : public QDialog
{
    Q_OBJECT
public:
    /// The fields offered, in the order shown.
    static constexpr std::array<CsvMapping::Field, 9> shownFields
        = {CsvMapping::Id,      CsvMapping::Name,   CsvMapping::Kind,
           CsvMapping::Version, CsvMapping::Target, CsvMapping::Product,
           CsvMapping::Site,    CsvMapping::Owner,  CsvMapping::Criticality};

    explicit CsvMappingDialog(const QString &componentsPath, QWidget *parent = nullptr);
    ~CsvMappingDialog() override;

    /// The mapping as chosen.
    CsvMapping mapping() const { return m_mapping; }
    /// Starts from @p mapping (a mapping file the user opened, say).
    void setMapping(const CsvMapping &mapping);
    QString relationsPath() const;
    void setRelationsPath(const QString &path);
    /// The import with the mapping as chosen (relations included), or why it fails.
    Expected<Imported> imported() const;
    /// Writes the mapping file to @p path; an empty string on success, else the reason.
    QString saveMapping(const QString &path) const;

    QComboBox *fieldCombo(CsvMapping::Field field) const;
    QComboBox *separatorCombo() const { return m_separator; }
    QCheckBox *idsFromNamesCheck() const { return m_idsFromNames; }
    QLineEdit *relationsEdit() const { return m_relations; }
    QTableWidget *fileTable() const { return m_fileTable; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *statusLabel() const { return m_status; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Rows shown in each table.
    static constexpr int previewRows = 50;

private:
    void loadComponents();
    void loadRelations();
    void fillCombos();
    void updatePreview();
    void chooseRelations();
    void chooseSaveFile();

    QString m_path;
    QByteArray m_bytes;
    std::optional<CsvTable> m_table;
    QString m_tableError;
    std::optional<CsvTable> m_relationsTable;
    QString m_relationsError;
    CsvMapping m_mapping;
    bool m_filling = false;

    QComboBox *m_separator;
    std::array<QComboBox *, CsvMapping::FieldCount> m_combos{};
    QCheckBox *m_idsFromNames;
    QLineEdit *m_relations;
    QPushButton *m_browseRelations;
    QTableWidget *m_fileTable;
    QTableWidget *m_preview;
    QLabel *m_status;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
};

} // namespace planner
