// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeRecordModels.h"

#include "RecordColumns.h"

#include <QBrush>
#include <QColor>

namespace planner {

using namespace recordcolumns;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordModels)
};

const QString TimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

/// The first component with an upgrade that has no record in @p taken yet; else the first
/// moving one; else the first one; empty in an empty estate. New rows start there.
QString nextComponent(const Estate &estate, const QStringList &taken)
{
    QString moving;
    for (const Component &c : estate.components()) {
        if (!c.hasUpgrade())
            continue;
        if (!taken.contains(c.id))
            return c.id;
        if (moving.isEmpty())
            moving = c.id;
    }
    if (!moving.isEmpty())
        return moving;
    return estate.componentCount() > 0 ? estate.component(0).id : QString();
}

template<typename T>
QStringList componentsOf(const QList<T> &records)
{
    QStringList ids;
    for (const T &r : records)
        ids.append(r.component);
    return ids;
}

/// "<prefix>-N" with the smallest N not yet taken.
template<typename T>
QString freeId(const QList<T> &records, const QString &prefix)
{
    for (int n = int(records.size()) + 1;; ++n) {
        const QString id = prefix + u'-' + QString::number(n);
        if (std::none_of(records.cbegin(), records.cend(), [&](const T &r) { return r.id == id; }))
            return id;
    }
}

/// A unique, valid id column (acceptance checks, messages).
template<typename T>
RecordColumn<T> idColumn(EstateStore *store, QList<T> ChangeRecords::*list)
{
    RecordColumn<T> c = text(Tr::tr("Id"), &T::id,
                             Tr::tr("A short unique name, letters, digits, . _ : -"));
    c.set = [store, list](T &r, const QVariant &v) {
        const QString id = v.toString().trimmed();
        if (!isValidId(id))
            return Tr::tr("Id: “%1” is not a valid id (letters, digits and . _ : - only).").arg(id);
        const QList<T> &all = store->estate().records.*list;
        for (const T &other : all)
            if (other.id == id && other.id != r.id)
                return Tr::tr("Id: “%1” is taken already.").arg(id);
        r.id = id;
        return QString();
    };
    return c;
}

template<typename T>
typename RecordListModel<T>::Access listOf(QList<T> ChangeRecords::*list)
{
    return [list](ChangeRecords &r) { return &(r.*list); };
}

template<typename T>
std::function<QString(const T &)> componentField()
{
    return [](const T &r) { return r.component; };
}

QStringList windowIds(EstateStore *store)
{
    QStringList ids;
    for (const MaintenanceWindow &w : store->estate().windows)
        ids.append(w.id);
    return ids;
}

ExecutionRecord *executionOf(ChangeRecords &r, const QString &component)
{
    for (ExecutionRecord &e : r.executed)
        if (e.component == component)
            return &e;
    return nullptr;
}

} // namespace

QString phaseTimesText(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid())
        return end.isValid() ? QStringLiteral(".. ") + end.toString(TimeFormat) : QString();
    QString text = start.toString(TimeFormat);
    if (end.isValid())
        text += QStringLiteral(" - ")
                + end.toString(end.date() == start.date() ? QStringLiteral("HH:mm") : TimeFormat);
    return text;
}

bool parsePhaseTimes(const QString &input, QDateTime *start, QDateTime *end)
{
    const QString text = input.trimmed();
    *start = *end = QDateTime();
    if (text.isEmpty())
        return true;
    static const QRegularExpression separator(QStringLiteral("\\s+-\\s+|\\s*(–|\\.\\.)\\s*"));
    const QStringList parts = text.split(separator);
    if (parts.size() > 2)
        return false;
    const auto at = [](const QString &s) {
        const QDateTime t = QDateTime::fromString(s.trimmed(), TimeFormat);
        return t.isValid() ? QDateTime(t.date(), t.time(), Qt::UTC) : t;
    };
    if (!parts[0].trimmed().isEmpty()) {
        *start = at(parts[0]);
        if (!start->isValid())
            return false;
    }
    if (parts.size() == 2 && !parts[1].trimmed().isEmpty()) {
        const QTime time = QTime::fromString(parts[1].trimmed(), QStringLiteral("HH:mm"));
        if (time.isValid() && start->isValid()) {
            *end = QDateTime(start->date(), time, Qt::UTC);
            if (*end < *start)
                *end = end->addDays(1);
        } else {
            *end = at(parts[1]);
        }
        if (!end->isValid() || (start->isValid() && *end < *start))
            return false;
    }
    return true;
}

RecordListModel<ConfigItem> *newConfigurationModel(EstateStore *store, QUndoStack *undoStack,
                                                   std::function<QDate()> planEnd, QObject *parent)
{
    auto *m = new RecordListModel<ConfigItem>(store, undoStack,
                                              listOf(&ChangeRecords::configuration),
                                              Tr::tr("Edit configuration inventory"), parent);
    RecordColumn<ConfigItem> expires
        = date(Tr::tr("Expires"), &ConfigItem::expires,
               Tr::tr(
                   "Certificates and keys that expire; one that expires before the plan ends is a "
                   "conflict"));
    const auto expiresEarly = [planEnd](const ConfigItem &c) {
        const QDate end = planEnd ? planEnd() : QDate();
        return c.expires.isValid() && end.isValid() && c.expires <= end;
    };
    expires.background = [expiresEarly](const ConfigItem &c) {
        return expiresEarly(c) ? QVariant(QBrush(QColor(0xf6, 0xc6, 0xc6))) : QVariant();
    };
    expires.tip = [expiresEarly, planEnd](const ConfigItem &c) {
        return expiresEarly(c)
                   ? QVariant(Tr::tr("Expires before the plan ends (%1): renew it first")
                                  .arg(planEnd().toString(Qt::ISODate)))
                   : QVariant();
    };
    RecordColumn<ConfigItem> backedUp = check(Tr::tr("Backed up"), &ConfigItem::backedUp,
                                              Tr::tr("A copy exists that survives the upgrade"));
    backedUp.background = [](const ConfigItem &c) {
        return c.backedUp ? QVariant() : QVariant(QBrush(QColor(0xfb, 0xe7, 0xb5)));
    };
    m->setColumns({component(store, Tr::tr("Component"), &ConfigItem::component),
                   choice(Tr::tr("Kind"), &ConfigItem::kind, Vocabulary::ConfigKind),
                   text(Tr::tr("Name"), &ConfigItem::name),
                   text(Tr::tr("Where / what"), &ConfigItem::detail,
                        Tr::tr("Where it lives or what it holds")),
                   backedUp, expires});
    m->setComponentOf(componentField<ConfigItem>());
    m->setNewRecord([store](QString *) {
        ConfigItem c;
        c.component = nextComponent(store->estate(), {});
        c.kind = QStringLiteral("parameter");
        c.name = Tr::tr("new item");
        return std::optional<ConfigItem>(c);
    });
    return m;
}

RecordListModel<RollbackPlan> *newRollbackModel(EstateStore *store, QUndoStack *undoStack,
                                                QObject *parent)
{
    auto *m = new RecordListModel<RollbackPlan>(store, undoStack, listOf(&ChangeRecords::rollbacks),
                                                Tr::tr("Edit rollback plans"), parent);
    m->setColumns(
        {component(store, Tr::tr("Component"), &RollbackPlan::component),
         list(Tr::tr("Triggers"), &RollbackPlan::triggers,
              Tr::tr("What starts a rollback, separated by “;” (“login fails for 5 min”)")),
         text(Tr::tr("Who decides"), &RollbackPlan::decider),
         text(Tr::tr("What is restored"), &RollbackPlan::restores),
         minutes(Tr::tr("Minutes"), &RollbackPlan::minutes,
                 Tr::tr("Expected duration of the rollback")),
         text(Tr::tr("Data that may be lost"), &RollbackPlan::dataLoss),
         check(
             Tr::tr("Forward repair only"), &RollbackPlan::forwardOnly,
             Tr::tr(
                 "After the migration the old version cannot come back: only a forward repair"))});
    m->setComponentOf(componentField<RollbackPlan>());
    m->setNewRecord([store](QString *) {
        RollbackPlan r;
        r.component = nextComponent(store->estate(),
                                    componentsOf(store->estate().records.rollbacks));
        return std::optional<RollbackPlan>(r);
    });
    return m;
}

RecordListModel<PilotRecord> *newPilotModel(EstateStore *store, QUndoStack *undoStack,
                                            QObject *parent)
{
    auto *m = new RecordListModel<PilotRecord>(store, undoStack, listOf(&ChangeRecords::pilots),
                                               Tr::tr("Edit pilots"), parent);
    m->setColumns({component(store, Tr::tr("Component"), &PilotRecord::component),
                   text(Tr::tr("Environment"), &PilotRecord::environment,
                        Tr::tr("“test”, “staging”, “pilot branch Mainz”")),
                   date(Tr::tr("Date"), &PilotRecord::date),
                   list(Tr::tr("Devices"), &PilotRecord::devices),
                   list(Tr::tr("Roles"), &PilotRecord::roles),
                   list(Tr::tr("Data flows"), &PilotRecord::flows),
                   text(Tr::tr("What it showed"), &PilotRecord::result),
                   check(Tr::tr("Passed"), &PilotRecord::passed)});
    m->setComponentOf(componentField<PilotRecord>());
    m->setNewRecord([store](QString *) {
        PilotRecord p;
        p.component = nextComponent(store->estate(), componentsOf(store->estate().records.pilots));
        p.environment = QStringLiteral("test");
        p.date = store->estate().project.start;
        return std::optional<PilotRecord>(p);
    });
    return m;
}

RecordListModel<AcceptanceCheck> *newAcceptanceModel(EstateStore *store, QUndoStack *undoStack,
                                                     QObject *parent)
{
    auto *m = new RecordListModel<AcceptanceCheck>(store, undoStack,
                                                   listOf(&ChangeRecords::acceptance),
                                                   Tr::tr("Edit acceptance checks"), parent);
    RecordColumn<AcceptanceCheck> window = text(Tr::tr("Window"), &AcceptanceCheck::window,
                                                Tr::tr("For a check of the whole window"));
    window.choices = [store] { return QStringList{QString()} + windowIds(store); };
    window.set = [store](AcceptanceCheck &c, const QVariant &v) {
        const QString id = v.toString().trimmed();
        if (!id.isEmpty() && !windowIds(store).contains(id))
            return Tr::tr("Window: no maintenance window has the id “%1”.").arg(id);
        c.window = id;
        return QString();
    };
    m->setColumns({idColumn(store, &ChangeRecords::acceptance),
                   component(store, Tr::tr("Component"), &AcceptanceCheck::component, true), window,
                   text(Tr::tr("What to do"), &AcceptanceCheck::description),
                   text(Tr::tr("Expected result"), &AcceptanceCheck::expected),
                   check(Tr::tr("Core function"), &AcceptanceCheck::core,
                         Tr::tr("Core functions are checked first")),
                   check(Tr::tr("Log review"), &AcceptanceCheck::logReview)});
    m->setComponentOf(componentField<AcceptanceCheck>());
    m->setNewRecord([store](QString *) {
        AcceptanceCheck c;
        c.id = freeId(store->estate().records.acceptance, QStringLiteral("check"));
        c.component = nextComponent(store->estate(), {});
        return std::optional<AcceptanceCheck>(c);
    });
    return m;
}

RecordListModel<MessageTemplate> *newMessageModel(EstateStore *store, QUndoStack *undoStack,
                                                  QObject *parent)
{
    auto *m = new RecordListModel<MessageTemplate>(store, undoStack,
                                                   listOf(&ChangeRecords::messages),
                                                   Tr::tr("Edit messages"), parent);
    RecordColumn<MessageTemplate> window = text(Tr::tr("Window"), &MessageTemplate::window,
                                                Tr::tr("Empty: every window the plan uses"));
    window.choices = [store] { return QStringList{QString()} + windowIds(store); };
    window.display = [](const MessageTemplate &t) {
        return t.window.isEmpty() ? QVariant(Tr::tr("every used window")) : QVariant(t.window);
    };
    m->setColumns({idColumn(store, &ChangeRecords::messages),
                   text(Tr::tr("Audience"), &MessageTemplate::audience),
                   choice(Tr::tr("When"), &MessageTemplate::when, Vocabulary::MessageTiming),
                   number(Tr::tr("Hours"), &MessageTemplate::hours, 0,
                          Tr::tr("Hours before the window starts, or after it ends")),
                   window, text(Tr::tr("Subject"), &MessageTemplate::subject),
                   text(Tr::tr("Contact"), &MessageTemplate::contact),
                   text(Tr::tr("Limitations"), &MessageTemplate::limitations,
                        Tr::tr("What users cannot do meanwhile")),
                   text(Tr::tr("Body"), &MessageTemplate::body)});
    m->setNewRecord([store](QString *) {
        MessageTemplate t;
        t.id = freeId(store->estate().records.messages, QStringLiteral("message"));
        t.audience = Tr::tr("all users");
        t.when = QStringLiteral("before");
        t.subject = Tr::tr("Maintenance {start} to {end}");
        t.body = Tr::tr("Dear colleagues,\n\nfrom {start} to {end} we upgrade systems behind: "
                        "{services}.\n{limitations}\n\nQuestions: {contact}");
        return std::optional<MessageTemplate>(t);
    });
    return m;
}

RecordListModel<MonitoringPlan> *newMonitoringModel(EstateStore *store, QUndoStack *undoStack,
                                                    QObject *parent)
{
    auto *m = new RecordListModel<MonitoringPlan>(store, undoStack,
                                                  listOf(&ChangeRecords::monitoring),
                                                  Tr::tr("Edit monitoring"), parent);
    m->setColumns({component(store, Tr::tr("Component"), &MonitoringPlan::component),
                   text(Tr::tr("Metric"), &MonitoringPlan::metric, Tr::tr("“p95 login latency”")),
                   text(Tr::tr("Baseline"), &MonitoringPlan::baseline, Tr::tr("“180 ms”")),
                   number(Tr::tr("Hours watched"), &MonitoringPlan::hours, 1,
                          Tr::tr("From hours to a business cycle (168 = a week)"))});
    m->setComponentOf(componentField<MonitoringPlan>());
    m->setNewRecord([store](QString *) {
        MonitoringPlan p;
        p.component = nextComponent(store->estate(),
                                    componentsOf(store->estate().records.monitoring));
        return std::optional<MonitoringPlan>(p);
    });
    return m;
}

RecordListModel<ExecutionRecord> *newExecutionModel(EstateStore *store, QUndoStack *undoStack,
                                                    QObject *parent)
{
    auto *m = new RecordListModel<ExecutionRecord>(store, undoStack,
                                                   listOf(&ChangeRecords::executed),
                                                   Tr::tr("Edit upgrade record"), parent);
    QList<RecordColumn<ExecutionRecord>> columns{component(store, Tr::tr("Component"),
                                                           &ExecutionRecord::component),
                                                 text(Tr::tr("Reached version"),
                                                      &ExecutionRecord::to,
                                                      Tr::tr("Empty: its target"))};
    const QString phaseTitles[phaseCount] = {Tr::tr("Prepare"), Tr::tr("Backup"), Tr::tr("Execute"),
                                             Tr::tr("Verify"), Tr::tr("Rollback")};
    for (int p = 0; p < phaseCount; ++p) {
        RecordColumn<ExecutionRecord> c;
        c.header = phaseTitles[p];
        c.headerTip = Tr::tr("Actual start and end: 2027-05-15 22:00 - 22:40");
        c.value = [p](const ExecutionRecord &r) {
            return QVariant(phaseTimesText(r.started[p], r.ended[p]));
        };
        c.display = [p](const ExecutionRecord &r) {
            const std::optional<int> took = r.actualMinutes(Phase(p));
            const QString times = phaseTimesText(r.started[p], r.ended[p]);
            return took ? QVariant(Tr::tr("%1 (%2 min)").arg(times).arg(*took)) : QVariant(times);
        };
        c.set = [p, title = phaseTitles[p]](ExecutionRecord &r, const QVariant &v) {
            QDateTime start, end;
            if (!parsePhaseTimes(v.toString(), &start, &end))
                return Tr::tr("%1: write the start and end as 2027-05-15 22:00 - 22:40.").arg(title);
            r.started[p] = start;
            r.ended[p] = end;
            return QString();
        };
        columns.append(c);
    }
    columns.append(
        choice(Tr::tr("Rolled back"), &ExecutionRecord::rollback, Vocabulary::RollbackStatus));
    columns.append(list(Tr::tr("Follow-up actions"), &ExecutionRecord::followUps));
    m->setColumns(columns);
    m->setComponentOf(componentField<ExecutionRecord>());
    m->setNewRecord([store](QString *error) -> std::optional<ExecutionRecord> {
        const QStringList taken = componentsOf(store->estate().records.executed);
        const QString id = nextComponent(store->estate(), taken);
        if (id.isEmpty() || taken.contains(id)) {
            *error = Tr::tr("Every component with an upgrade has its record already.");
            return std::nullopt;
        }
        ExecutionRecord r;
        r.component = id;
        return r;
    });
    return m;
}

RecordListModel<CheckResult> *newCheckResultModel(EstateStore *store, QUndoStack *undoStack,
                                                  const QString &component, QObject *parent)
{
    auto *m = new RecordListModel<CheckResult>(store, undoStack, {}, Tr::tr("Edit check results"),
                                               parent);
    showExecutionOf(m, component);
    RecordColumn<CheckResult> check = text(Tr::tr("Check"), &CheckResult::check);
    check.choices = [store] {
        QStringList ids;
        for (const AcceptanceCheck &c : store->estate().records.acceptance)
            ids.append(c.id);
        return ids;
    };
    check.openChoices = true;
    check.tip = [store](const CheckResult &r) {
        for (const AcceptanceCheck &c : store->estate().records.acceptance)
            if (c.id == r.check)
                return QVariant(Tr::tr("%1\nExpected: %2").arg(c.description, c.expected));
        return QVariant();
    };
    m->setColumns({check, recordcolumns::check(Tr::tr("Passed"), &CheckResult::passed),
                   text(Tr::tr("Note"), &CheckResult::note)});
    m->setNewRecord([store, m](QString *) {
        // The first check of this component (or of every window) without a result yet.
        QStringList done;
        for (const CheckResult &r : m->records())
            done.append(r.check);
        CheckResult r;
        for (const AcceptanceCheck &c : store->estate().records.acceptance)
            if (!done.contains(c.id)) {
                r.check = c.id;
                break;
            }
        return std::optional<CheckResult>(r);
    });
    return m;
}

RecordListModel<ExecutionIssue> *newIssueModel(EstateStore *store, QUndoStack *undoStack,
                                               const QString &component, QObject *parent)
{
    auto *m = new RecordListModel<ExecutionIssue>(store, undoStack, {},
                                                  Tr::tr("Edit upgrade issues"), parent);
    showExecutionOf(m, component);
    m->setColumns({text(Tr::tr("Issue"), &ExecutionIssue::text),
                   text(Tr::tr("How it was solved"), &ExecutionIssue::resolution)});
    m->setNewRecord([](QString *) {
        ExecutionIssue i;
        i.text = Tr::tr("new issue");
        return std::optional<ExecutionIssue>(i);
    });
    return m;
}

void showExecutionOf(RecordListModel<CheckResult> *model, const QString &component)
{
    model->setAccess([component](ChangeRecords &r) -> QList<CheckResult> * {
        ExecutionRecord *e = executionOf(r, component);
        return e ? &e->checks : nullptr;
    });
}

void showExecutionOf(RecordListModel<ExecutionIssue> *model, const QString &component)
{
    model->setAccess([component](ChangeRecords &r) -> QList<ExecutionIssue> * {
        ExecutionRecord *e = executionOf(r, component);
        return e ? &e->issues : nullptr;
    });
}

RecordListModel<KindEstimate> *newEstimateModel(EstateStore *store, QUndoStack *undoStack,
                                                QObject *parent)
{
    auto *m = new RecordListModel<KindEstimate>(store, undoStack, listOf(&ChangeRecords::estimates),
                                                Tr::tr("Edit accepted estimates"), parent);
    RecordColumn<KindEstimate> kind;
    kind.header = Tr::tr("Kind");
    kind.value = [](const KindEstimate &e) { return QVariant(kindName(e.kind)); };
    kind.display = [](const KindEstimate &e) { return QVariant(kindLabel(e.kind)); };
    QList<RecordColumn<KindEstimate>> columns{kind};
    const QString phaseTitles[phaseCount] = {Tr::tr("Prepare"), Tr::tr("Backup"), Tr::tr("Execute"),
                                             Tr::tr("Verify"), Tr::tr("Rollback")};
    for (int p = 0; p < phaseCount; ++p) {
        RecordColumn<KindEstimate> c;
        c.header = phaseTitles[p];
        c.headerTip = Tr::tr("Minutes; empty: the built-in default");
        c.value = [p](const KindEstimate &e) {
            const auto &v = e.durations[Phase(p)];
            return v ? QVariant(QString::number(*v)) : QVariant(QString());
        };
        c.set = [p, title = phaseTitles[p]](KindEstimate &e, const QVariant &v) {
            const QString t = v.toString().trimmed();
            bool ok = true;
            const int n = t.toInt(&ok);
            if (!t.isEmpty() && (!ok || n < 0))
                return Tr::tr("%1: “%2” is not a number of minutes.").arg(title, t);
            e.durations[Phase(p)] = t.isEmpty() ? std::nullopt : std::optional<int>(n);
            return QString();
        };
        columns.append(c);
    }
    m->setColumns(columns);
    m->setNewRecord([](QString *error) -> std::optional<KindEstimate> {
        *error = Tr::tr("Estimates are accepted from planned against actual.");
        return std::nullopt;
    });
    return m;
}

} // namespace planner
