package nl.triade.registry.web;

import nl.triade.registry.domain.agenda.AgendaService;
import nl.triade.registry.domain.assessment.AssessmentService;
import nl.triade.registry.domain.audit.AuditService;
import nl.triade.registry.domain.authorisation.ApprovalService;
import nl.triade.registry.domain.consultation.ConsultationReportService;
import nl.triade.registry.domain.document.DocumentPartService;
import nl.triade.registry.domain.document.DocumentService;
import nl.triade.registry.domain.document.EditionService;
import nl.triade.registry.domain.document.PartyConsultationService;
import nl.triade.registry.domain.document.RevisionService;
import nl.triade.registry.domain.limits.WriteLimits;
import nl.triade.registry.domain.review.CommentService;
import nl.triade.registry.domain.submission.SubmissionService;
import nl.triade.registry.domain.validation.ValidationService;
import nl.triade.registry.domain.work.WorkService;
import nl.triade.registry.domain.workflow.TransitionService;

/**
 * The domain services the pages act through: the same instances the API's controllers hold, so a
 * change made on a page is the same transaction, with the same event and the same write limits, as
 * that change made through the API (DESIGN §3a). There is no second path to the data.
 */
public record WebServices(DocumentService documents, DocumentPartService parts, RevisionService revisions,
                          TransitionService transitions, CommentService comments, ApprovalService approvals,
                          ValidationService validations, SubmissionService submissions, AssessmentService assessments,
                          EditionService editions, ConsultationReportService reports, AgendaService agenda,
                          PartyConsultationService partyConsultations, AuditService audit, WriteLimits limits,
                          WorkService work) {
}
