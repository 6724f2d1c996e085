// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI in German and in Simplified Chinese: every string the program asks to translate while
// it opens the sample, runs its analysis and shows every tab, change page and the preferences
// finds a translation. A string whose context in the code differs from the one lupdate filed it
// under would show in English; this is the test that sees it. With UPLAN_SCREENSHOT_DIR set, it
// also writes a PNG of every tab, change page and the preferences at 1600x1000 and 1280x720.
#include "AnalysisController.h"
#include "MainWindow.h"
#include "analysis/AnalysisRunner.h"
#include "changes/ChangePanel.h"
#include "panels/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

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

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
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
                static_cast<QDialog *>(dialog)->reject();
            }
        });
        window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        window.document()->undoStack()->setClean();
    }
    QApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());

    QStringList missing(translator.missing.cbegin(), translator.missing.cend());
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) without a %2 translation:\n")
                            .arg(missing.size())
                            .arg(language)
                        + missing.join(u'\n')));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
