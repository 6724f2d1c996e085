// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuideDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QListWidget>
#include <QPixmap>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace planner {

namespace {

/// The block of the level-2 heading @p heading, or an invalid block.
QTextBlock headingBlock(const QTextDocument *document, const QString &heading)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() == 2 && block.text().trimmed() == heading)
            return block;
    return {};
}

/// Screenshots are taken at 1600 pixels; in the guide they are shown this wide, the whole
/// window at a glance (a click on one would not enlarge it, so not smaller).
constexpr int imageWidth = 600;

/// Gives every image of @p document the width @p width (at most its own), keeping its shape.
void fitImages(QTextDocument *document, int width)
{
    struct Image
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Image> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const QTextImageFormat format = it.fragment().charFormat().toImageFormat();
                format.isValid())
                images.append({it.fragment().position(), it.fragment().length(), format});
    for (Image &i : images) {
        const QVariant data = document->resource(QTextDocument::ImageResource,
                                                 QUrl(i.format.name()));
        QImage image;
        switch (data.typeId()) {
        case QMetaType::QImage:
            image = data.value<QImage>();
            break;
        case QMetaType::QPixmap:
            image = data.value<QPixmap>().toImage();
            break;
        default:
            image = QImage::fromData(data.toByteArray());
        }
        if (image.isNull() || image.width() <= width)
            continue;
        i.format.setWidth(width);
        i.format.setHeight(qreal(image.height()) * width / image.width());
        QTextCursor cursor(document);
        cursor.setPosition(i.position);
        cursor.setPosition(i.position + i.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(i.format);
    }
}

} // namespace

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_contents(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Upgrade Planner Guide"));
    setObjectName(QStringLiteral("GuideDialog"));
    m_browser->setOpenExternalLinks(true);
    // The screenshots are compiled in beside the text, as images/NAME.png under :/help.
    m_browser->setSearchPaths({QStringLiteral(":/help")});
    m_browser->setMarkdown(guideText());
    m_browser->document()->setDocumentMargin(12);
    fitImages(m_browser->document(), imageWidth);

    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() == 2)
            m_sections << block.text().trimmed();
    m_contents->addItems(m_sections);
    int widest = 0;
    for (const QString &heading : std::as_const(m_sections))
        widest = std::max(widest, m_contents->fontMetrics().horizontalAdvance(heading));
    m_contents->setFixedWidth(widest + 2 * m_contents->frameWidth() + 24);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { scrollTo(item->text()); });
    // The list follows the reading: the entry of the section at the top is current.
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        const QString shown = currentSection();
        const QList<QListWidgetItem *> items = m_contents->findItems(shown, Qt::MatchExactly);
        const QSignalBlocker blocker(m_contents);
        m_contents->setCurrentItem(items.isEmpty() ? nullptr : items.constFirst());
    });
    resize(940, 640); // fits a 1280 x 720 screen with its frame
}

QString GuideDialog::guideText()
{
    QFile file(QStringLiteral(":/help/guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The guide is missing from this build.");
    return QString::fromUtf8(file.readAll());
}

QString GuideDialog::currentSection() const
{
    // The last heading at or above the top of the visible text; the introduction counts as
    // part of the first section.
    const QTextDocument *document = m_browser->document();
    const qreal top = m_browser->verticalScrollBar()->value() + 4;
    QString current = m_sections.value(0);
    for (const QString &heading : m_sections) {
        const QTextBlock block = headingBlock(document, heading);
        if (document->documentLayout()->blockBoundingRect(block).top() > top)
            break;
        current = heading;
    }
    return current;
}

bool GuideDialog::showSection(const QString &heading)
{
    if (!m_sections.contains(heading))
        return false;
    if (isVisible())
        scrollTo(heading);
    else
        m_pending = heading; // the layout is known once the dialog is shown
    return true;
}

void GuideDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Once the browser has its final size and the text is laid out at it.
    if (!m_pending.isEmpty())
        QTimer::singleShot(0, this, [this] { scrollTo(std::exchange(m_pending, QString())); });
}

void GuideDialog::scrollTo(const QString &heading)
{
    const QTextBlock block = headingBlock(m_browser->document(), heading);
    if (!block.isValid())
        return;
    // The first section opens with the introduction above it, at the very top.
    const QRectF where = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(heading == m_sections.constFirst() ? 0
                                                                                : int(where.top()));
    const QList<QListWidgetItem *> items = m_contents->findItems(heading, Qt::MatchExactly);
    if (!items.isEmpty())
        m_contents->setCurrentItem(items.constFirst());
}

} // namespace planner
