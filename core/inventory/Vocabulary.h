// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The closed word lists of the interchange format (docs/inventory-format.md) in one place: the
// words themselves, which files, the JSON and the command line keep as they are, and each word
// as people read it in the GUI and the PDF, in the user's language.

#include <QString>
#include <QStringList>

namespace planner {

enum class Vocabulary {
    ChangeReason,    ///< project.reason: security bug compliance end-of-support ...
    Urgency,         ///< project.urgency: emergency urgent planned deferrable
    ConfigKind,      ///< configuration[].kind: parameter routing-rule ... other
    BackupPoint,     ///< backup.takenAt: before-step before-window nightly continuous
    ProcessCategory, ///< processes[].category: emergency payment production-control public-service
    MessageTiming,   ///< messages[].when: before after
    RollbackStatus,  ///< executed[].rollback: none partial full
};

/// The words of @p vocabulary, in the format's order.
QStringList vocabularyWords(Vocabulary vocabulary);
/// @p word as a label ("firewall-rule" reads "Firewall rule"); a word outside the vocabulary
/// (the open lists accept any) is returned as it is, an empty word as an empty text.
QString vocabularyLabel(Vocabulary vocabulary, const QString &word);
/// The labels of vocabularyWords(@p vocabulary), in the same order.
QStringList vocabularyLabels(Vocabulary vocabulary);

} // namespace planner
