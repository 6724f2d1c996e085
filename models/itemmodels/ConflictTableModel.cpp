// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictTableModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace planner {

ConflictTableModel::ConflictTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConflictTableModel::setConflicts(const QList<Conflict> &conflicts)
{
    beginResetModel();
    m_conflicts = conflicts;
    m_rowOfKey.clear();
    m_rowOfKey.reserve(m_conflicts.size());
    for (int row = int(m_conflicts.size()) - 1; row >= 0; --row)
        m_rowOfKey.insert(m_conflicts[row].key, row); // the first row wins for a repeated key
    endResetModel();
}

const Conflict *ConflictTableModel::conflictAt(int row) const
{
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts[row] : nullptr;
}

int ConflictTableModel::rowOf(const QString &key) const
{
    return m_rowOfKey.value(key, -1);
}

void ConflictTableModel::setHighlightedComponents(const QStringList &ids)
{
    QSet<QString> highlighted(ids.cbegin(), ids.cend());
    if (highlighted == m_highlighted)
        return;
    m_highlighted = std::move(highlighted);
    if (!m_conflicts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::FontRole, HighlightRole});
}

bool ConflictTableModel::involvesHighlighted(const Conflict &c) const
{
    if (m_highlighted.isEmpty())
        return false;
    for (const QString &id : c.components)
        if (m_highlighted.contains(id))
            return true;
    return false;
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conflict &c = m_conflicts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(c, index.column());
    case Qt::DecorationRole:
        if (index.column() == Severity) {
            QIcon &icon = m_icons[int(c.severity)];
            if (icon.isNull())
                icon = severityIcon(c.severity);
            return icon;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(c);
    case Qt::ForegroundRole:
        // Acknowledged conflicts stay listed but step back.
        if (c.waived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        // Errors stand out in red; the icon tells the other severities apart.
        if (index.column() == Severity && c.severity == Conflict::Severity::Error)
            return severityColor(c.severity);
        return {};
    case Qt::FontRole: {
        if (!c.waived && !involvesHighlighted(c))
            return {};
        QFont font;
        font.setItalic(c.waived);
        font.setBold(involvesHighlighted(c));
        return font;
    }
    case KeyRole:
        return c.key;
    case ComponentsRole:
        return c.components;
    case TypeNameRole:
        return c.type;
    case SeverityRole:
        return int(c.severity);
    case StateRole:
        return int(c.state);
    case WaivedRole:
        return c.waived;
    case HighlightRole:
        return involvesHighlighted(c);
    case SortRole:
        return sortData(c, index.column());
    default:
        return {};
    }
}

QVariant ConflictTableModel::displayData(const Conflict &c, int column) const
{
    switch (column) {
    case Severity:
        return severityLabel(c.severity);
    case Type:
        return typeLabel(c.type);
    case State:
        return stateText(c.state);
    case Components:
        return c.components.join(QStringLiteral(", "));
    case Message:
        return c.message;
    case Waived:
        if (!c.waived)
            return QString();
        return c.waiverReason.isEmpty() ? tr("\u2713 waived")
                                        : QStringLiteral("\u2713 ") + c.waiverReason;
    default:
        return {};
    }
}

QVariant ConflictTableModel::sortData(const Conflict &c, int column) const
{
    switch (column) {
    case Severity:
        return -int(c.severity); // errors first when ascending
    case State:
        return int(c.state);
    case Waived:
        return int(c.waived);
    default:
        return displayData(c, column);
    }
}

QString ConflictTableModel::toolTip(const Conflict &c) const
{
    // Rich text so that long messages wrap in the tooltip.
    QString tip = QStringLiteral("<p><b>%1</b> &mdash; %2, %3</p><p>%4</p>")
                      .arg(severityLabel(c.severity).toHtmlEscaped(),
                           typeLabel(c.type).toHtmlEscaped(), stateLabel(c.state).toHtmlEscaped(),
                           c.message.toHtmlEscaped());
    tip += QStringLiteral("<p>%1</p>")
               .arg(
                   tr("Components: %1").arg(c.components.join(QStringLiteral(", "))).toHtmlEscaped());
    if (c.waived)
        tip += QStringLiteral("<p><i>%1</i></p>")
                   .arg(tr("Waived: %1").arg(c.waiverReason).toHtmlEscaped());
    return tip;
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Type:
        return tr("Type");
    case State:
        return tr("State");
    case Components:
        return tr("Components");
    case Message:
        return tr("Message");
    case Waived:
        return tr("Waived");
    default:
        return {};
    }
}

QString ConflictTableModel::typeLabel(const QString &type)
{
    using namespace conflicttype;
    if (type == QLatin1String(unsatisfiedRequirement))
        return tr("Unsatisfied requirement");
    if (type == QLatin1String(noUpgradePath))
        return tr("No upgrade path");
    if (type == QLatin1String(dependencyCycle))
        return tr("Dependency cycle");
    if (type == QLatin1String(endOfSupport))
        return tr("End of support");
    if (type == QLatin1String(siteDrift))
        return tr("Site drift");
    if (type == QLatin1String(unknownReference))
        return tr("Unknown reference");
    if (type == QLatin1String(untestedBackup))
        return tr("Untested backup");
    if (type == QLatin1String(irreversibleWithoutRestore))
        return tr("Irreversible without restore");
    if (type == QLatin1String(windowTooShort))
        return tr("Schedule: no window fits");
    if (type == QLatin1String(freezeViolation))
        return tr("Schedule: freeze");
    if (type == QLatin1String(peakViolation))
        return tr("Schedule: business peak");
    if (type == QLatin1String(staffUnavailable))
        return tr("Schedule: staff unavailable");
    return type;
}

bool ConflictTableModel::isScheduleFinding(const QString &type)
{
    using namespace conflicttype;
    return type == QLatin1String(windowTooShort) || type == QLatin1String(freezeViolation)
           || type == QLatin1String(peakViolation) || type == QLatin1String(staffUnavailable);
}

QString ConflictTableModel::stateText(Conflict::State state)
{
    switch (state) {
    case Conflict::State::Current:
        return tr("Current");
    case Conflict::State::Target:
        return tr("Target");
    case Conflict::State::Intermediate:
        break;
    }
    return tr("Intermediate");
}

QColor ConflictTableModel::severityColor(Conflict::Severity severity)
{
    switch (severity) {
    case Conflict::Severity::Error:
        return QColor(0xc6, 0x28, 0x28);
    case Conflict::Severity::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case Conflict::Severity::Info:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

QIcon ConflictTableModel::severityIcon(Conflict::Severity severity)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(severityColor(severity).darker(130), 2));
    painter.setBrush(severityColor(severity));
    painter.drawEllipse(QRectF(4, 4, 24, 24));
    painter.end();
    return QIcon(pixmap);
}

} // namespace planner
