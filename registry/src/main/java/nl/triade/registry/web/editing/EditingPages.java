package nl.triade.registry.web.editing;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.PreconditionFailedException;
import nl.triade.registry.domain.account.SignedIn;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.Precondition;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.limits.WriteKind;
import nl.triade.registry.web.PageFrame;
import nl.triade.registry.web.Pages;
import nl.triade.registry.web.WebServices;
import nl.triade.registry.web.editing.SectionEditView.Conflict;
import nl.triade.registry.web.editing.SectionForm.FieldError;
import nl.triade.registry.web.session.WebSessions;

/**
 * Editing a section. The form carries the section's version it was made on, and saving is the
 * API's section edit ({@code DocumentPartService.putSection}) bound to that version, under the
 * API's write limit: when someone else saved the section meanwhile, nothing is overwritten and the
 * merge view shows their text beside the person's own, with the form now bound to their version.
 * Also routes the revision pages ({@link RevisionPages}).
 */
public final class EditingPages {
    private static final String EDIT = "/documenten/{id}/secties/{sectionId}/bewerken";
    private final Pages pages;
    private final WebSessions sessions;
    private final WebServices services;
    private final RevisionPages revisions;

    public EditingPages(Pages pages, WebSessions sessions, WebServices services) {
        this.pages = pages;
        this.sessions = sessions;
        this.services = services;
        this.revisions = new RevisionPages(pages, sessions, services);
    }

    public EndpointGroup routes() {
        return () -> {
            get(EDIT, pages.page(this::editForm));
            post(EDIT, pages.page(this::save));
            get("/documenten/{id}/versies", pages.page(revisions::versions));
            get("/documenten/{id}/verschil", pages.page(revisions::difference));
        };
    }

    static String editPath(String documentId, String sectionKey) {
        return "/documenten/" + encode(documentId) + "/secties/" + encode(sectionKey) + "/bewerken";
    }

    /** The form on the section as it is; refused as the API refuses the edit (another organisation's draft: 404). */
    private void editForm(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        Document document = editable(me, ctx.pathParam("id"));
        String key = ctx.pathParam("sectionId");
        Section section = section(document, key);
        pages.render(ctx, frame, "editing/edit.jte", view(document, key, SectionForm.of(section, document.sectionRevision(key)),
                Map.of(), null, ctx.queryParam("opgeslagen") != null, me));
    }

    private void save(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String id = ctx.pathParam("id");
        String key = ctx.pathParam("sectionId");
        SectionForm form = SectionForm.of(ctx);
        Map<String, FieldError> errors = form.errors();
        if (!errors.isEmpty()) {
            Document document = editable(me, id);
            section(document, key);
            pages.render(ctx, frame, 422, "editing/edit.jte", view(document, key, form, errors, null, false, me));
            return;
        }
        services.limits().admit(me.caller(), WriteKind.EDITS);
        try {
            services.parts().putSection(me.caller(), id, form.section(key), Precondition.ifMatch(form.basis()), form.revisionNote());
        } catch (PreconditionFailedException stale) {
            mergeView(ctx, frame, me, form);
            return;
        }
        ctx.redirect(editPath(id, key) + "?opgeslagen", HttpStatus.SEE_OTHER);
    }

    /** Their section as it is now beside the person's own text, the form bound to their version; a {@code 409}, as the API's. */
    private void mergeView(Context ctx, PageFrame frame, SignedIn me, SectionForm form) {
        String key = ctx.pathParam("sectionId");
        Document document = editable(me, ctx.pathParam("id"));
        Section theirs = section(document, key);
        Conflict conflict = new Conflict(theirs.title(), theirs.body(),
                services.revisions().words("sections." + key + ".body", theirs.body(), form.body()));
        pages.render(ctx, frame, 409, "editing/edit.jte", view(document, key, form.basedOn(document.sectionRevision(key)),
                Map.of(), conflict, false, me));
    }

    private Document editable(SignedIn me, String id) {
        Document document = services.documents().get(me.caller(), id);
        DocumentAccess.requireEdit(me.caller(), document);
        return document;
    }

    private static Section section(Document document, String key) {
        return document.content().section(key).orElseThrow(() -> new NotFoundException("section", key));
    }

    private static SectionEditView view(Document document, String key, SectionForm form, Map<String, FieldError> errors,
                                        Conflict conflict, boolean saved, SignedIn me) {
        return new SectionEditView(document.id(), document.content().fields().title(), key, form, errors, conflict, saved,
                me.csrfToken());
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
