package nl.triade.registry.app;

import nl.triade.registry.domain.assessment.AssessmentService;
import nl.triade.registry.domain.authorisation.ApprovalService;
import nl.triade.registry.domain.document.DocumentPartService;
import nl.triade.registry.domain.document.DocumentService;
import nl.triade.registry.domain.review.CommentService;
import nl.triade.registry.domain.submission.SubmissionService;
import nl.triade.registry.domain.validation.ValidationService;
import nl.triade.registry.domain.workflow.TransitionService;

/** The services the API calls, handed to the demo so that its registered standard takes the API's path. */
record DemoServices(DocumentService documents, DocumentPartService parts, TransitionService transitions, CommentService comments,
                    ValidationService validations, ApprovalService approvals, SubmissionService submissions,
                    AssessmentService assessments) {
}
