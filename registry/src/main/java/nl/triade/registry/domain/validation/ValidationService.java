package nl.triade.registry.domain.validation;

import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.DocumentLookup;
import nl.triade.registry.domain.document.DocumentView;

/**
 * Running the validators on the current revision and keeping the report. The validators run
 * between two transactions, never inside one: a plugin may be slow, and an open write transaction
 * would block every other writer meanwhile. Running and reading reports is for the document's
 * participants and administrators: a report shows the workings of a draft; the Register reads the
 * latest report of a document submitted to it, which it needs for its assessment. Whether a finding
 * blocks the document is weighed here, once, by {@link ValidatorReach}, and stored with it.
 */
public final class ValidationService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;
    private final Validators validators;

    public ValidationService(Transactions transactions, AuditTrail audit, TimeSource time, Validators validators) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
        this.validators = validators;
    }

    /** The document to judge, and the kind of each existing organisation that a validator instance serves. */
    private record Judged(DocumentView document, Map<String, OrganisationKind> served) {
    }

    public ValidationReport run(Caller caller, String documentId) {
        Judged judged = transactions.read(store -> new Judged(DocumentView.current(store,
                DocumentLookup.forInsider(store, caller, documentId, "validations"), time.today()),
                OrganisationDirectory.kindsOf(store, validators.organisations())));
        DocumentView document = judged.document();
        List<ValidationFinding> findings = validators.validate(document, judged.served().keySet());
        ValidationReport report = new ValidationReport(documentId, document.revision(), document.contentHash(),
                ValidatorReach.weigh(findings, document.content(), judged.served()), time.now());
        return transactions.write(store -> {
            store.validations().insert(report);
            audit.record(store, caller, EventType.VALIDATION_COMPLETED, documentId, Map.of("revision", report.revision(),
                    "passed", report.passed(), "findings", report.findings().size()));
            return report;
        });
    }

    /** The document and its newest report, for those who may read reports; whether they may also {@link #run} the validators. */
    public ValidationReading reading(Caller caller, String documentId) {
        return transactions.read(store -> {
            Document document = DocumentLookup.forAssessment(store, caller, documentId, "validations");
            return new ValidationReading(document, store.validations().latest(documentId).orElse(null),
                    DocumentAccess.isInsider(caller, document));
        });
    }

    public ValidationReport latest(Caller caller, String documentId) {
        return transactions.read(store -> {
            DocumentLookup.forAssessment(store, caller, documentId, "validations");
            return store.validations().latest(documentId)
                    .orElseThrow(() -> new NotFoundException("validation report of document", documentId));
        });
    }
}
