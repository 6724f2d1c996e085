// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordPage.h"

#include "changes/ChangeMessages.h"

#include <QList>

class QPlainTextEdit;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace planner {

class EstateStore;

/// "Messages": the templates of the messages to the people a window affects (audience, before
/// or after, how many hours, which window, subject, contact, limitations), the selected
/// template's body to edit, and a live preview of it filled from the current schedule: one
/// message per window the plan uses, with the real times, services, limitations and contact.
class MessagesPage : public RecordPage
{
    Q_OBJECT
public:
    MessagesPage(EstateStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    QPlainTextEdit *bodyEdit() const { return m_body; }
    QTextBrowser *preview() const { return m_preview; }

    void show(const QList<FilledMessage> &messages);

private:
    void currentChanged();
    void commitBody();
    void updatePreview();

    QPlainTextEdit *m_body;
    QTextBrowser *m_preview;
    QTimer *m_commit;
    QList<FilledMessage> m_messages;
    int m_bodyRow = -1; ///< the row whose body the editor shows
    bool m_loading = false;
};

} // namespace planner
