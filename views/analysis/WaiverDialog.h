// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat/Conflict.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QDialogButtonBox;
class QPlainTextEdit;

namespace planner {

/// Asks why conflicts may be accepted and until when: a waiver keeps the conflict listed,
/// marked as waived, and stops it from blocking the plan until the end of its expiry day.
class WaiverDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p conflicts are the ones to waive (shown for reference); @p suggestedExpiry is the date
    /// the form starts with.
    WaiverDialog(const QList<Conflict> &conflicts, QDate suggestedExpiry, QWidget *parent = nullptr);

    /// The reason as typed, trimmed; OK stays disabled while it is empty.
    QString reason() const;
    /// The last day the waiver holds; null when it does not expire.
    QDate expires() const;
    /// Who accepts it (the change board, a person), trimmed; may be empty.
    QString by() const;
    QLineEdit *byEdit() const { return m_by; }

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QCheckBox *expiresCheck() const { return m_expires; }

private:
    void updateButtons();

    QPlainTextEdit *m_reason;
    QLineEdit *m_by;
    QCheckBox *m_expires;
    QDateEdit *m_expiry;
    QDialogButtonBox *m_buttons;
};

} // namespace planner
