// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Column kinds of the change record tables (RecordListModel): text, "a; b" lists, yes/no,
// dates, minutes, numbers, choices and component ids, each with its check of what is typed.

#include "RecordListModel.h"

#include "inventory/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace planner::recordcolumns {

/// The context is the namespace's name: what lupdate files these strings under.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("planner::recordcolumns", text);
}

/// Splits "a; b" (or one item per line) into its trimmed, non-empty items.
inline QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[;\\n]"))))
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    return items;
}

template<typename T>
RecordColumn<T> text(const QString &header, QString T::*member, const QString &headerTip = {})
{
    RecordColumn<T> c;
    c.header = header;
    c.headerTip = headerTip;
    c.value = [member](const T &r) { return QVariant(r.*member); };
    c.set = [member](T &r, const QVariant &v) {
        r.*member = v.toString().trimmed();
        return QString();
    };
    c.tip = [member](const T &r) { return QVariant(r.*member); };
    return c;
}

template<typename T>
RecordColumn<T> list(const QString &header, QStringList T::*member, const QString &headerTip = {})
{
    RecordColumn<T> c;
    c.header = header;
    c.headerTip = headerTip.isEmpty() ? tr("Several items separated by “;”") : headerTip;
    c.value = [member](const T &r) { return QVariant((r.*member).join(QStringLiteral("; "))); };
    c.set = [member](T &r, const QVariant &v) {
        r.*member = splitList(v.toString());
        return QString();
    };
    c.tip = [member](const T &r) { return QVariant((r.*member).join(u'\n')); };
    return c;
}

template<typename T>
RecordColumn<T> check(const QString &header, bool T::*member, const QString &headerTip = {})
{
    RecordColumn<T> c;
    c.header = header;
    c.headerTip = headerTip;
    c.check = true;
    c.value = [member](const T &r) { return QVariant(r.*member); };
    c.set = [member](T &r, const QVariant &v) {
        r.*member = v.toBool();
        return QString();
    };
    return c;
}

/// A date edited as yyyy-MM-dd; empty: none.
template<typename T>
RecordColumn<T> date(const QString &header, QDate T::*member, const QString &headerTip = {})
{
    RecordColumn<T> c;
    c.header = header;
    c.headerTip = headerTip;
    c.value = [member](const T &r) { return QVariant((r.*member).toString(Qt::ISODate)); };
    c.set = [header, member](T &r, const QVariant &v) {
        const QString text = v.toString().trimmed();
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !day.isValid())
            return tr("%1: “%2” is not a date; write it as 2027-03-31, or leave it empty.")
                .arg(header, text);
        r.*member = day;
        return QString();
    };
    return c;
}

/// Minutes that may be unknown (empty).
template<typename T>
RecordColumn<T> minutes(const QString &header, std::optional<int> T::*member,
                        const QString &headerTip = {})
{
    RecordColumn<T> c;
    c.header = header;
    c.headerTip = headerTip;
    c.value = [member](const T &r) {
        return r.*member ? QVariant(QString::number(*(r.*member))) : QVariant(QString());
    };
    c.set = [header, member](T &r, const QVariant &v) {
        const QString text = v.toString().trimmed();
        if (text.isEmpty()) {
            (r.*member).reset();
            return QString();
        }
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < 0)
            return tr("%1: “%2” is not a number of minutes.").arg(header, text);
        r.*member = n;
        return QString();
    };
    return c;
}

template<typename T>
RecordColumn<T> number(const QString &header, int T::*member, int minimum,
                       const QString &headerTip = {})
{
    RecordColumn<T> c;
    c.header = header;
    c.headerTip = headerTip;
    c.value = [member](const T &r) { return QVariant(r.*member); };
    c.set = [header, member, minimum](T &r, const QVariant &v) {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        if (!ok || n < minimum)
            return tr("%1: “%2” is not a whole number of at least %3.")
                .arg(header, v.toString())
                .arg(minimum);
        r.*member = n;
        return QString();
    };
    return c;
}

/// One of @p names (the interchange format's words); @p open: other words are allowed too.
template<typename T>
RecordColumn<T> choice(const QString &header, QString T::*member, const QStringList &names,
                       bool open = false, const QString &headerTip = {})
{
    RecordColumn<T> c = text(header, member, headerTip);
    c.choices = [names] { return names; };
    c.openChoices = open;
    c.set = [header, member, names, open](T &r, const QVariant &v) {
        const QString word = v.toString().trimmed();
        if (!open && !word.isEmpty() && !names.contains(word))
            return tr("%1: “%2” is not one of %3.")
                .arg(header, word, names.join(QStringLiteral(", ")));
        r.*member = word;
        return QString();
    };
    return c;
}

/// One word of @p vocabulary, shown as its label; @p open: other words are allowed too.
template<typename T>
RecordColumn<T> choice(const QString &header, QString T::*member, Vocabulary vocabulary,
                       bool open = false, const QString &headerTip = {})
{
    RecordColumn<T> c = choice(header, member, vocabularyWords(vocabulary), open, headerTip);
    c.label = [vocabulary](const QString &word) { return vocabularyLabel(vocabulary, word); };
    return c;
}

/// A component id of the estate; the cell's tooltip is its name. @p optional: may be empty.
template<typename T>
RecordColumn<T> component(EstateStore *store, const QString &header, QString T::*member,
                          bool optional = false)
{
    RecordColumn<T> c;
    c.header = header;
    c.headerTip = tr("The id of a component of the estate");
    c.value = [member](const T &r) { return QVariant(r.*member); };
    c.choices = [store] {
        QStringList ids;
        for (const Component &comp : store->estate().components())
            ids.append(comp.id);
        return ids;
    };
    c.set = [store, header, member, optional](T &r, const QVariant &v) {
        const QString id = v.toString().trimmed();
        if ((id.isEmpty() && !optional) || (!id.isEmpty() && !store->estate().find(id)))
            return tr("%1: no component has the id “%2”.").arg(header, id);
        r.*member = id;
        return QString();
    };
    c.tip = [store, member](const T &r) {
        const Component *comp = store->estate().find(r.*member);
        return comp ? QVariant(comp->name) : QVariant();
    };
    return c;
}

} // namespace planner::recordcolumns
