// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/GuideDialog.h"

#include <QFile>
#include <QListWidget>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QtTest>

using namespace planner;

class tst_GuideDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hasASectionPerView();
    void explainsTheColours();
    void opensAtASection();
    void theContentsListJumps();
    void showsItsScreenshots();
};

// Every screenshot the guide names is compiled in, loads, and is shown no wider than the
// text, so the guide reads without scrolling sideways.
void tst_GuideDialog::showsItsScreenshots()
{
    GuideDialog dialog;
    QTextDocument *document = dialog.browser()->document();
    int images = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat format = it.fragment().charFormat().toImageFormat();
            if (!format.isValid())
                continue;
            ++images;
            QVERIFY2(QFile::exists(QStringLiteral(":/help/") + format.name()),
                     qPrintable(format.name()));
            const QVariant data = document->resource(QTextDocument::ImageResource,
                                                     QUrl(format.name()));
            QVERIFY2(data.isValid(), qPrintable(format.name()));
            QVERIFY2(format.width() > 0 && format.width() <= 600, qPrintable(format.name()));
            QVERIFY(format.height() > format.width() / 3);
        }
    QVERIFY2(images >= 6, qPrintable(QString::number(images)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.browser()->horizontalScrollBar()->maximum() == 0);
    if (const QString dir = qEnvironmentVariable("UPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.showSection(QStringLiteral("Change"));
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/guide-change.png")));
    }
}

void tst_GuideDialog::hasASectionPerView()
{
    GuideDialog dialog;
    const QStringList sections = dialog.sections();
    for (const char *view :
         {"Inventory", "Graph", "Plan", "Timeline", "Calendar", "Conflicts and Waivers",
          "Project Properties", "Signing and Verifying the Plan", "The Command Line"})
        QVERIFY2(sections.contains(QLatin1String(view)), view);
    QCOMPARE(dialog.contents()->count(), sections.size());
    // Shown as text, not as Markdown source.
    const QString text = dialog.browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Inventory")));
    QVERIFY(!text.contains(QStringLiteral("## ")));
    QVERIFY(!text.contains(QStringLiteral("**")));
}

void tst_GuideDialog::explainsTheColours()
{
    const QString text = GuideDialog().browser()->toPlainText();
    // The graph's key and the timeline's bars, as a new user needs them.
    for (const char *words :
         {"Red box", "Thick border", "Blue outline", "Orange outline", "Dashed arrow", "prepare",
          "backup", "execute", "verify", "go/no-go decision", "rollback reserve",
          "point of no return", "Waive", "plan.json", "verify"})
        QVERIFY2(text.contains(QLatin1String(words), Qt::CaseInsensitive), words);
}

void tst_GuideDialog::opensAtASection()
{
    GuideDialog dialog;
    QVERIFY(!dialog.showSection(QStringLiteral("No such section")));
    QVERIFY(dialog.showSection(QStringLiteral("Timeline")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(dialog.currentSection(), QStringLiteral("Timeline"));
    QVERIFY(dialog.browser()->verticalScrollBar()->value() > 0);
    QCOMPARE(dialog.contents()->currentItem()->text(), QStringLiteral("Timeline"));
    // Shown already: goes there at once.
    QVERIFY(dialog.showSection(QStringLiteral("Inventory")));
    QCOMPARE(dialog.currentSection(), QStringLiteral("Inventory"));
}

void tst_GuideDialog::theContentsListJumps()
{
    GuideDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QListWidgetItem *> items = dialog.contents()->findItems(QStringLiteral("Calendar"),
                                                                        Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    const QRect rect = dialog.contents()->visualItemRect(items.constFirst());
    QTest::mouseClick(dialog.contents()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(dialog.currentSection(), QStringLiteral("Calendar"));
}

QTEST_MAIN(tst_GuideDialog)
#include "tst_guidedialog.moc"
