// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeMessages.h"

#include "inventory/Estate.h"
#include "schedule/ProcessReach.h"
#include "schedule/Schedule.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace planner {

QString messageTimeText(const QDateTime &wallClock)
{
    return wallClock.toString(u"yyyy-MM-dd HH:mm");
}

QString fillPlaceholders(QString text, const QString &window, const QDateTime &start,
                         const QDateTime &end, const QStringList &services,
                         const QString &limitations, const QString &contact, const QString &project)
{
    text.replace(QLatin1String("{window}"), window);
    text.replace(QLatin1String("{start}"), messageTimeText(start));
    text.replace(QLatin1String("{end}"), messageTimeText(end));
    text.replace(QLatin1String("{services}"), services.join(QStringLiteral(", ")));
    text.replace(QLatin1String("{limitations}"), limitations);
    text.replace(QLatin1String("{contact}"), contact);
    text.replace(QLatin1String("{project}"), project);
    return text;
}

QList<FilledMessage> fillMessages(const Estate &estate, const Schedule &schedule)
{
    QList<FilledMessage> out;
    if (estate.records.messages.isEmpty())
        return out;
    const ProcessReach reach = reachProcesses(estate);

    struct Sorted
    {
        QDateTime send;
        int templateIndex;
        int occurrence;
        FilledMessage message;
    };
    std::vector<Sorted> list;
    for (int o = 0; o < schedule.windows.size(); ++o) {
        const WindowOccurrence &w = schedule.windows[o];
        if (!w.isUsed())
            continue;
        // What it touches: the processes relying on its steps' components, in estate order;
        // the components themselves when no process relies on them.
        std::set<int> processes;
        QStringList components;
        for (int k : w.steps) {
            const QString &id = schedule.steps[k].component;
            const int row = estate.indexOf(id);
            if (row < 0)
                continue;
            for (int e = reach.start[size_t(row)]; e < reach.start[size_t(row) + 1]; ++e)
                processes.insert(reach.processes[size_t(e)]);
            const QString name = estate.component(row).name.isEmpty() ? id
                                                                      : estate.component(row).name;
            if (!components.contains(name))
                components << name;
        }
        QStringList services;
        for (int p : processes)
            services << (estate.processes[p].name.isEmpty() ? estate.processes[p].id
                                                            : estate.processes[p].name);
        if (services.isEmpty())
            services = components;

        for (int t = 0; t < estate.records.messages.size(); ++t) {
            const MessageTemplate &m = estate.records.messages[t];
            if (!m.window.isEmpty() && m.window != w.window)
                continue;
            FilledMessage f;
            f.templateId = m.id;
            f.audience = m.audience;
            f.when = m.when;
            f.window = w.window;
            f.occurrence = w.key();
            f.windowStart = w.start;
            f.windowEnd = w.end;
            f.send = m.when == u"after" ? w.end.addSecs(qint64(m.hours) * 3600)
                                        : w.start.addSecs(-qint64(m.hours) * 3600);
            f.services = services;
            const auto fill = [&](const QString &text) {
                return fillPlaceholders(text, w.window, w.start, w.end, services, m.limitations,
                                        m.contact, estate.project.name);
            };
            f.subject = fill(m.subject);
            f.body = fill(m.body);
            list.push_back({f.send, t, o, std::move(f)});
        }
    }
    std::stable_sort(list.begin(), list.end(), [](const Sorted &a, const Sorted &b) {
        return std::tie(a.send, a.templateIndex, a.occurrence)
               < std::tie(b.send, b.templateIndex, b.occurrence);
    });
    for (Sorted &s : list)
        out.push_back(std::move(s.message));
    return out;
}

} // namespace planner
