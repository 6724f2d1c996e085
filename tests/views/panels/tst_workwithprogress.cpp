// SPDX-License-Identifier: GPL-3.0-or-later
// Long work in a worker: quick work shows no dialog, slow work shows one after a second, and
// Cancel gives up waiting without waiting for the worker.
#include "panels/WorkWithProgress.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QPushButton>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace planner;

class tst_WorkWithProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quickWorkShowsNoDialog();
    void slowWorkShowsProgressAndReturnsTheResult();
    void cancelGivesUpWaiting();
};

namespace {
QProgressDialog *visibleProgress()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *p = qobject_cast<QProgressDialog *>(w); p && p->isVisible())
            return p;
    return nullptr;
}
} // namespace

void tst_WorkWithProgress::quickWorkShowsNoDialog()
{
    QMainWindow window;
    bool sawDialog = false;
    QTimer::singleShot(0, [&] { sawDialog = visibleProgress() != nullptr; });
    const std::optional<int> result = runWithProgress(&window, QStringLiteral("Adding…"),
                                                      [] { return 6 * 7; });
    QVERIFY(result.has_value());
    QCOMPARE(*result, 42);
    QVERIFY(!sawDialog);
}

void tst_WorkWithProgress::slowWorkShowsProgressAndReturnsTheResult()
{
    QMainWindow window;
    window.show();
    QString label;
    bool hasCancel = true;
    QTimer::singleShot(progressAfterMilliseconds + 300, [&] {
        if (QProgressDialog *p = visibleProgress()) {
            label = p->labelText();
            hasCancel = p->findChild<QPushButton *>() != nullptr;
        }
    });
    const std::optional<QString> result = runWithProgress(
        &window, QStringLiteral("Saving big.uplan…"),
        [] {
            QThread::msleep(progressAfterMilliseconds + 800);
            return QStringLiteral("saved");
        },
        false);
    QCOMPARE(result.value_or(QString()), QStringLiteral("saved"));
    QCOMPARE(label, QStringLiteral("Saving big.uplan…"));
    QVERIFY2(!hasCancel, "a save cannot be cancelled half way");
    QVERIFY(!visibleProgress());
}

void tst_WorkWithProgress::cancelGivesUpWaiting()
{
    QMainWindow window;
    window.show();
    std::atomic<bool> release = false;
    QTimer::singleShot(progressAfterMilliseconds + 300, [&] {
        // What the user does: press the dialog's Cancel button.
        if (QProgressDialog *p = visibleProgress())
            if (auto *button = p->findChild<QPushButton *>())
                button->click();
    });
    // Should no dialog show, the work ends anyway and the test fails instead of hanging.
    QTimer::singleShot(8000, [&release] { release = true; });
    QElapsedTimer clock;
    clock.start();
    const std::optional<int> result = runWithProgress(&window, QStringLiteral("Importing…"),
                                                      [&release] {
                                                          while (!release)
                                                              QThread::msleep(10);
                                                          return 1;
                                                      });
    release = true;
    QVERIFY(!result.has_value());
    QVERIFY(clock.elapsed() < 10000);
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_MAIN(tst_WorkWithProgress)
#include "tst_workwithprogress.moc"
