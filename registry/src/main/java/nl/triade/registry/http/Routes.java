package nl.triade.registry.http;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import static nl.triade.registry.domain.limits.WriteKind.ACCOUNTS;
import static nl.triade.registry.domain.limits.WriteKind.COMMENTS;
import static nl.triade.registry.domain.limits.WriteKind.DOCUMENTS;
import static nl.triade.registry.domain.limits.WriteKind.EDITS;
import static nl.triade.registry.domain.limits.WriteKind.TOKENS;
import static nl.triade.registry.domain.limits.WriteKind.VALIDATIONS;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Handler;
import nl.triade.registry.domain.limits.WriteKind;
import nl.triade.registry.domain.limits.WriteLimits;
import nl.triade.registry.http.account.AccountController;
import nl.triade.registry.http.agenda.AgendaController;
import nl.triade.registry.http.account.OrganisationController;
import nl.triade.registry.http.assessment.AssessmentController;
import nl.triade.registry.http.audit.EventController;
import nl.triade.registry.http.authorisation.ApprovalController;
import nl.triade.registry.http.consultation.ConsultationReportController;
import nl.triade.registry.http.document.ConsultationController;
import nl.triade.registry.http.document.DocumentController;
import nl.triade.registry.http.document.DocumentPartController;
import nl.triade.registry.http.document.EditionController;
import nl.triade.registry.http.fhir.FhirController;
import nl.triade.registry.http.notification.SubscriptionController;
import nl.triade.registry.http.plugin.PluginController;
import nl.triade.registry.http.review.CommentController;
import nl.triade.registry.http.submission.SubmissionController;
import nl.triade.registry.http.system.MetricsController;
import nl.triade.registry.http.system.SystemController;
import nl.triade.registry.http.validation.ValidationController;

/**
 * The whole URL tree in one place, in the order of {@code api-spec/openapi.yaml}. Every write is
 * rate limited under its kind, except revoking a token, which must always work.
 */
public record Routes(SystemController system, MetricsController metrics, AccountController accounts,
                     OrganisationController organisations, DocumentController documents, DocumentPartController parts,
                     CommentController comments,
                     ApprovalController approvals, ValidationController validations, SubmissionController submissions,
                     EditionController editions, AssessmentController assessments, AgendaController agenda,
                     ConsultationController consultations, ConsultationReportController consultationReports,
                     SubscriptionController subscriptions, FhirController fhir,
                     PluginController plugins, EventController events, WriteLimits limits) {

    /** Liveness: answered also while the server starts ({@link HttpServer}). */
    static final String HEALTH = "/health";

    EndpointGroup tree() {
        return () -> {
            get(HEALTH, system::health);
            get("/ready", system::ready);
            get("/metrics", metrics::scrape);
            get("/openapi.yaml", system::spec);
            get("/docs", system::docs);
            get("/webjars/swagger-ui/{version}/{file}", system::swaggerUi);
            path("/api/v1", () -> {
                get("me", accounts::me);
                path("organisations", () -> {
                    post(limited(ACCOUNTS, organisations::create));
                    get(organisations::list);
                    get("{slug}", organisations::get);
                    post("{slug}/subscriptions", limited(ACCOUNTS, subscriptions::create));
                    get("{slug}/subscriptions", subscriptions::list);
                    get("{slug}/subscriptions/{sid}", subscriptions::get);
                    delete("{slug}/subscriptions/{sid}", limited(ACCOUNTS, subscriptions::delete));
                });
                path("accounts", () -> {
                    post(limited(ACCOUNTS, accounts::create));
                    get("{id}", accounts::get);
                    patch("{id}", limited(ACCOUNTS, accounts::update));
                    post("{id}/tokens", limited(TOKENS, accounts::issueToken));
                    post("{id}/password-link", limited(TOKENS, accounts::issuePasswordLink));
                });
                delete("tokens/{id}", accounts::revokeToken);
                path("documents", () -> {
                    post(limited(DOCUMENTS, documents::create));
                    get(documents::list);
                    path("{id}", () -> {
                        get(documents::get);
                        patch(limited(EDITS, documents::patch));
                        put("sections/{key}", limited(EDITS, parts::putSection));
                        delete("sections/{key}", limited(EDITS, parts::deleteSection));
                        put("indicators/{key}", limited(EDITS, parts::putIndicator));
                        delete("indicators/{key}", limited(EDITS, parts::deleteIndicator));
                        post("evidence", limited(EDITS, parts::addEvidence));
                        delete("evidence/{eid}", limited(EDITS, parts::deleteEvidence));
                        put("participants/{slug}", limited(EDITS, parts::putParticipant));
                        delete("participants/{slug}", limited(EDITS, parts::deleteParticipant));
                        put("absences/{party}", limited(EDITS, parts::putAbsence));
                        delete("absences/{party}", limited(EDITS, parts::deleteAbsence));
                        put("consultations/{organisation}", limited(EDITS, consultations::record));
                        get("revisions", documents::revisions);
                        get("revisions/{n}", documents::revision);
                        get("revisions/{n}/diff", documents::diff);
                        post("comments", limited(COMMENTS, comments::create));
                        get("comments", comments::list);
                        patch("comments/{cid}", limited(EDITS, comments::answer));
                        get("consultation-rounds", consultationReports::rounds);
                        get("consultation-rounds/{round}/report", consultationReports::roundReport);
                        post("transitions", limited(EDITS, documents::transition));
                        post("validations", limited(VALIDATIONS, validations::run));
                        get("validations/latest", validations::latest);
                        post("submissions", limited(EDITS, submissions::submit));
                        get("submissions", submissions::list);
                        post("approvals", limited(EDITS, approvals::decide));
                        get("approvals", approvals::list);
                        get("fhir", fhir::document);
                        get("editions", editions::list);
                        get("editions/{version}", editions::get);
                        get("editions/{version}/fhir", fhir::edition);
                        post("editions/{version}/withdrawal", limited(EDITS, editions::withdraw));
                        get("editions/{version}/consultation-report", consultationReports::editionReport);
                    });
                });
                path("agenda", () -> {
                    post(limited(EDITS, agenda::create));
                    get(agenda::list);
                    get("{id}", agenda::get);
                    put("{id}", limited(EDITS, agenda::put));
                    post("{id}/documents", limited(EDITS, agenda::link));
                    post("{id}/assignment", limited(EDITS, agenda::assign));
                    post("{id}/document", limited(DOCUMENTS, agenda::startDocument));
                });
                path("submissions", () -> {
                    get(assessments::awaiting);
                    get("{sid}", submissions::get);
                    get("{sid}/assessment", assessments::sheet);
                    put("{sid}/assessment/{criterion}", limited(EDITS, assessments::assess));
                    post("{sid}/outcome", limited(EDITS, assessments::decide));
                });
                get("plugins", plugins::list);
                path("events", () -> {
                    get(events::list);
                    get("verify", events::verify);
                    post("verify", events::verifyCheckpoint);
                    get("checkpoint", events::checkpoint);
                    get("key", events::key);
                });
            });
        };
    }

    /** Admits the write against the caller's rate limits before the handler runs; 401 comes first for a missing token. */
    private Handler limited(WriteKind kind, Handler handler) {
        return ctx -> {
            limits.admit(Requests.caller(ctx), kind);
            handler.handle(ctx);
        };
    }
}
