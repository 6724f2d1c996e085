// SPDX-License-Identifier: GPL-3.0-or-later
// Verifying a signed plan: the input is a plan folder as a bundle (fuzz::splitBundle): the
// plan.json first, then its approvals (`=== approvals/ID.json`, `.sig`, `.pub.pem`). Besides
// not crashing: the report is consistent (an ok report has an intact plan and only valid,
// trusted approvals; a valid approval names its key; an invalid one says what is wrong).
#include "FuzzTarget.h"

#include "signing/PlanVerification.h"

using namespace planner;

namespace {
fuzz::Scratch *scratch = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    scratch = new fuzz::Scratch;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString folder = scratch->unpack(
        fuzz::splitBundle(fuzz::bytes(data, size), QStringLiteral("plan.json")));
    VerifyOptions options;
    options.requiredRoles = {QStringLiteral("change-manager")};
    const VerificationReport report = verifyPlan(QDir(folder).filePath(QStringLiteral("plan.json")),
                                                 options);
    if (report.ok())
        fuzz::require(report.planParses && report.planProblem.isEmpty(),
                      "an ok report has an intact plan");
    for (const VerifiedApproval &approval : report.approvals) {
        fuzz::require(approval.valid == approval.problem.isEmpty(),
                      "an approval is valid or says why not");
        if (approval.valid)
            fuzz::require(!approval.keyFingerprint.isEmpty(), "a valid approval names its key");
        if (report.ok())
            fuzz::require(approval.valid && approval.trusted,
                          "an ok report has only valid approvals");
    }
    return 0;
}
