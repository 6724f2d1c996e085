// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanExport.h"

#include "PlanPdf.h"
#include "exchange/IcsCalendar.h"
#include "signing/CanonicalJson.h"
#include "signing/PlanVerification.h"
#include "signing/SigningKey.h"
#include "storage/SafeWrite.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanExport)
};

Expected<Done> writeBytes(const QString &path, const QByteArray &bytes)
{
    return writeFileAtomically(path, [&](QIODevice *device) -> Expected<Done> {
        if (device->write(bytes) != bytes.size())
            return Error{QString(), device->errorString()};
        return Done{};
    });
}

} // namespace

Expected<PlanExportResult> exportPlan(const Estate &estate, const QString &dir,
                                      const PlanExportOptions &options,
                                      const std::function<void(int, const QString &)> &progress)
{
    auto report = [&](int percent, const QString &stage) {
        if (progress)
            progress(percent, stage);
    };
    const QFileInfo folder(dir);
    if (folder.exists() && !folder.isDir())
        return Error{dir, Tr::tr("exists and is not a folder")};
    if (folder.exists() && !folder.isWritable())
        return Error{dir, Tr::tr("the folder is not writable")};
    const QString planPath = QDir(dir).filePath(QStringLiteral("plan.json"));

    VerifyOptions trust;
    for (const QString &path : options.trustedKeys) {
        const Expected<SigningKey> key = SigningKey::loadPublicKey(path);
        if (!key)
            return key.error();
        trust.trustedFingerprints.append(key->fingerprint());
        trust.trustListGiven = true;
    }

    QJsonObject previous;
    if (!options.previousPlan.isEmpty()) {
        report(5, Tr::tr("Reading the previous plan"));
        Expected<QJsonObject> read = readPlanJson(options.previousPlan);
        if (!read)
            return read.error();
        previous = *read;
    }

    report(10, Tr::tr("Checking, ordering and scheduling"));
    PlanExportResult result;
    result.document = options.document
                          ? *options.document
                          : buildPlanDocument(estate, options.scenario, options.history);
    const PlanDocument &doc = result.document;

    QByteArray existing;
    if (QFileInfo::exists(planPath)) {
        QFile file(planPath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{planPath, file.errorString()};
        existing = file.readAll();
        if (existing != doc.bytes)
            return Error{dir,
                         Tr::tr("holds a different plan already (its plan.json has SHA-256 %1, "
                                "this plan %2); its approvals belong to that plan. Export to "
                                "a new folder.")
                             .arg(sha256Hex(existing).left(16), doc.sha256.left(16))};
        result.planExisted = true;
    }
    if (!options.previousPlan.isEmpty())
        result.changes = diffPlans(previous, doc.json);

    QByteArray pdf;
    if (options.pdf) {
        report(40, Tr::tr("Drawing the PDF"));
        PlanPdfOptions pdfOptions;
        pdfOptions.pageSize = options.pageSize;
        pdfOptions.rolesToSign = options.rolesToSign;
        pdfOptions.hasPrevious = !options.previousPlan.isEmpty();
        if (pdfOptions.hasPrevious) {
            QFile previous(options.previousPlan);
            if (previous.open(QIODevice::ReadOnly))
                pdfOptions.previousSha256 = sha256Hex(previous.readAll());
        }
        pdfOptions.changes = result.changes;
        if (result.planExisted) {
            const VerificationReport verified = verifyPlan(planPath, trust);
            pdfOptions.trustChecked = trust.trustListGiven;
            for (const VerifiedApproval &a : verified.approvals)
                pdfOptions.approvals.append({a.signer, a.role, a.signedAt, a.keyFingerprint,
                                             a.valid, a.trusted, a.problem});
            result.approvals = int(pdfOptions.approvals.size());
        }
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        const Expected<Done> drawn = writePlanPdf(doc, pdfOptions, &buffer);
        if (!drawn)
            return Error{QDir(dir).filePath(QStringLiteral("plan.pdf")), drawn.error().text()};
    }
    const QByteArray ics = options.ics ? writeIcs(estate, doc.schedule, doc.scenario)
                                       : QByteArray();

    report(80, Tr::tr("Writing the files"));
    if (!QDir().mkpath(dir))
        return Error{dir, Tr::tr("cannot create the folder")};
    if (!result.planExisted) {
        if (const Expected<Done> w = writeBytes(planPath, doc.bytes); !w)
            return w.error();
    }
    result.written.append(planPath);
    if (options.pdf) {
        const QString path = QDir(dir).filePath(QStringLiteral("plan.pdf"));
        if (const Expected<Done> w = writeBytes(path, pdf); !w)
            return w.error();
        result.written.append(path);
    }
    if (options.ics) {
        const QString path = QDir(dir).filePath(QStringLiteral("plan.ics"));
        if (const Expected<Done> w = writeBytes(path, ics); !w)
            return w.error();
        result.written.append(path);
    }
    report(100, Tr::tr("Done"));
    return result;
}

} // namespace planner
