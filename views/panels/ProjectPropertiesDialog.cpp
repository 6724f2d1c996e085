// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectPropertiesDialog.h"

#include "LocaleFormat.h"
#include "inventory/Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>

#include <algorithm>

namespace planner {

namespace {

constexpr int usualMaxDecisionMinutes = 24 * 60;

/// The words of @p vocabulary shown as labels, each item carrying its word; any other word
/// can be typed (the format accepts it, with a warning).
QComboBox *wordCombo(Vocabulary vocabulary, const QString &current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    const QStringList words = vocabularyWords(vocabulary);
    const QStringList labels = vocabularyLabels(vocabulary);
    for (qsizetype i = 0; i < words.size(); ++i)
        combo->addItem(labels[i], words[i]);
    const int at = current.isEmpty() ? -1 : combo->findData(current);
    if (at >= 0)
        combo->setCurrentIndex(at);
    else
        combo->setCurrentText(current);
    return combo;
}

/// The word chosen in a wordCombo(): an item's word when its label (or the word) is shown,
/// else the text as typed.
QString chosenWord(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemText(i) == text || combo->itemData(i).toString() == text)
            return combo->itemData(i).toString();
    return text;
}

} // namespace

ProjectPropertiesDialog::ProjectPropertiesDialog(const ProjectInfo &project, QWidget *parent)
    : QDialog(parent)
    , m_original(project)
    , m_name(new QLineEdit(project.name, this))
    , m_purpose(new QPlainTextEdit(project.purpose, this))
    , m_reason(wordCombo(Vocabulary::ChangeReason, project.reason, this))
    , m_urgency(wordCombo(Vocabulary::Urgency, project.urgency, this))
    , m_start(new QDateEdit(this))
    , m_noStart(new QCheckBox(tr("&Not set"), this))
    , m_timeZone(new QComboBox(this))
    , m_decision(new QSpinBox(this))
    , m_restoreTest(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Project Properties"));
    setObjectName(QStringLiteral("ProjectPropertiesDialog"));
    m_name->setPlaceholderText(tr("e.g. Core banking refresh"));
    m_purpose->setPlaceholderText(tr("e.g. Replace PostgreSQL 12 before its support ends"));
    // One sentence, read whole: wrapped over three lines rather than scrolled sideways.
    m_purpose->setTabChangesFocus(true);
    m_purpose->setFixedHeight(
        m_purpose->fontMetrics().lineSpacing() * 3
        + 2 * (m_purpose->frameWidth() + int(m_purpose->document()->documentMargin()) + 2));
    m_reason->setToolTip(tr("Why the upgrade happens: pick one, or type a word of your own"));
    m_urgency->setToolTip(tr("How pressing it is: pick one, or type a word of your own"));

    m_start->setDisplayFormat(localeDateFormat());
    m_start->setCalendarPopup(true);
    m_start->setDate(project.start.isValid() ? project.start : QDate::currentDate());
    m_start->setToolTip(tr("The plan's day zero: support end dates and waivers are judged "
                           "against it, and no window before it is used"));
    m_noStart->setChecked(!project.start.isValid());
    m_start->setEnabled(project.start.isValid());

    buildTimeZones();
    m_decision->setRange(0, std::max(usualMaxDecisionMinutes, project.decisionMinutes));
    m_decision->setSuffix(tr(" min"));
    m_decision->setValue(project.decisionMinutes);
    m_decision->setToolTip(tr("Time kept after verify for the go/no-go call, before a "
                              "rollback would start"));
    m_restoreTest->setRange(1, maxRestoreTestMaxDays);
    m_restoreTest->setSuffix(tr(" days"));
    m_restoreTest->setValue(project.restoreTestMaxDays);
    m_restoreTest->setToolTip(tr("A backup whose restore was last tested more than this many "
                                 "days before the start date is reported as not proven"));

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    // Room for the message from the start, so that it never squeezes the fields when it shows.
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2 + 4);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *intro = new QLabel(tr("What the whole project is about. The start date and time zone "
                                "change how the plan is checked and scheduled."),
                             this);
    intro->setWordWrap(true);

    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addWidget(m_noStart);
    startRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Urgency:"), m_urgency);
    auto *startLabel = new QLabel(tr("&Start date:"), this);
    startLabel->setBuddy(m_start);
    form->addRow(startLabel, startRow);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(tr("&Decision time:"), m_decision);
    form->addRow(tr("Restore tests &valid for:"), m_restoreTest);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_noStart, &QCheckBox::toggled, m_start,
            [this](bool none) { m_start->setEnabled(!none); });
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &ProjectPropertiesDialog::validate);
    validate();
    m_decision->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_restoreTest->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_start->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    resize(std::max(sizeHint().width(), 600), sizeHint().height());
}

void ProjectPropertiesDialog::buildTimeZones()
{
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMaxVisibleItems(16);
    m_timeZone->addItem(QString()); // no time zone: plain wall-clock times
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        ids << QString::fromUtf8(id);
    // A zone this machine does not know stays as it was, rather than being lost by opening.
    if (!m_original.timezone.isEmpty() && !ids.contains(m_original.timezone))
        ids << m_original.timezone;
    ids.sort();
    m_timeZone->addItems(ids);
    m_timeZone->setCurrentText(m_original.timezone);
    m_timeZone->lineEdit()->setPlaceholderText(tr("none: plain wall-clock times"));
    m_timeZone->setToolTip(tr("The IANA time zone the windows' times are in, e.g. "
                              "Europe/Berlin; type part of a name to search"));
    // Searchable: typing "berl" offers Europe/Berlin.
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
}

ProjectInfo ProjectPropertiesDialog::project() const
{
    ProjectInfo p = m_original;
    p.name = m_name->text().trimmed();
    // One line, as the format has it: a line break typed in the field becomes a space.
    p.purpose = m_purpose->toPlainText().replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed();
    p.reason = chosenWord(m_reason);
    p.urgency = chosenWord(m_urgency);
    p.start = m_noStart->isChecked() ? QDate() : m_start->date();
    p.timezone = m_timeZone->currentText().trimmed();
    p.decisionMinutes = m_decision->value();
    p.restoreTestMaxDays = m_restoreTest->value();
    return p;
}

QString ProjectPropertiesDialog::problem() const
{
    const QString zone = m_timeZone->currentText().trimmed();
    if (!zone.isEmpty() && zone != m_original.timezone
        && !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return tr("Time zone: “%1” is not a time zone this computer knows. Choose one from the "
                  "list (type part of its name, such as Berlin) or leave it empty.")
            .arg(zone);
    return {};
}

void ProjectPropertiesDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace planner
