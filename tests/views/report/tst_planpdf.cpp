// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's PDF as a board reads it: its text through pdftotext, its pages through pdfinfo.
#include "report/PlanPdf.h"

#include "generator/EstateGenerator.h"
#include "storage/EstateFile.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path, int page = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
}

/// Whitespace runs as single spaces: table columns and wrapped lines aside, words stay in order.
QString simplified(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
}

int pageCount(const QString &path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

} // namespace

class TestPlanPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleText();
    void controlledChange();
    void pageSize_data();
    void pageSize();
    void changesSection();
    void signaturePage();
    void unwritableDevice();
    void bigEstateRepeatsHeadings();

private:
    QString write(const PlanDocument &plan, const PlanPdfOptions &options, const QString &name);

    QTemporaryDir m_dir;
    PlanDocument m_sample;
};

void TestPlanPdf::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    if (qEnvironmentVariableIsSet("UPLAN_KEEP_PDF")) { // to look at the pages (pdftoppm)
        m_dir.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
    }
    const Expected<Estate> estate = loadEstateFile(
        QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json"));
    QVERIFY2(estate.ok(), qPrintable(estate.ok() ? QString() : estate.error().text()));
    m_sample = buildPlanDocument(*estate);
    QVERIFY(!m_sample.schedule.steps.isEmpty());
}

QString TestPlanPdf::write(const PlanDocument &plan, const PlanPdfOptions &options,
                           const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Expected<Done> done = writePlanPdf(plan, options, path);
    if (!done.ok())
        qWarning("%s", qPrintable(done.error().text()));
    return done.ok() ? path : QString();
}

void TestPlanPdf::sampleText()
{
    const QString path = write(m_sample, {}, QStringLiteral("plan.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = simplified(pdfText(path));
    QVERIFY(text.contains(m_sample.estate.project.name));
    QVERIFY(text.contains(QStringLiteral("Decision asked of the board")));
    QVERIFY(text.contains(QStringLiteral("The board is asked to approve the upgrade of %1 "
                                         "components")
                              .arg(m_sample.moves.size())));
    for (const PlanMove &m : m_sample.moves)
        QVERIFY2(text.contains(m.name), qPrintable(m.name));
    for (const WindowOccurrence &w : m_sample.schedule.windows)
        if (w.isUsed())
            QVERIFY2(text.contains(QStringLiteral("Window %1 · %2")
                                       .arg(w.window, w.start.toString(u"ddd yyyy-MM-dd HH:mm"))),
                     qPrintable(w.key()));
    QVERIFY(text.contains(m_sample.sha256)); // whole, on the cover and the signature page
    QVERIFY(text.contains(QStringLiteral("Plan %1").arg(m_sample.sha256.left(12))));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pageCount(path))));
    QVERIFY(text.contains(QStringLiteral("Downtime per business process")));
    QVERIFY(text.contains(QStringLiteral("Approval")));
    QVERIFY(!text.contains(QStringLiteral("Changes since the previous plan")));
}

// The controlled change as the board reads it: why and how risky, whom it affects, the one
// thing the sample leaves missing, and each step's backup, rollback, checks and monitoring.
void TestPlanPdf::controlledChange()
{
    const QString path = write(m_sample, {}, QStringLiteral("change.pdf"));
    QVERIFY(!path.isEmpty());
    // Table cells wrap: every run of white space, line ends included, as one space.
    const QString text = pdfText(path).simplified();
    for (const char *heading :
         {"The change: why, how risky, which review path", "Business impact",
          "What is missing before approval", "Each step: backup, rollback, checks and monitoring",
          "Configuration that must survive, and the pilots", "Communication"})
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    QVERIFY(text.contains(m_sample.risk.guidance.left(40).simplified()));
    QCOMPARE(m_sample.changeReadiness.items.size(), 1);
    QVERIFY(text.contains(QStringLiteral("679 days before the plan starts")));
    QVERIFY(text.contains(QStringLiteral("Card payments")));
    QVERIFY(text.contains(QStringLiteral("pgBackRest")));
    QVERIFY(text.contains(QStringLiteral("forward repair only")));
    QVERIFY(text.contains(QStringLiteral("Mastercard MIP client certificate")));
    // A message with the real times of its window filled in.
    QVERIFY(!m_sample.messages.isEmpty());
    QVERIFY(text.contains(m_sample.messages.first().subject.simplified()));
    QVERIFY(!text.contains(QStringLiteral("{start}")));
}

void TestPlanPdf::pageSize_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("points");
    QTest::addColumn<QString>("landscape");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842 pts")
                        << QStringLiteral("842 x 595 pts");
    QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts")
                            << QStringLiteral("792 x 612 pts");
}

void TestPlanPdf::pageSize()
{
    QFETCH(int, size);
    QFETCH(QString, points);
    QFETCH(QString, landscape);
    PlanPdfOptions options;
    options.pageSize = QPageSize::PageSizeId(size);
    const QString path = write(m_sample, options, QStringLiteral("size-%1.pdf").arg(size));
    QVERIFY(!path.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(points), qPrintable(info));
    // text pages stay upright; the graph and the timeline have landscape pages of the same size
    const QString all = run(QStringLiteral("pdfinfo"),
                            {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                             QString::number(pageCount(path)), path});
    QVERIFY2(all.contains(landscape), qPrintable(all));
}

void TestPlanPdf::changesSection()
{
    PlanPdfOptions options;
    options.hasPrevious = true;
    options.previousSha256 = QString(64, u'a');
    options.changes = {{QStringLiteral("step-duration"), QStringLiteral("pg-ledger"),
                        QStringLiteral("3 h"), QStringLiteral("4 h 30 min"),
                        QStringLiteral("The ledger database's upgrade now takes 4 h 30 min")}};
    const QString text = simplified(pdfText(write(m_sample, options, QStringLiteral("c.pdf"))));
    QVERIFY(text.contains(QStringLiteral("Changes since the previous plan")));
    QVERIFY(text.contains(options.previousSha256));
    QVERIFY(text.contains(QStringLiteral("now takes 4 h 30 min")));
}

void TestPlanPdf::signaturePage()
{
    PlanPdfOptions options;
    options.approvals = {{QStringLiteral("Dana Keller"),
                          QStringLiteral("CIO"),
                          QStringLiteral("2027-01-02T10:15:00Z"),
                          QStringLiteral("SHA256:ab12cd"),
                          true,
                          true,
                          {}},
                         {QStringLiteral("Max Mustermann"), QStringLiteral("CISO"),
                          QStringLiteral("2027-01-03T09:00:00Z"), QStringLiteral("SHA256:ffee"),
                          false, false, QStringLiteral("signature does not match")}};
    options.rolesToSign = {QStringLiteral("CIO"), QStringLiteral("Head of operations")};
    // Without a list of trusted keys, a valid signature proves only that some key signed: the
    // page must not call that key trusted.
    QString path = write(m_sample, options, QStringLiteral("s.pdf"));
    QString last = simplified(pdfText(path, pageCount(path)));
    QVERIFY(last.contains(m_sample.sha256));
    QVERIFY(last.contains(QStringLiteral("Dana Keller")));
    QVERIFY(last.contains(QStringLiteral("SHA256:ab12cd")));
    QVERIFY(!last.contains(QStringLiteral("valid, trusted key")));
    QVERIFY(last.contains(QStringLiteral("not checked against a list of trusted keys")));
    QVERIFY(last.contains(QStringLiteral("INVALID: signature does not match")));
    QVERIFY(last.contains(QStringLiteral("Head of operations")));
    QVERIFY(last.contains(QStringLiteral("upgrade-planner sign")));

    options.trustChecked = true;
    path = write(m_sample, options, QStringLiteral("t.pdf"));
    last = simplified(pdfText(path, pageCount(path)));
    QVERIFY(last.contains(QStringLiteral("valid, trusted key")));
    options.approvals[0].trusted = false;
    path = write(m_sample, options, QStringLiteral("u.pdf"));
    last = simplified(pdfText(path, pageCount(path)));
    QVERIFY(last.contains(QStringLiteral("valid, key not trusted")));
}

void TestPlanPdf::unwritableDevice()
{
    QBuffer closed;
    const Expected<Done> done = writePlanPdf(m_sample, {}, &closed);
    QVERIFY(!done.ok());
    QVERIFY(done.error().text().contains(QStringLiteral("not open for writing")));
}

void TestPlanPdf::bigEstateRepeatsHeadings()
{
    GeneratorOptions generator;
    generator.components = 500;
    const PlanDocument plan = buildPlanDocument(generateEstate(generator));
    const QString path = write(plan, {}, QStringLiteral("big.pdf"));
    QVERIFY(!path.isEmpty());
    const int pages = pageCount(path);
    int withHeading = 0, continued = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = simplified(pdfText(path, page));
        if (text.contains(QStringLiteral("Rollback")) && text.contains(QStringLiteral("Staff"))
            && text.contains(QStringLiteral("Duration"))) {
            ++withHeading;
            if (text.contains(QStringLiteral("(continued)")))
                ++continued;
        }
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(QString::number(page)));
    }
    QVERIFY2(withHeading > 1, qPrintable(QString::number(withHeading)));
    QVERIFY2(continued >= 1, "no steps table continued on a following page");
}

QTEST_MAIN(TestPlanPdf)
#include "tst_planpdf.moc"
