// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixesPanel.h"

#include "AnalysisRunner.h"
#include "commands/ReplaceEstateCommand.h"
#include "inventory/EstateStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace planner {

FixesPanel::FixesPanel(EstateStore *store, QUndoStack *undoStack, AnalysisRunner *runner,
                       QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_runner(runner)
    , m_heading(new QLabel(this))
    , m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("fixesPanel"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(m_heading);
    // The fixes scroll, each at the height its wrapped text needs: squeezed into a short
    // panel (1280 x 720) they would otherwise be cut after their first line.
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(m_rows);
    listLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("fixesScroll"));
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    connect(&m_watcher, &QFutureWatcher<QList<Fix>>::finished, this, [this] {
        if (m_again) {
            m_again = false;
            start();
            return;
        }
        m_fixes = m_watcher.result();
        showFixes();
    });
    // Always current: once the analysis of an edit is in, the fixes are looked for again.
    connect(m_runner, &AnalysisRunner::findingsChanged, this, [this] {
        if (m_conflict)
            start();
    });
    setConflict(std::nullopt);
}

FixesPanel::~FixesPanel()
{
    m_watcher.waitForFinished();
}

void FixesPanel::setConflict(const std::optional<Conflict> &conflict)
{
    m_conflict = conflict && isBlockingConflict(*conflict) ? conflict : std::nullopt;
    m_fixes.clear();
    if (!m_conflict) {
        showFixes();
        return;
    }
    start();
}

void FixesPanel::start()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    if (!m_conflict || m_runner->isBusy() || !m_runner->hasResults()) {
        m_fixes.clear();
        showFixes();
        return;
    }
    m_generation = m_runner->resultGeneration();
    m_heading->setText(tr("Looking for the smallest fixes…"));
    m_watcher.setFuture(
        QtConcurrent::run([estate = m_runner->analysedEstate(), plan = m_runner->plan(),
                           schedule = m_runner->schedule(), conflict = *m_conflict] {
            return fixesForConflict(estate, plan, schedule, conflict);
        }));
}

void FixesPanel::showFixes()
{
    for (QPushButton *b : std::as_const(m_buttons))
        b->parentWidget()->deleteLater();
    m_buttons.clear();
    if (!m_conflict) {
        m_heading->setText(QStringLiteral("<span style=\"color:gray\">%1</span>")
                               .arg(tr("Select an error that blocks the plan to see the smallest "
                                       "changes that would resolve it.")
                                        .toHtmlEscaped()));
        Q_EMIT fixesShown();
        return;
    }
    if (m_runner->isBusy() || m_watcher.isRunning()) {
        m_heading->setText(tr("Looking for the smallest fixes…"));
        return;
    }
    m_heading->setText(m_fixes.isEmpty()
                           ? tr("<b>No fix found</b> by changing one window, phase, person or "
                                "target; see the reason above.")
                           : tr("<b>Smallest fixes</b>, each checked by planning again:"));
    for (int i = 0; i < m_fixes.size(); ++i) {
        auto *row = new QWidget;
        auto *line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        auto *button = new QPushButton(m_fixes[i].kind == QLatin1String(fixkind::waiver)
                                           ? tr("Waive…")
                                           : tr("Apply"),
                                       row);
        button->setObjectName(QStringLiteral("applyFix%1").arg(i));
        button->setToolTip(tr("Make this change (Edit > Undo takes it back)"));
        auto *text = new QLabel(m_fixes[i].description, row);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        line->addWidget(button, 0, Qt::AlignTop);
        line->addWidget(text, 1);
        m_rows->addWidget(row);
        m_buttons.append(button);
        connect(button, &QPushButton::clicked, this, [this, i] { apply(i); });
    }
    Q_EMIT fixesShown();
}

bool FixesPanel::apply(int index)
{
    if (index < 0 || index >= m_fixes.size())
        return false;
    if (m_runner->generation() != m_generation) {
        Q_EMIT message(tr("The project changed; the fixes are being checked again"));
        start();
        return false;
    }
    const Fix fix = m_fixes[index];
    if (fix.kind == QLatin1String(fixkind::waiver)) {
        Q_EMIT waiverRequested();
        return true;
    }
    m_undoStack->push(
        new ReplaceEstateCommand(m_store, fix.estate,
                                 tr("Fix: %1").arg(
                                     fix.description.section(QLatin1Char(':'), 0, 0))));
    Q_EMIT message(tr("Applied: %1").arg(fix.description));
    return true;
}

} // namespace planner
