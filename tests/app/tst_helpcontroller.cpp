// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"
#include "HelpController.h"
#include "MainWindow.h"
#include "panels/AboutDialog.h"
#include "panels/GuideDialog.h"
#include "timeline/TimelinePanel.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_HelpController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void helpMenuHoldsGuideOnF1AndAbout();
    void f1OpensTheGuideAtTheTabShown();
    void everyTabHasASection();
    void aboutShowsTheLicences();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void tst_HelpController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
}

void tst_HelpController::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_HelpController::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
}

void tst_HelpController::helpMenuHoldsGuideOnF1AndAbout()
{
    QMenu *help = nullptr;
    for (QAction *action : m_window->menuBar()->actions())
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Help"))
            help = action->menu();
    QVERIFY(help);
    // The last menu of the bar, as people expect it.
    QCOMPARE(m_window->menuBar()->actions().constLast()->menu(), help);
    HelpController *controller = m_window->helpController();
    QVERIFY(help->actions().contains(controller->guideAction()));
    QVERIFY(help->actions().contains(controller->aboutAction()));
    QVERIFY(help->actions().contains(controller->aboutQtAction()));
    QCOMPARE(controller->guideAction()->shortcut(), QKeySequence(Qt::Key_F1));
    QCOMPARE(controller->aboutAction()->text().remove(QLatin1Char('&')),
             QStringLiteral("About Upgrade Planner"));
}

void tst_HelpController::f1OpensTheGuideAtTheTabShown()
{
    QTabWidget *tabs = m_window->tabs();
    tabs->setCurrentWidget(m_window->timeline());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    tabs->currentWidget()->setFocus();
    QTest::keyClick(m_window, Qt::Key_F1);
    auto *guide = m_window->findChild<GuideDialog *>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QTRY_COMPARE(guide->currentSection(), QStringLiteral("Timeline"));

    // Again from another tab: the same window, now at that tab's section.
    tabs->setCurrentIndex(0);
    m_window->helpController()->guideAction()->trigger();
    QCOMPARE(m_window->findChildren<GuideDialog *>().size(), 1);
    QTRY_COMPARE(guide->currentSection(), QStringLiteral("Inventory"));
}

void tst_HelpController::everyTabHasASection()
{
    // A view added later without a section in docs/guide.md fails here.
    const QStringList sections = GuideDialog().sections();
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QString section = m_window->helpController()->contextSection();
        QVERIFY2(sections.contains(section), qPrintable(tabs->tabText(i)));
        QVERIFY2(section.contains(tabs->tabText(i).remove(QLatin1Char('&'))),
                 qPrintable(tabs->tabText(i)));
    }
}

void tst_HelpController::aboutShowsTheLicences()
{
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *about = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
        if (!about)
            return;
        shown = about->text();
        about->reject();
    });
    m_window->helpController()->aboutAction()->trigger();
    QVERIFY(shown.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(shown.contains(QStringLiteral("endoflife.date")));
}

QTEST_MAIN(tst_HelpController)
#include "tst_helpcontroller.moc"
