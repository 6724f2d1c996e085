// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvMappingDialog.h"
#include "panels/QuietChildren.h"

#include "inventory/Component.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace planner {

namespace {

QString fieldHelp(CsvMapping::Field field)
{
    switch (field) {
    case CsvMapping::Id:
        return CsvMappingDialog::tr("The column that identifies each row in the CMDB (ServiceNow: "
                                    "sys_id). The relations file names rows by it; it is kept as "
                                    "the component's external id so a later import updates the "
                                    "same component.");
    case CsvMapping::Name:
        return CsvMappingDialog::tr("The name people know the component by (a host name, an "
                                    "application's name).");
    case CsvMapping::Kind:
        return CsvMappingDialog::tr("The class or type (ServiceNow: sys_class_name). Common "
                                    "classes become server, database, network...; others become "
                                    "'other' with a warning.");
    case CsvMapping::Version:
        return CsvMappingDialog::tr("The version running today. Rows without one get version 0 "
                                    "and a warning.");
    case CsvMapping::Target:
        return CsvMappingDialog::tr("The version to upgrade to, if the file has it.");
    case CsvMapping::Product:
        return CsvMappingDialog::tr("The product (ServiceNow: model_id), the key of the catalog "
                                    "of releases.");
    case CsvMapping::Site:
        return CsvMappingDialog::tr("The site or data centre (ServiceNow: location).");
    case CsvMapping::Owner:
        return CsvMappingDialog::tr("The team or person responsible (ServiceNow: support_group "
                                    "or owned_by).");
    case CsvMapping::Criticality:
        return CsvMappingDialog::tr("How critical it is: 1 - most critical to 4 - not critical, "
                                    "or critical, high, medium, low.");
    default:
        return {};
    }
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setToolTip(text);
    return i;
}

QTableWidget *table(QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setMinimumHeight(120);
    return t;
}

} // namespace

CsvMappingDialog::CsvMappingDialog(const QString &componentsPath, QWidget *parent)
    : QDialog(parent)
    , m_path(componentsPath)
    , m_separator(new QComboBox(this))
    , m_idsFromNames(new QCheckBox(tr("Make component ids from the &names"), this))
    , m_relations(new QLineEdit(this))
    , m_browseRelations(new QPushButton(tr("&Browse..."), this))
    , m_fileTable(table(this))
    , m_preview(table(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save Mapping..."), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("CsvMappingDialog"));
    setWindowTitle(tr("Import CSV: %1").arg(QFileInfo(componentsPath).fileName()));

    auto *intro = new QLabel(tr("Choose which column of the file holds each field. Only the key "
                                "or the name is needed; a field set to (none) is not imported, "
                                "and an import into an existing project leaves it as it is "
                                "there."),
                             this);
    intro->setWordWrap(true);

    m_separator->addItem(tr("Detect"), QString());
    m_separator->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("tab"));
    m_separator->addItem(tr("Vertical bar (|)"), QStringLiteral("|"));

    auto *form = new QFormLayout;
    form->addRow(tr("S&eparator:"), m_separator);
    for (const CsvMapping::Field field : shownFields) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column-") + CsvMapping::fieldName(field));
        combo->setToolTip(fieldHelp(field));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        m_combos[field] = combo;
        auto *label = new QLabel(CsvMapping::fieldLabel(field) + QLatin1Char(':'), this);
        label->setBuddy(combo);
        label->setToolTip(combo->toolTip());
        form->addRow(label, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo] {
            if (m_filling)
                return;
            m_mapping.setColumn(field, combo->currentData().toString());
            updatePreview();
        });
    }
    m_idsFromNames->setToolTip(tr("Readable ids such as 'web-prod-01' instead of the key (a "
                                  "ServiceNow sys_id is a 32-digit number); the key stays the "
                                  "external id."));
    form->addRow(m_idsFromNames);
    auto *columns = new QGroupBox(tr("Columns"), this);
    columns->setLayout(form);

    auto *relationsRow = new QHBoxLayout;
    m_relations->setPlaceholderText(tr("optional, e.g. cmdb_rel_ci.csv"));
    m_relations->setToolTip(tr("A second CSV file with the relations between the components "
                               "(ServiceNow's cmdb_rel_ci: parent, child, type such as \"Runs "
                               "on::Runs\"). Rows are named by key or by name."));
    relationsRow->addWidget(m_relations, 1);
    relationsRow->addWidget(m_browseRelations);
    auto *relationsLabel = new QLabel(tr("&Relations file:"), this);
    relationsLabel->setBuddy(m_relations);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(columns);
    leftLayout->addWidget(relationsLabel);
    leftLayout->addLayout(relationsRow);
    leftLayout->addStretch(1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("The file (first rows):"), this));
    rightLayout->addWidget(m_fileTable, 1);
    rightLayout->addWidget(new QLabel(tr("As imported (first components):"), this));
    rightLayout->addWidget(m_preview, 1);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CsvMappingDialog::chooseSaveFile);
    connect(m_browseRelations, &QPushButton::clicked, this, &CsvMappingDialog::chooseRelations);
    connect(m_relations, &QLineEdit::editingFinished, this, [this] {
        loadRelations();
        updatePreview();
    });
    connect(m_idsFromNames, &QCheckBox::toggled, this, [this](bool on) {
        if (m_filling)
            return;
        m_mapping.idsFromNames = on;
        updatePreview();
    });
    connect(m_separator, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_mapping.separator = csv::separatorFromName(m_separator->currentData().toString());
        const QChar chosen = m_mapping.separator;
        loadComponents();
        m_mapping = m_table ? defaultCsvMapping(m_table->header) : CsvMapping{};
        m_mapping.separator = chosen;
        fillCombos();
        updatePreview();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    QFile file(componentsPath);
    if (file.open(QIODevice::ReadOnly))
        m_bytes = file.readAll();
    else
        m_tableError = tr("%1: cannot be read: %2")
                           .arg(QDir::toNativeSeparators(componentsPath), file.errorString());
    loadComponents();
    if (m_table)
        m_mapping = defaultCsvMapping(m_table->header);
    fillCombos();
    updatePreview();
    // Fits a 1280 x 720 screen with room for the window frame and a panel.
    resize(1080, 600);
}

QComboBox *CsvMappingDialog::fieldCombo(CsvMapping::Field field) const
{
    return m_combos[field];
}

void CsvMappingDialog::setMapping(const CsvMapping &mapping)
{
    const bool reparse = mapping.separator != m_mapping.separator;
    m_mapping = mapping;
    if (reparse)
        loadComponents();
    fillCombos();
    updatePreview();
}

QString CsvMappingDialog::relationsPath() const
{
    const QString text = m_relations->text().trimmed();
    if (text.isEmpty() || QFileInfo(text).isAbsolute())
        return text;
    return QFileInfo(m_path).dir().filePath(text);
}

void CsvMappingDialog::setRelationsPath(const QString &path)
{
    m_relations->setText(QDir::toNativeSeparators(path));
    loadRelations();
    updatePreview();
}

void CsvMappingDialog::loadComponents()
{
    m_table.reset();
    if (m_bytes.isNull() && !m_tableError.isEmpty())
        return;
    m_tableError.clear();
    const Expected<CsvTable> table = csv::parse(m_bytes, m_mapping.separator);
    if (!table) {
        m_tableError = table.error().text();
    } else {
        m_table = *table;
    }
    m_fileTable->clear();
    if (!m_table) {
        m_fileTable->setRowCount(0);
        m_fileTable->setColumnCount(0);
        return;
    }
    m_fileTable->setColumnCount(int(m_table->header.size()));
    m_fileTable->setHorizontalHeaderLabels(m_table->header);
    const int rows = int(std::min<qsizetype>(m_table->rows.size(), previewRows));
    m_fileTable->setRowCount(rows);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const CsvRecord &record = m_table->rows.at(r);
        lines.append(QString::number(record.line));
        for (int c = 0; c < record.fields.size(); ++c)
            m_fileTable->setItem(r, c, item(record.fields.at(c).simplified()));
    }
    m_fileTable->setVerticalHeaderLabels(lines);
    m_fileTable->resizeColumnsToContents();
    for (int c = 0; c < m_fileTable->columnCount(); ++c)
        m_fileTable->setColumnWidth(c, std::min(m_fileTable->columnWidth(c), 240));
}

void CsvMappingDialog::loadRelations()
{
    m_relationsTable.reset();
    m_relationsError.clear();
    const QString path = relationsPath();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_relationsError = tr("%1: cannot be read: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString());
        return;
    }
    const Expected<CsvTable> table = csv::parse(file.readAll());
    if (!table)
        m_relationsError = QDir::toNativeSeparators(path) + QStringLiteral(", ")
                           + table.error().text();
    else
        m_relationsTable = *table;
}

void CsvMappingDialog::fillCombos()
{
    m_filling = true;
    const QStringList header = m_table ? m_table->header : QStringList();
    for (const CsvMapping::Field field : shownFields) {
        QComboBox *combo = m_combos[field];
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const QString &column : header)
            if (!column.isEmpty())
                combo->addItem(column, column);
        const int index = combo->findData(m_mapping.column(field), Qt::UserRole,
                                          Qt::MatchFixedString);
        combo->setCurrentIndex(std::max(index, 0));
        m_mapping.setColumn(field, combo->currentData().toString());
    }
    m_idsFromNames->setChecked(m_mapping.idsFromNames);
    m_separator->setCurrentIndex(
        std::max(0, m_separator->findData(csv::separatorName(m_mapping.separator))));
    m_filling = false;
}

Expected<Imported> CsvMappingDialog::imported() const
{
    if (!m_table)
        return Error{QString(), m_tableError};
    if (!m_relationsError.isEmpty())
        return Error{QString(), m_relationsError};
    return readCmdbCsv(*m_table, m_mapping, m_relationsTable ? &*m_relationsTable : nullptr,
                       QFileInfo(relationsPath()).fileName());
}

void CsvMappingDialog::updatePreview()
{
    const Expected<Imported> result = imported();
    m_preview->clear();
    m_preview->setColumnCount(4);
    m_preview->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("Kind"), tr("Version")});
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!result) {
        m_preview->setRowCount(0);
        m_status->setText(tr("Cannot import: %1").arg(result.error().text()));
        m_status->setToolTip(QString());
        m_status->setStyleSheet(QStringLiteral("color: palette(link);"));
        ok->setEnabled(false);
        m_save->setEnabled(m_table.has_value());
        return;
    }
    m_status->setStyleSheet(QString());
    ok->setEnabled(true);
    m_save->setEnabled(true);
    const Estate &estate = result->estate;
    const int rows = std::min(estate.componentCount(), previewRows);
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const Component &c = estate.component(r);
        m_preview->setItem(r, 0, item(c.id));
        m_preview->setItem(r, 1, item(c.name));
        m_preview->setItem(r, 2, item(kindLabel(c.kind)));
        m_preview->setItem(r, 3, item(c.version.text()));
    }
    m_preview->resizeColumnsToContents();
    const QString counts = tr("Components: %1, dependencies: %2, warnings: %3 (hover to read "
                              "them)")
                               .arg(estate.componentCount())
                               .arg(estate.dependencyCount())
                               .arg(result->warnings.size());
    m_status->setText(result->warnings.isEmpty()
                          ? counts
                          : counts + QLatin1Char('\n')
                                + tr("First: %1").arg(result->warnings.front()));
    QStringList shown = result->warnings.mid(0, 25);
    if (result->warnings.size() > shown.size())
        shown.append(tr("... and %1 more").arg(result->warnings.size() - shown.size()));
    m_status->setToolTip(shown.join(QLatin1Char('\n')));
}

QString CsvMappingDialog::saveMapping(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(writeCsvMapping(m_mapping));
    if (!file.commit())
        return file.errorString();
    return {};
}

void CsvMappingDialog::chooseRelations()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Relations File"),
                                                      QFileInfo(m_path).absolutePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setRelationsPath(path);
}

void CsvMappingDialog::chooseSaveFile()
{
    const QFileInfo info(m_path);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping"),
                                                      info.dir().filePath(
                                                          info.completeBaseName()
                                                          + QStringLiteral(".mapping.json")),
                                                      tr("Mapping files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString problem = saveMapping(path);
    if (!problem.isEmpty())
        m_status->setText(tr("The mapping could not be saved: %1").arg(problem));
    else
        m_status->setText(tr("Mapping saved to %1; use it with --mapping on the command line.")
                              .arg(QDir::toNativeSeparators(path)));
}

CsvMappingDialog::~CsvMappingDialog()
{
    disconnectChildren(this);
}

} // namespace planner
