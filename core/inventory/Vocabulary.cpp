// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

#include <QCoreApplication>

#include <span>

namespace planner {

namespace {

struct Text
{
    const char *source;  // the label in English, context "Vocabulary"
    const char *comment; // which list: tells translators "emergency" (urgency) from (category)
};

struct Word
{
    const char *word;
    Text label;
};

constexpr Word changeReasons[] = {
    {"security", QT_TRANSLATE_NOOP3("Vocabulary", "Security", "change reason")},
    {"bug", QT_TRANSLATE_NOOP3("Vocabulary", "Bug fix", "change reason")},
    {"compliance", QT_TRANSLATE_NOOP3("Vocabulary", "Compliance", "change reason")},
    {"end-of-support", QT_TRANSLATE_NOOP3("Vocabulary", "End of support", "change reason")},
    {"performance", QT_TRANSLATE_NOOP3("Vocabulary", "Performance", "change reason")},
    {"feature", QT_TRANSLATE_NOOP3("Vocabulary", "New features", "change reason")},
    {"hardware", QT_TRANSLATE_NOOP3("Vocabulary", "Hardware", "change reason")},
    {"integration", QT_TRANSLATE_NOOP3("Vocabulary", "Integration", "change reason")},
    {"optional", QT_TRANSLATE_NOOP3("Vocabulary", "Optional", "change reason")},
};
constexpr Word urgencies[] = {
    {"emergency", QT_TRANSLATE_NOOP3("Vocabulary", "Emergency", "urgency")},
    {"urgent", QT_TRANSLATE_NOOP3("Vocabulary", "Urgent", "urgency")},
    {"planned", QT_TRANSLATE_NOOP3("Vocabulary", "Planned", "urgency")},
    {"deferrable", QT_TRANSLATE_NOOP3("Vocabulary", "Deferrable", "urgency")},
};
constexpr Word configKinds[] = {
    {"parameter", QT_TRANSLATE_NOOP3("Vocabulary", "Parameter", "configuration kind")},
    {"routing-rule", QT_TRANSLATE_NOOP3("Vocabulary", "Routing rule", "configuration kind")},
    {"permission", QT_TRANSLATE_NOOP3("Vocabulary", "Permission", "configuration kind")},
    {"integration-key", QT_TRANSLATE_NOOP3("Vocabulary", "Integration key", "configuration kind")},
    {"scheduled-job", QT_TRANSLATE_NOOP3("Vocabulary", "Scheduled job", "configuration kind")},
    {"service-account", QT_TRANSLATE_NOOP3("Vocabulary", "Service account", "configuration kind")},
    {"firewall-rule", QT_TRANSLATE_NOOP3("Vocabulary", "Firewall rule", "configuration kind")},
    {"certificate", QT_TRANSLATE_NOOP3("Vocabulary", "Certificate", "configuration kind")},
    {"custom-script", QT_TRANSLATE_NOOP3("Vocabulary", "Custom script", "configuration kind")},
    {"other", QT_TRANSLATE_NOOP3("Vocabulary", "Other", "configuration kind")},
};
constexpr Word backupPoints[] = {
    {"before-step", QT_TRANSLATE_NOOP3("Vocabulary", "Before the step", "backup taken")},
    {"before-window", QT_TRANSLATE_NOOP3("Vocabulary", "Before the window", "backup taken")},
    {"nightly", QT_TRANSLATE_NOOP3("Vocabulary", "Nightly", "backup taken")},
    {"continuous", QT_TRANSLATE_NOOP3("Vocabulary", "Continuous", "backup taken")},
};
constexpr Word processCategories[] = {
    {"emergency", QT_TRANSLATE_NOOP3("Vocabulary", "Emergency services", "process category")},
    {"payment", QT_TRANSLATE_NOOP3("Vocabulary", "Payments", "process category")},
    {"production-control",
     QT_TRANSLATE_NOOP3("Vocabulary", "Production control", "process category")},
    {"public-service", QT_TRANSLATE_NOOP3("Vocabulary", "Public service", "process category")},
};
constexpr Word messageTimings[] = {
    {"before", QT_TRANSLATE_NOOP3("Vocabulary", "Before", "message sent before or after")},
    {"after", QT_TRANSLATE_NOOP3("Vocabulary", "After", "message sent before or after")},
};
constexpr Word rollbackStatuses[] = {
    {"none", QT_TRANSLATE_NOOP3("Vocabulary", "None", "rolled back")},
    {"partial", QT_TRANSLATE_NOOP3("Vocabulary", "Partly", "rolled back")},
    {"full", QT_TRANSLATE_NOOP3("Vocabulary", "Fully", "rolled back")},
};

std::span<const Word> words(Vocabulary vocabulary)
{
    switch (vocabulary) {
    case Vocabulary::ChangeReason:
        return changeReasons;
    case Vocabulary::Urgency:
        return urgencies;
    case Vocabulary::ConfigKind:
        return configKinds;
    case Vocabulary::BackupPoint:
        return backupPoints;
    case Vocabulary::ProcessCategory:
        return processCategories;
    case Vocabulary::MessageTiming:
        return messageTimings;
    case Vocabulary::RollbackStatus:
        return rollbackStatuses;
    }
    return {};
}

QString label(const Word &w)
{
    return QCoreApplication::translate("Vocabulary", w.label.source, w.label.comment);
}

} // namespace

QStringList vocabularyWords(Vocabulary vocabulary)
{
    QStringList out;
    for (const Word &w : words(vocabulary))
        out.append(QLatin1String(w.word));
    return out;
}

QString vocabularyLabel(Vocabulary vocabulary, const QString &word)
{
    for (const Word &w : words(vocabulary))
        if (word == QLatin1String(w.word))
            return label(w);
    return word;
}

QStringList vocabularyLabels(Vocabulary vocabulary)
{
    QStringList out;
    for (const Word &w : words(vocabulary))
        out.append(label(w));
    return out;
}

} // namespace planner
