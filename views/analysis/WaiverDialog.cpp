// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaiverDialog.h"

#include "itemmodels/ConflictTableModel.h"
#include "itemmodels/Counted.h"
#include "panels/LocaleFormat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace planner {

WaiverDialog::WaiverDialog(const QList<Conflict> &conflicts, QDate suggestedExpiry, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_by(new QLineEdit(this))
    , m_expires(new QCheckBox(tr("Expires after"), this))
    , m_expiry(new QDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const int count = int(conflicts.size());
    setWindowTitle(counted(count, tr("Waive %n conflict", nullptr, count),
                           tr("Waive %n conflicts", nullptr, count)));

    // What is being accepted, in the checker's words; a long list is cut short.
    QStringList lines;
    const int shown = std::min<int>(int(conflicts.size()), 5);
    for (int i = 0; i < shown; ++i)
        lines << QStringLiteral("<li><b>%1</b>: %2</li>")
                     .arg(ConflictTableModel::typeLabel(conflicts[i].type).toHtmlEscaped(),
                          conflicts[i].message.toHtmlEscaped());
    if (conflicts.size() > shown)
        lines << QStringLiteral("<li>%1</li>")
                     .arg(tr("and %n more", nullptr, int(conflicts.size()) - shown));
    auto *summary = new QLabel(QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>")
                                   .arg(lines.join(QString())),
                               this);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::RichText);

    m_reason->setPlaceholderText(tr("Why this may go ahead, e.g. \"accepted by the change board "
                                    "on 12 March, vendor support contract until June\""));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_expires->setChecked(true);
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(localeDateFormat());
    m_expiry->setDate(suggestedExpiry.isValid() ? suggestedExpiry
                                                : QDate::currentDate().addMonths(6));

    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    m_by->setPlaceholderText(tr("Who accepts it, e.g. \"change board, 2027-01-04\""));
    form->addRow(tr("Accepted by:"), m_by);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);
    form->addRow(tr("Expiry:"), expiryRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Waived conflicts stay listed, marked as waived, and no longer "
                               "block the plan until the end of the expiry day."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &WaiverDialog::updateButtons);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    updateButtons();
    m_reason->setFocus();
}

QString WaiverDialog::reason() const
{
    return m_reason->toPlainText().simplified();
}

QDate WaiverDialog::expires() const
{
    return m_expires->isChecked() ? m_expiry->date() : QDate();
}

QString WaiverDialog::by() const
{
    return m_by->text().simplified();
}

void WaiverDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace planner
