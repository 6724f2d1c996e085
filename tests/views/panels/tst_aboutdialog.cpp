// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Lifecycle.h"
#include "panels/AboutDialog.h"
#include "plandoc/PlanDocument.h"

#include <QPushButton>
#include <QtTest>

using namespace planner;

class tst_AboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesVersionAndLicence();
    void namesTheDataAndItsDate();
    void namesThirdPartyLicences();
};

void tst_AboutDialog::namesVersionAndLicence()
{
    AboutDialog dialog;
    const QString text = dialog.text();
    QVERIFY(text.contains(QStringLiteral("Upgrade Planner ") + programVersion()));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
    QVERIFY(dialog.aboutQtButton()->isVisibleTo(&dialog));
}

void tst_AboutDialog::namesTheDataAndItsDate()
{
    const QString text = AboutDialog().text();
    QVERIFY(text.contains(QStringLiteral("endoflife.date")));
    QVERIFY(text.contains(QStringLiteral("MIT")));
    const QDate date = Lifecycle::bundled().dataDate();
    QVERIFY(date.isValid());
    QVERIFY2(text.contains(date.toString(Qt::ISODate)), qPrintable(text));
    // The MIT licence asks for its notice to be shown with the data.
    QVERIFY(text.contains(QStringLiteral("Permission is hereby granted")));
}

void tst_AboutDialog::namesThirdPartyLicences()
{
    const QString text = AboutDialog().text();
    for (const char *name :
         {"Qt", "LGPL-3.0", "Boost", "BSL-1.0", "OpenSSL", "Apache-2.0", "DejaVu"})
        QVERIFY2(text.contains(QLatin1String(name)), name);
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
