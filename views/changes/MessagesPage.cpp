// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagesPage.h"

#include "changes/ChangeMessages.h"
#include "itemmodels/ChangeRecordModels.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace planner {

namespace {
const int BodyColumn = int(MessageColumn::Body);
}

MessagesPage::MessagesPage(EstateStore *store, QUndoStack *undoStack, QWidget *parent)
    : RecordPage(newMessageModel(store, undoStack, nullptr),
                 tr("Messages to the people a window affects, sent the given hours before it "
                    "starts or after it ends. Placeholders: {window} {start} {end} {services} "
                    "{limitations} {contact} {project}."),
                 parent)
    , m_body(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_commit(new QTimer(this))
{
    model()->setParent(this);
    tableView()->setColumnHidden(BodyColumn, true);
    m_body->setPlaceholderText(tr("The text of the selected message"));
    m_commit->setSingleShot(true);
    m_commit->setInterval(800);
    auto *bodyBox = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(new QLabel(tr("Body of the selected template:"), bodyBox));
    bodyLayout->addWidget(m_body);
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(
        new QLabel(tr("As it will be sent (filled from the schedule):"), previewBox));
    previewLayout->addWidget(m_preview);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(bodyBox);
    splitter->addWidget(previewBox);
    // Table above, body and preview below.
    pageLayout()->addWidget(splitter, 1);

    connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessagesPage::currentChanged);
    connect(model(), &QAbstractItemModel::dataChanged, this, &MessagesPage::currentChanged);
    connect(model(), &QAbstractItemModel::modelReset, this, &MessagesPage::currentChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_commit->start();
    });
    connect(m_commit, &QTimer::timeout, this, &MessagesPage::commitBody);
    currentChanged();
}

void MessagesPage::show(const QList<FilledMessage> &messages)
{
    m_messages = messages;
    updatePreview();
}

void MessagesPage::currentChanged()
{
    const int row = currentRow();
    if (m_commit->isActive()) {
        if (row == m_bodyRow)
            return; // the user is typing; the body is committed shortly
        // Another row was chosen while typing: the text goes to the row it was typed for.
        m_commit->stop();
        commitBody();
    }
    m_bodyRow = row;
    const QModelIndex index = model()->index(row, BodyColumn);
    const QString body = index.data(Qt::EditRole).toString();
    m_body->setEnabled(index.isValid());
    if (m_body->toPlainText() != body) {
        m_loading = true;
        m_body->setPlainText(body);
        m_loading = false;
    }
    updatePreview();
}

void MessagesPage::commitBody()
{
    const QModelIndex index = model()->index(m_bodyRow, BodyColumn);
    if (index.isValid())
        model()->setData(index, m_body->toPlainText());
}

void MessagesPage::updatePreview()
{
    const QString id = model()->index(currentRow(), 0).data().toString();
    QString html;
    int shown = 0;
    for (const FilledMessage &m : m_messages) {
        if (!id.isEmpty() && m.templateId != id)
            continue;
        if (++shown > 12)
            break;
        html += tr("<p style='color:#555'>To <b>%1</b> · send %2 · window %3 (%4 – %5)</p>")
                    .arg(m.audience.toHtmlEscaped(), messageTimeText(m.send),
                         m.occurrence.toHtmlEscaped(), messageTimeText(m.windowStart),
                         messageTimeText(m.windowEnd));
        html += QStringLiteral("<p><b>%1</b></p><p>%2</p><hr>")
                    .arg(m.subject.toHtmlEscaped(),
                         m.body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    if (shown == 0)
        html = id.isEmpty() ? tr("<i>Select a template to see its messages.</i>")
                            : tr("<i>No window of the schedule uses this template yet.</i>");
    m_preview->setHtml(html);
}

} // namespace planner
