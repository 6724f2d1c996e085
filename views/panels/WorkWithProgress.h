// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <utility>

namespace planner {

/// How long work may take before a progress dialog says what is going on.
inline constexpr int progressAfterMilliseconds = 1000;

/// Runs `work` (pure: it touches nothing the window shows) in a worker while the window stays
/// painted. For the first second the window takes no input and shows nothing more than a busy
/// cursor; after that a window-modal dialog names the work, and with `cancellable` offers Cancel,
/// which gives up waiting (the worker finishes on its own and its result is dropped). Returns the
/// result, or nothing when cancelled.
template<typename Work>
auto runWithProgress(QWidget *parent, const QString &label, Work &&work, bool cancellable = true)
    -> std::optional<decltype(work())>
{
    using Result = decltype(work());
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::forward<Work>(work)));
    if (!watcher.isFinished()) {
        QTimer later;
        later.setSingleShot(true);
        QObject::connect(&later, &QTimer::timeout, &loop, &QEventLoop::quit);
        later.start(progressAfterMilliseconds);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!watcher.isFinished()) {
        QProgressDialog progress(label, QString(), 0, 0, parent);
        progress.setWindowTitle(QCoreApplication::applicationName());
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        if (cancellable)
            progress.setCancelButtonText(QCoreApplication::translate("WorkWithProgress", "Cancel"));
        else
            progress.setCancelButton(nullptr);
        bool cancelled = false;
        const auto giveUp = [&] {
            if (!cancellable)
                return;
            cancelled = true;
            loop.quit();
        };
        // Cancel, Escape or closing the dialog all mean the same.
        QObject::connect(&progress, &QProgressDialog::canceled, &loop, giveUp);
        QObject::connect(&progress, &QDialog::rejected, &loop, giveUp);
        progress.show();
        if (!watcher.isFinished())
            loop.exec();
        if (cancelled)
            return std::nullopt;
    }
    return watcher.result();
}

} // namespace planner
