// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "catalog/Lifecycle.h"
#include "plandoc/PlanDocument.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace planner {

namespace {

QString link(const char *url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(QLatin1String(url), text.toHtmlEscaped());
}

QString row(const QString &what, const QString &licence, const QString &use)
{
    return QStringLiteral("<tr><td style=\"padding-right:14px\"><b>%1</b></td>"
                          "<td style=\"padding-right:14px\">%2</td><td>%3</td></tr>")
        .arg(what, licence, use);
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_aboutQt(new QPushButton(tr("About &Qt"), this))
{
    setWindowTitle(tr("About Upgrade Planner"));
    setObjectName(QStringLiteral("AboutDialog"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(html());
    m_browser->document()->setDocumentMargin(12);
    m_browser->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_aboutQt, QDialogButtonBox::ActionRole);
    m_aboutQt->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    resize(640, 560);
}

QString AboutDialog::text() const
{
    return m_browser->toPlainText();
}

QString AboutDialog::html()
{
    const Lifecycle &lifecycle = Lifecycle::bundled();
    const QDate dataDate = lifecycle.dataDate();
    QString mitText;
    if (QFile licence(QStringLiteral(":/lifecycle/LICENSE")); licence.open(QIODevice::ReadOnly))
        mitText = QString::fromUtf8(licence.readAll()).trimmed();

    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Upgrade Planner %1").arg(programVersion()));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr(
                    "Plans IT estate upgrades without breaking what must stay up: compatibility, "
                    "upgrade order and maintenance windows."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Free software under the %1 (SPDX: GPL-3.0-or-later). You may share and "
                        "change it "
                        "under its terms; it comes with no warranty.")
                         .arg(link("https://www.gnu.org/licenses/gpl-3.0.html",
                                   tr("GNU General Public License, version 3 or later"))));

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Data"));
    const QString date = dataDate.isValid() ? dataDate.toString(Qt::ISODate) : tr("unknown");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("End-of-support dates come from %1, © endoflife.date contributors, under "
                        "the MIT "
                        "licence: %2 products, data as of %3 (the newest release it lists). Dates "
                        "in a "
                        "project's own catalog take precedence.")
                         .arg(link("https://endoflife.date", QStringLiteral("endoflife.date")))
                         .arg(lifecycle.productCount())
                         .arg(date));

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Third-party software and fonts"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row(tr("Qt %1").arg(QString::fromLatin1(qVersion())), QStringLiteral("LGPL-3.0"),
                tr("windows, drawing, storage"));
    html += row(QStringLiteral("Boost"), QStringLiteral("BSL-1.0"), tr("graph algorithms"));
    html += row(QStringLiteral("OpenSSL"), QStringLiteral("Apache-2.0"),
                tr("signatures and hashes of plans"));
    html += row(tr("DejaVu fonts"), tr("DejaVu fonts licence (free, Bitstream Vera based)"),
                tr("the graph and the plan PDF, from the system"));
    html += QStringLiteral("</table>");

    if (!mitText.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("The endoflife.date licence (MIT)"));
        html += QStringLiteral("<p style=\"font-size:small\">%1</p>")
                    .arg(mitText.toHtmlEscaped().replace(QStringLiteral("\n\n"),
                                                         QStringLiteral("<br><br>")));
    }
    return html;
}

} // namespace planner
