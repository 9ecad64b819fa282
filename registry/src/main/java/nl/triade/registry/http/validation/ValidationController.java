package nl.triade.registry.http.validation;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import nl.triade.registry.domain.validation.FindingSeverity;
import nl.triade.registry.domain.validation.ValidationFinding;
import nl.triade.registry.domain.validation.ValidationReport;
import nl.triade.registry.domain.validation.ValidationService;
import nl.triade.registry.http.Requests;

/** {@code /documents/{id}/validations}: run the validators now, or read the latest report. */
public final class ValidationController {
    private final ValidationService validations;

    public ValidationController(ValidationService validations) {
        this.validations = validations;
    }

    /** Schema {@code ValidationReport}. */
    record ReportResponse(int revision, String contentHash, boolean passed, List<FindingResponse> findings, Instant createdAt) {
        static ReportResponse of(ValidationReport report) {
            return new ReportResponse(report.revision(), report.contentHash(), report.passed(),
                    report.findings().stream().map(FindingResponse::of).toList(), report.createdAt());
        }
    }

    /** Schema {@code ValidationFinding}. */
    record FindingResponse(String validator, String organisation, String rule, FindingSeverity severity, String path, String message,
                           boolean blocking) {
        static FindingResponse of(ValidationFinding finding) {
            return new FindingResponse(finding.validator(), finding.organisation(), finding.rule(), finding.severity(), finding.path(),
                    finding.message(), finding.blocking());
        }
    }

    public void run(Context ctx) {
        ctx.status(201).json(ReportResponse.of(validations.run(Requests.caller(ctx), ctx.pathParam("id"))));
    }

    public void latest(Context ctx) {
        ctx.json(ReportResponse.of(validations.latest(Requests.callerOrAnonymous(ctx), ctx.pathParam("id"))));
    }
}
