// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import dialog: columns preselected from ServiceNow's names, a column chosen by the
// user updates the preview, the mapping saved for the command line reads back the same.
#include "exchange/CsvMappingDialog.h"

#include "inventory/Component.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace Qt::StringLiterals;

namespace {

const QString dataDir = QStringLiteral(UPLAN_SOURCE_DIR "/tests/exchange/data/csv/");

void choose(QComboBox *combo, const QString &column)
{
    const int index = combo->findData(column);
    QVERIFY2(index >= 0, qPrintable(column));
    combo->setCurrentIndex(index);
}

} // namespace

class tst_CsvMappingDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void preselectsServiceNowColumns();
    void choosingAColumnUpdatesThePreview();
    void relationsAndWarnings();
    void semicolonFileAndSeparatorChoice();
    void savedMappingReadsBack();
    void brokenFileDisablesImport();
    void fitsA720pScreen();
};

void tst_CsvMappingDialog::preselectsServiceNowColumns()
{
    CsvMappingDialog dialog(dataDir + u"cmdb_ci.csv"_s);
    QCOMPARE(dialog.fieldCombo(CsvMapping::Id)->currentData().toString(), u"sys_id"_s);
    QCOMPARE(dialog.fieldCombo(CsvMapping::Name)->currentData().toString(), u"name"_s);
    QCOMPARE(dialog.fieldCombo(CsvMapping::Kind)->currentData().toString(), u"sys_class_name"_s);
    QCOMPARE(dialog.fieldCombo(CsvMapping::Version)->currentData().toString(), u"version"_s);
    QCOMPARE(dialog.fieldCombo(CsvMapping::Target)->currentData().toString(), QString());
    QCOMPARE(dialog.fieldCombo(CsvMapping::Target)->currentText(), u"(none)"_s);
    QCOMPARE(dialog.fieldCombo(CsvMapping::Site)->currentData().toString(), u"location"_s);
    QVERIFY(dialog.idsFromNamesCheck()->isChecked());
    QCOMPARE(dialog.fileTable()->columnCount(), 11);
    QCOMPARE(dialog.fileTable()->rowCount(), 13);
    QCOMPARE(dialog.previewTable()->rowCount(), 13);
    QCOMPARE(dialog.previewTable()->item(0, 0)->text(), u"fra-lb-01"_s);
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

void tst_CsvMappingDialog::choosingAColumnUpdatesThePreview()
{
    CsvMappingDialog dialog(dataDir + u"cmdb_ci.csv"_s);
    // fra-web-01 has no version of its own: os_version is its fallback.
    QCOMPARE(dialog.previewTable()->item(2, 3)->text(), u"8.9"_s);
    choose(dialog.fieldCombo(CsvMapping::Version), u"model_id"_s);
    QCOMPARE(dialog.mapping().column(CsvMapping::Version), u"model_id"_s);
    QCOMPARE(dialog.previewTable()->item(0, 3)->text(), u"BIG-IP i5800"_s);

    dialog.idsFromNamesCheck()->setChecked(false);
    QCOMPARE(dialog.previewTable()->item(0, 0)->text(), u"0a1b2c3d4e5f60718293a4b5c6d7e801"_s);

    choose(dialog.fieldCombo(CsvMapping::Kind), QString());
    QCOMPARE(dialog.mapping().column(CsvMapping::Kind), QString());
    QCOMPARE(dialog.previewTable()->item(0, 2)->text(), kindLabel(ComponentKind::Other));

    const Expected<Imported> imported = dialog.imported();
    QVERIFY(imported.ok());
    QVERIFY(!carries(imported->fields, ComponentField::Kind));
    QCOMPARE(imported->estate.component(0).version.text(), u"BIG-IP i5800"_s);
}

void tst_CsvMappingDialog::relationsAndWarnings()
{
    CsvMappingDialog dialog(dataDir + u"cmdb_ci.csv"_s);
    QVERIFY(dialog.statusLabel()->text().contains(u"Components: 13,"_s));
    QVERIFY(dialog.statusLabel()->text().contains(u"dependencies: 0,"_s));
    dialog.relationsEdit()->setText(u"cmdb_rel_ci.csv"_s); // relative to the components file
    QMetaObject::invokeMethod(dialog.relationsEdit(), "editingFinished");
    QVERIFY2(dialog.statusLabel()->text().contains(u"dependencies: 11,"_s),
             qPrintable(dialog.statusLabel()->text()));
    QVERIFY(dialog.statusLabel()->text().contains(u"warnings: 3 "_s));
    QVERIFY(dialog.statusLabel()->toolTip().contains(u"mainframe-01"_s));
    const Expected<Imported> imported = dialog.imported();
    QVERIFY(imported.ok());
    QCOMPARE(imported->estate.dependencyCount(), 11);

    dialog.setRelationsPath(dataDir + u"missing.csv"_s);
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog.statusLabel()->text().contains(u"missing.csv"_s));
}

void tst_CsvMappingDialog::semicolonFileAndSeparatorChoice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFHost;Release;Standort\r\nkasse01;3,1;Filiale Nord\r\n");
    f.close();
    CsvMappingDialog dialog(path);
    QCOMPARE(dialog.fileTable()->columnCount(), 3);
    // Not ServiceNow's names: the user says which column is which.
    QCOMPARE(dialog.fieldCombo(CsvMapping::Name)->currentData().toString(), QString());
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    choose(dialog.fieldCombo(CsvMapping::Name), u"Host"_s);
    choose(dialog.fieldCombo(CsvMapping::Version), u"Release"_s);
    choose(dialog.fieldCombo(CsvMapping::Site), u"Standort"_s);
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.previewTable()->item(0, 0)->text(), u"kasse01"_s);
    QCOMPARE(dialog.previewTable()->item(0, 3)->text(), u"3.1"_s); // a decimal comma

    // Forcing the comma: the header is one column, the row's "3,1" a second field.
    dialog.separatorCombo()->setCurrentIndex(dialog.separatorCombo()->findData(u","_s));
    QCOMPARE(dialog.mapping().separator, QChar(u','));
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY2(dialog.statusLabel()->text().contains(u"line 2"_s),
             qPrintable(dialog.statusLabel()->text()));
    dialog.separatorCombo()->setCurrentIndex(dialog.separatorCombo()->findData(u";"_s));
    QCOMPARE(dialog.fileTable()->columnCount(), 3);
}

void tst_CsvMappingDialog::savedMappingReadsBack()
{
    QTemporaryDir dir;
    CsvMappingDialog dialog(dataDir + u"cmdb_ci.csv"_s);
    choose(dialog.fieldCombo(CsvMapping::Owner), u"owned_by"_s);
    const QString path = dir.filePath(u"bank.mapping.json"_s);
    QCOMPARE(dialog.saveMapping(path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Expected<CsvMapping> back = readCsvMapping(f.readAll());
    QVERIFY(back.ok());
    QCOMPARE(*back, dialog.mapping());
    QCOMPARE(back->column(CsvMapping::Owner), u"owned_by"_s);

    CsvMappingDialog again(dataDir + u"cmdb_ci.csv"_s);
    again.setMapping(*back);
    QCOMPARE(again.fieldCombo(CsvMapping::Owner)->currentData().toString(), u"owned_by"_s);
}

void tst_CsvMappingDialog::brokenFileDisablesImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("sys_id,name\n1,\"never closed\n");
    f.close();
    CsvMappingDialog dialog(path);
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog.statusLabel()->text().contains(u"line 2"_s));
    QVERIFY(!dialog.imported().ok());
}

void tst_CsvMappingDialog::fitsA720pScreen()
{
    CsvMappingDialog dialog(dataDir + u"cmdb_ci.csv"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.minimumSizeHint().width() <= 1280 && dialog.minimumSizeHint().height() <= 680,
             qPrintable(u"%1x%2"_s.arg(dialog.minimumSizeHint().width())
                            .arg(dialog.minimumSizeHint().height())));
    QVERIFY(dialog.width() <= 1280 && dialog.height() <= 680);
    // UPLAN_SCREENSHOT=FILE.png keeps a picture of the dialog, for the documentation.
    if (const QString shot = qEnvironmentVariable("UPLAN_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(dialog.grab().save(shot));
}

QTEST_MAIN(tst_CsvMappingDialog)
#include "tst_csvmappingdialog.moc"
