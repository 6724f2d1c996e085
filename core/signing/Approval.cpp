// SPDX-License-Identifier: GPL-3.0-or-later
#include "Approval.h"

#include "CanonicalJson.h"
#include "SigningKey.h"
#include "StagedFiles.h"
#include "exchange/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Approval)
};

const QRegularExpression &hex64()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re;
}

bool isTimestamp(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    return re.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODate).isValid();
}

// A signer or role is printed on one line of a report: no control characters, no blanks around.
QString labelProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Tr::tr("is empty");
    if (text != text.trimmed())
        return Tr::tr("has blanks at its start or end");
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return Tr::tr("holds a control character (a line break?)");
    }
    return {};
}

} // namespace

QJsonObject ApprovalRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("format"), QString::fromLatin1(format)},
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("planSha256"), planSha256},
        {QStringLiteral("signer"), signer},
        {QStringLiteral("role"), role},
        {QStringLiteral("signedAt"), signedAt},
        {QStringLiteral("keyFingerprint"), keyFingerprint},
    };
}

QByteArray ApprovalRecord::toCanonicalJson() const
{
    // Strings and a small integer only: canonicalJson() cannot fail here.
    return canonicalJson(toJson()).value();
}

Expected<ApprovalRecord> ApprovalRecord::fromCanonicalJson(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QString(), Tr::tr("not JSON: %1 at byte %2")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)};
    if (!document.isObject())
        return Error{QString(), Tr::tr("not a JSON object")};
    if (!isCanonicalJson(bytes))
        return Error{QString(), Tr::tr("not canonical JSON (changed after it was signed?)")};
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(format))
        return Error{QStringLiteral("format"), Tr::tr("not \"%1\"").arg(QLatin1String(format))};
    const QJsonValue version = object.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() != formatVersion)
        return Error{QStringLiteral("formatVersion"), Tr::tr("not %1").arg(formatVersion)};

    ApprovalRecord record;
    const struct
    {
        const char *name;
        QString *field;
    } fields[] = {{"plan", &record.plan},         {"planSha256", &record.planSha256},
                  {"signer", &record.signer},     {"role", &record.role},
                  {"signedAt", &record.signedAt}, {"keyFingerprint", &record.keyFingerprint}};
    for (const auto &field : fields) {
        const QJsonValue value = object.value(QLatin1String(field.name));
        if (!value.isString())
            return Error{QLatin1String(field.name), Tr::tr("missing, or not a string")};
        *field.field = value.toString();
    }
    if (!hex64().match(record.planSha256).hasMatch())
        return Error{QStringLiteral("planSha256"), Tr::tr("not 64 lower-case hex digits")};
    if (!hex64().match(record.keyFingerprint).hasMatch())
        return Error{QStringLiteral("keyFingerprint"), Tr::tr("not 64 lower-case hex digits")};
    if (!isTimestamp(record.signedAt))
        return Error{QStringLiteral("signedAt"),
                     Tr::tr("not a UTC time like 2027-01-08T14:03:00Z")};
    if (const QString problem = labelProblem(record.signer); !problem.isEmpty())
        return Error{QStringLiteral("signer"), problem};
    if (const QString problem = labelProblem(record.role); !problem.isEmpty())
        return Error{QStringLiteral("role"), problem};
    return record;
}

QString approvalTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString approvalId(const ApprovalRecord &record, const QByteArray &recordBytes)
{
    if (!isTimestamp(record.signedAt) || !hex64().match(record.keyFingerprint).hasMatch())
        return {};
    QString time = record.signedAt;
    time.remove(u'-').remove(u':');
    return QStringLiteral("%1-%2-%3")
        .arg(time, record.keyFingerprint.left(8), sha256Hex(recordBytes).left(8));
}

bool isApprovalId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^\\d{8}T\\d{6}Z-[0-9a-f]{8}-[0-9a-f]{8}$"));
    return re.match(id).hasMatch();
}

QString approvalsDirectory(const QString &planJsonPath)
{
    return QFileInfo(planJsonPath).dir().filePath(QStringLiteral("approvals"));
}

QString planTitle(const QJsonObject &plan)
{
    const QJsonValue name
        = plan.value(QStringLiteral("project")).toObject().value(QStringLiteral("name"));
    return name.isString() && !name.toString().isEmpty() ? name.toString() : QStringLiteral("plan");
}

Expected<QString> addApproval(const QString &planJsonPath, const SigningKey &key,
                              const QString &signer, const QString &role, const QDateTime &signedAt)
{
    if (const QString problem = labelProblem(signer); !problem.isEmpty())
        return Error{Tr::tr("signer"), problem};
    if (const QString problem = labelProblem(role); !problem.isEmpty())
        return Error{Tr::tr("role"), problem};
    if (!key.hasPrivateKey())
        return Error{QString(), Tr::tr("signing needs a private key")};
    if (!signedAt.isValid())
        return Error{QString(), Tr::tr("no valid signing time")};

    const Expected<QByteArray> read = readInputFile(planJsonPath);
    if (!read)
        return Error{planJsonPath, read.error().what};
    const QByteArray &planBytes = *read;
    QJsonParseError parseError;
    const QJsonDocument plan = QJsonDocument::fromJson(planBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{planJsonPath, Tr::tr("not JSON: %1 at byte %2")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset)};
    if (!plan.isObject())
        return Error{planJsonPath, Tr::tr("not a JSON object")};
    if (!isCanonicalJson(planBytes)) {
        return Error{planJsonPath,
                     Tr::tr("not canonical JSON: only a plan as the plan command "
                            "wrote it can be signed (was it edited or reformatted?)")};
    }

    ApprovalRecord record;
    record.plan = planTitle(plan.object());
    record.planSha256 = sha256Hex(planBytes);
    record.signer = signer;
    record.role = role;
    record.signedAt = approvalTimestamp(signedAt);
    record.keyFingerprint = key.fingerprint();
    const QByteArray recordBytes = record.toCanonicalJson();
    const Expected<QByteArray> signature = key.sign(recordBytes);
    if (!signature)
        return signature.error();
    const SigningKey publicKey = key.publicKey();
    const QByteArray publicPem = publicKey.publicKeyPem();
    if (publicPem.isEmpty() || !publicKey.verify(recordBytes, *signature))
        return Error{QString(), Tr::tr("the new signature does not verify; nothing was written")};

    const QString id = approvalId(record, recordBytes);
    const QString folder = approvalsDirectory(planJsonPath);
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder))
        return Error{folder, Tr::tr("cannot create the folder (is %1 writable?)")
                                 .arg(QFileInfo(folder).absolutePath())};
    const QDir dir(folder);
    const QString jsonPath = dir.filePath(id + QStringLiteral(".json"));
    const QString sigPath = dir.filePath(id + QStringLiteral(".sig"));
    const QString pubPath = dir.filePath(id + QStringLiteral(".pub.pem"));
    for (const QString &path : {jsonPath, sigPath, pubPath}) {
        if (QFileInfo::exists(path))
            return Error{path, Tr::tr("exists already: the same approval was given before")};
    }

    // The record last: an approval is its .json; without it verifyPlan() sees no approval.
    StagedFiles files;
    for (const auto &[path, bytes] : {std::pair{sigPath, *signature}, std::pair{pubPath, publicPem},
                                      std::pair{jsonPath, recordBytes}}) {
        if (const Expected<Done> staged = files.stage(path, bytes, 0644); !staged)
            return staged.error();
    }
    if (const Expected<Done> committed = files.commit(false); !committed)
        return committed.error();
    return id;
}

} // namespace planner
