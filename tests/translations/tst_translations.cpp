// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI in German and in Simplified Chinese: every string the program asks to translate while
// it opens the sample, runs its analysis and shows every tab, change page, the preferences and
// the dialogs (About, the CSV column mapping, the merge review, the plan's export options, the
// scenario comparison, a save's conflicts, the project's properties, a waiver, a new
// dependency, the guide) finds a translation. A string whose context in the code differs from
// the one lupdate filed it under would show in English; this is the test that sees it.
// No text is clipped either: no label, button or group title on screen is narrower or lower
// than its text needs, nor cut off by what holds it. With UPLAN_SCREENSHOT_DIR set, it also
// writes a PNG of each at 1600x1000 and 1280x720.
#include "AnalysisController.h"
#include "MainWindow.h"
#include "analysis/AnalysisRunner.h"
#include "analysis/WaiverDialog.h"
#include "changes/ChangePanel.h"
#include "changes/ScenarioCompareDialog.h"
#include "exchange/CsvMappingDialog.h"
#include "exchange/EstateMerge.h"
#include "panels/AboutDialog.h"
#include "panels/AddDependencyDialog.h"
#include "panels/EditConflictDialog.h"
#include "panels/GuideDialog.h"
#include "panels/MergeReviewDialog.h"
#include "panels/PreferencesDialog.h"
#include "panels/ProjectPropertiesDialog.h"
#include "report/ExportPlanDialog.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <memory>

#include "Document.h"

using namespace planner;

namespace {

/// Answers from the program's .qm and notes every source it has no answer for.
class RecordingTranslator : public QTranslator
{
public:
    QSet<QString> missing;

    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        const QString text = QTranslator::translate(context, source, disambiguation, n);
        const QString ctx = QString::fromUtf8(context);
        const QString src = QString::fromUtf8(source);
        // Qt's own dialogs and widgets (QDialogButtonBox, QLineEdit's menu...) are Qt's
        // translations' business; a source without a letter needs no translation.
        const bool qtOwn = ctx.startsWith(u'Q') && ctx != QLatin1String("QObject");
        bool hasLetter = false;
        for (const QChar c : src)
            hasLetter = hasLetter || c.isLetter();
        if (text.isEmpty() && !qtOwn && hasLetter)
            const_cast<RecordingTranslator *>(this)->missing.insert(ctx + QStringLiteral(" | ")
                                                                    + src);
        return text;
    }
};

/// A widget that shows a text of its own: a label that does not wrap, a button with a text
/// shown, a group box's title.
QString shownText(const QWidget *w)
{
    if (auto *label = qobject_cast<const QLabel *>(w))
        return label->wordWrap() ? QString() : label->text();
    if (auto *tool = qobject_cast<const QToolButton *>(w))
        return tool->toolButtonStyle() == Qt::ToolButtonIconOnly ? QString() : tool->text();
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text();
    if (auto *group = qobject_cast<const QGroupBox *>(w))
        return group->title();
    return {};
}

/// Every text in @p top that is clipped: its widget narrower or lower than the text needs (a
/// layout squeezed below its minimum, as a lengthened translation does), or cut off by an
/// ancestor it sticks out of. Inside a scroll area, being cut off by the viewport is scrolling.
QStringList clippedTexts(QWidget *top, const QString &where)
{
    QStringList found;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        const QString text = shownText(w);
        if (text.isEmpty() || !w->isVisible() || w->window() != top->window())
            continue;
        const QSize need = w->minimumSizeHint();
        QString problem;
        if (w->width() < need.width() || w->height() < need.height()) {
            problem = QStringLiteral("is %1x%2, needs %3x%4")
                          .arg(w->width())
                          .arg(w->height())
                          .arg(need.width())
                          .arg(need.height());
        } else {
            bool scrolled = false;
            for (QWidget *p = w->parentWidget(); p && !scrolled; p = p->parentWidget())
                scrolled = qobject_cast<QAbstractScrollArea *>(p) != nullptr;
            // The part of it its ancestors leave on screen.
            QRect shown = w->rect();
            QPoint offset;
            for (QWidget *c = w; c->parentWidget() && !c->isWindow(); c = c->parentWidget()) {
                offset += c->pos();
                shown &= c->parentWidget()->rect().translated(-offset);
            }
            if (!scrolled && !shown.isEmpty()
                && (shown.width() < need.width() || shown.height() < need.height()))
                problem = QStringLiteral("shows %1x%2 of %3x%4")
                              .arg(shown.width())
                              .arg(shown.height())
                              .arg(need.width())
                              .arg(need.height());
        }
        if (!problem.isEmpty())
            found << QStringLiteral("%1: %2 \"%3\" (%4) %5")
                         .arg(where, QString::fromLatin1(w->metaObject()->className()),
                              text.left(60).replace(u'\n', u' '), w->objectName(), problem);
    }
    return found;
}

/// clippedTexts() once the layout has settled: on a loaded machine a dock or a page may still
/// be mid-layout when first looked at. Clipping that lasts two seconds is real.
QStringList settledClippedTexts(QWidget *top, const QString &where)
{
    QStringList found = clippedTexts(top, where);
    for (int wait = 0; wait < 20 && !found.isEmpty(); ++wait) {
        QTest::qWait(100);
        found = clippedTexts(top, where);
    }
    return found;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void clippedTextIsSeen();
    void everyShownStringIsTranslated_data();
    void everyShownStringIsTranslated();

private:
    QTemporaryDir m_dir;
};

void tst_Translations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
}

void tst_Translations::clippedTextIsSeen()
{
    // The check itself: a label and a button squeezed below their text, a label cut off by
    // the frame it sticks out of; and the same widgets with room, not reported.
    QWidget window;
    window.resize(400, 200);
    auto *label = new QLabel(QStringLiteral("Abhängigkeiten der ausgewählten Komponente"), &window);
    auto *button = new QPushButton(QStringLiteral("Szenarien vergleichen"), &window);
    auto *frame = new QWidget(&window);
    auto *inner = new QLabel(QStringLiteral("Rollback-Auslöser"), frame);
    label->setGeometry(0, 0, 400, 30);
    button->setGeometry(0, 40, button->minimumSizeHint().width(), 30);
    frame->setGeometry(0, 80, 400, 40);
    inner->setGeometry(0, 0, inner->minimumSizeHint().width(), inner->minimumSizeHint().height());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(clippedTexts(&window, QStringLiteral("roomy")), QStringList());

    label->resize(label->minimumSizeHint().width() / 2, 30);
    button->resize(button->minimumSizeHint().width() - 20, 30);
    frame->resize(inner->width() / 2, 40);
    const QStringList found = clippedTexts(&window, QStringLiteral("squeezed"));
    QCOMPARE(found.size(), 3);
    QVERIFY2(found.join(u'\n').contains(QStringLiteral("QLabel \"Rollback-Auslöser\" () shows")),
             qPrintable(found.join(u'\n')));
}

void tst_Translations::everyShownStringIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN");
}

void tst_Translations::everyShownStringIsTranslated()
{
    QFETCH(QString, language);
    RecordingTranslator translator;
    QVERIFY(translator.load(QStringLiteral(UPLAN_BINARY_DIR "/app/upgrade-planner_") + language
                            + QStringLiteral(".qm")));
    QVERIFY(QApplication::installTranslator(&translator));
    // Qt's own, for the standard buttons (OK, Cancel, Restore Defaults), as the program loads
    // it: the screenshots then show what a user sees.
    QTranslator qt;
    if (qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    QLocale::setDefault(QLocale(language));

    QStringList clipped;
    const QString shots = qEnvironmentVariable("UPLAN_SCREENSHOT_DIR");
    const auto shoot = [&](QWidget *widget, const QString &name) {
        if (!shots.isEmpty())
            widget->grab().save(shots + QStringLiteral("/%1-%2.png").arg(language, name));
    };
    for (const QSize size : {QSize(1600, 1000), QSize(1280, 720)}) {
        const QString sized = QStringLiteral("%1x%2-").arg(size.width()).arg(size.height());
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json")));
        AnalysisRunner *runner = window.analysis()->runner();
        QTRY_VERIFY_WITH_TIMEOUT(runner->hasResults() && !runner->isRunning(), 60000);
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QTest::qWait(50);
            shoot(&window, sized + QStringLiteral("tab%1").arg(i));
            clipped << settledClippedTexts(&window, sized + window.tabs()->tabText(i));
            QVERIFY2(window.width() <= size.width() && window.height() <= size.height(),
                     qPrintable(QStringLiteral("%1x%2 at %3")
                                    .arg(window.width())
                                    .arg(window.height())
                                    .arg(sized)));
        }
        for (int page = 0; page < ChangePanel::PageCount; ++page) {
            window.change()->setCurrentPage(ChangePanel::Page(page));
            QTest::qWait(50);
            shoot(&window, sized + QStringLiteral("change%1").arg(page));
            clipped << settledClippedTexts(&window,
                                           sized + QStringLiteral("change page %1").arg(page));
            // Nothing the translation lengthened forces the window wider than the screen.
            QVERIFY2(window.width() <= size.width() && window.height() <= size.height(),
                     qPrintable(QStringLiteral("%1x%2 at %3")
                                    .arg(window.width())
                                    .arg(window.height())
                                    .arg(sized)));
        }
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu())
                Q_EMIT menu->menu()->aboutToShow();
        QTimer::singleShot(0, &window, [&] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                QTest::qWait(50);
                shoot(dialog, sized + QStringLiteral("preferences"));
                clipped << settledClippedTexts(dialog, sized + QStringLiteral("preferences"));
                static_cast<QDialog *>(dialog)->reject();
            }
        });
        window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();

        // The dialogs, each shown as the program shows it, over the window.
        const Estate &estate = window.document()->estate();
        QList<QPair<QString, std::function<QDialog *()>>> dialogs;
        dialogs.append({QStringLiteral("about"), [&] { return new AboutDialog(&window); }});
        dialogs.append({QStringLiteral("guide"), [&] { return new GuideDialog(&window); }});
        dialogs.append(
            {QStringLiteral("csv-mapping"), [&] {
                 return new CsvMappingDialog(QStringLiteral(UPLAN_SOURCE_DIR
                                                            "/tests/exchange/data/csv/cmdb_ci.csv"),
                                             &window);
             }});
        dialogs.append({QStringLiteral("merge-review"), [&] {
                            MergeReport report;
                            report.added = {QStringLiteral("crm-app"), QStringLiteral("crm-db")};
                            report.changed = {{QStringLiteral("pg-core"), QStringLiteral("version"),
                                               QStringLiteral("14.11"), QStringLiteral("15.6")}};
                            report.unchanged = 12;
                            report.missing = {QStringLiteral("legacy-ftp")};
                            report.dependenciesAdded = 3;
                            report.dependenciesMissing = {
                                {QStringLiteral("web"), QStringLiteral("legacy-ftp"), {}}};
                            report.sectionsAdded = {QStringLiteral("site ber")};
                            return new MergeReviewDialog(QStringLiteral("cmdb_ci.csv"),
                                                         QStringLiteral("bank.uplan"), report,
                                                         &window);
                        }});
        dialogs.append({QStringLiteral("export-plan"), [&] {
                            return new ExportPlanDialog(estate,
                                                        m_dir.filePath(QStringLiteral("plan")),
                                                        &window);
                        }});
        dialogs.append({QStringLiteral("compare-scenarios"), [&] {
                            return new ScenarioCompareDialog(estate, {QStringLiteral("baseline")},
                                                             &window);
                        }});
        dialogs.append({QStringLiteral("edit-conflicts"), [&] {
                            const QList<EditConflict>
                                conflicts{{QStringLiteral("components"),
                                           QStringLiteral("pg-core"),
                                           {},
                                           QStringLiteral(R"({"id":"pg-core","target":"16.6"})"),
                                           QStringLiteral(R"({"id":"pg-core","target":"15.10"})"),
                                           QStringLiteral(R"({"id":"pg-core","target":"17.2"})"),
                                           false},
                                          {QStringLiteral("project"),
                                           {},
                                           QStringLiteral("name"),
                                           QStringLiteral(R"("Refresh")"),
                                           QStringLiteral(R"("Ledger")"),
                                           QStringLiteral(R"("Core 2027")"),
                                           false}};
                            return new EditConflictDialog(conflicts, {QStringLiteral("ana")}, 7,
                                                          &window);
                        }});
        dialogs.append({QStringLiteral("project-properties"),
                        [&] { return new ProjectPropertiesDialog(estate.project, &window); }});
        dialogs.append({QStringLiteral("waiver"), [&] {
                            const QList<Conflict> &all = runner->conflicts();
                            return new WaiverDialog(all.mid(0, 2), QDate(2027, 3, 31), &window);
                        }});
        dialogs.append({QStringLiteral("add-dependency"), [&] {
                            return new AddDependencyDialog(estate, {QStringLiteral("runs-on")},
                                                           estate.components().first().id, &window);
                        }});
        for (const auto &[name, make] : dialogs) {
            std::unique_ptr<QDialog> dialog(make());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            QTest::qWait(100); // a comparison or a preview fills in from a worker
            shoot(dialog.get(), sized + name);
            clipped << settledClippedTexts(dialog.get(), sized + name);
            dialog->reject();
        }
        window.document()->undoStack()->setClean();
    }
    QApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());

    QStringList missing(translator.missing.cbegin(), translator.missing.cend());
    missing.sort();
    clipped.removeDuplicates();
    QString problems;
    if (!missing.isEmpty())
        problems += QStringLiteral("%1 string(s) without a %2 translation:\n")
                        .arg(missing.size())
                        .arg(language)
                    + missing.join(u'\n') + u'\n';
    if (!clipped.isEmpty())
        problems += QStringLiteral("%1 clipped text(s) in %2:\n").arg(clipped.size()).arg(language)
                    + clipped.join(u'\n');
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
