package nl.triade.registry.http;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import io.javalin.apibuilder.EndpointGroup;
import nl.triade.registry.http.account.AccountController;
import nl.triade.registry.http.account.OrganisationController;
import nl.triade.registry.http.audit.EventController;
import nl.triade.registry.http.authorisation.ApprovalController;
import nl.triade.registry.http.document.DocumentController;
import nl.triade.registry.http.document.DocumentPartController;
import nl.triade.registry.http.document.EditionController;
import nl.triade.registry.http.plugin.PluginController;
import nl.triade.registry.http.review.CommentController;
import nl.triade.registry.http.submission.SubmissionController;
import nl.triade.registry.http.system.SystemController;
import nl.triade.registry.http.validation.ValidationController;

/** The whole URL tree in one place, in the order of {@code api-spec/openapi.yaml}. */
public record Routes(SystemController system, AccountController accounts, OrganisationController organisations,
                     DocumentController documents, DocumentPartController parts, CommentController comments,
                     ApprovalController approvals, ValidationController validations, SubmissionController submissions,
                     EditionController editions,
                     PluginController plugins, EventController events) {

    EndpointGroup tree() {
        return () -> {
            get("/health", system::health);
            get("/ready", system::ready);
            get("/openapi.yaml", system::spec);
            get("/docs", system::docs);
            path("/api/v1", () -> {
                get("me", accounts::me);
                path("organisations", () -> {
                    post(organisations::create);
                    get(organisations::list);
                    get("{slug}", organisations::get);
                });
                path("accounts", () -> {
                    post(accounts::create);
                    get("{id}", accounts::get);
                    patch("{id}", accounts::update);
                    post("{id}/tokens", accounts::issueToken);
                });
                delete("tokens/{id}", accounts::revokeToken);
                path("documents", () -> {
                    post(documents::create);
                    get(documents::list);
                    path("{id}", () -> {
                        get(documents::get);
                        patch(documents::patch);
                        put("sections/{key}", parts::putSection);
                        delete("sections/{key}", parts::deleteSection);
                        put("indicators/{key}", parts::putIndicator);
                        delete("indicators/{key}", parts::deleteIndicator);
                        post("evidence", parts::addEvidence);
                        delete("evidence/{eid}", parts::deleteEvidence);
                        put("participants/{slug}", parts::putParticipant);
                        delete("participants/{slug}", parts::deleteParticipant);
                        put("absences/{party}", parts::putAbsence);
                        delete("absences/{party}", parts::deleteAbsence);
                        get("revisions", documents::revisions);
                        get("revisions/{n}", documents::revision);
                        get("revisions/{n}/diff", documents::diff);
                        post("comments", comments::create);
                        get("comments", comments::list);
                        patch("comments/{cid}", comments::answer);
                        post("transitions", documents::transition);
                        post("validations", validations::run);
                        get("validations/latest", validations::latest);
                        post("submissions", submissions::submit);
                        get("submissions", submissions::list);
                        post("approvals", approvals::decide);
                        get("approvals", approvals::list);
                        get("editions", editions::list);
                        get("editions/{version}", editions::get);
                    });
                });
                get("submissions/{sid}", submissions::get);
                post("submissions/{sid}/outcome", submissions::outcome);
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
}
