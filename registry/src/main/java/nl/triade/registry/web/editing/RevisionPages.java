package nl.triade.registry.web.editing;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.account.SignedIn;
import nl.triade.registry.domain.document.ContentChange.Part;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.Revision;
import nl.triade.registry.domain.document.RevisionService;
import nl.triade.registry.web.PageFrame;
import nl.triade.registry.web.Pages;
import nl.triade.registry.web.WebServices;
import nl.triade.registry.web.session.WebSessions;

/**
 * A document's revisions and the difference between any two, read through the API's
 * {@link RevisionService}: the same readers (the document's participants and administrators), and
 * the same {@code DiffLimits} and work slots for the word diff.
 */
final class RevisionPages {
    private static final int LIST_PAGE = 50;
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");
    private final Pages pages;
    private final WebSessions sessions;
    private final WebServices services;

    RevisionPages(Pages pages, WebSessions sessions, WebServices services) {
        this.pages = pages;
        this.sessions = sessions;
        this.services = services;
    }

    void versions(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String id = ctx.pathParam("id");
        String cursor = ctx.queryParam("cursor");
        Page<Revision> listed = services.revisions().list(me.caller(), id, new PageRequest(LIST_PAGE,
                cursor == null || cursor.isBlank() ? null : cursor));
        Document document = services.documents().get(me.caller(), id);
        String next = listed.next() == null ? null : "/documenten/" + id + "/versies?cursor=" + URLEncoder.encode(listed.next(), StandardCharsets.UTF_8);
        pages.render(ctx, frame, "editing/versions.jte", new VersionsView(id, document.content().fields().title(), listed.items(),
                next, Math.max(1, document.revision() - 1), document.revision()));
    }

    /** {@code ?van=N&naar=M}: the older one is shown left, whichever way round they were chosen. */
    void difference(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String id = ctx.pathParam("id");
        Document document = services.documents().get(me.caller(), id);
        String title = document.content().fields().title();
        int from = number(ctx.queryParam("van"));
        int to = number(ctx.queryParam("naar"));
        if (from == 0 || to == 0 || from == to || Math.max(from, to) > document.revision()) {
            pages.render(ctx, frame, 422, "editing/difference.jte", new DifferenceView(id, title, from, to, List.of(), 0,
                    "editing.difference.error.pair"));
            return;
        }
        RevisionService.Diff diff = services.revisions().diff(me.caller(), id, Math.max(from, to), Math.min(from, to));
        int others = (int) diff.changes().stream().filter(change -> change.part() != Part.SECTION).count();
        pages.render(ctx, frame, "editing/difference.jte", new DifferenceView(id, title, diff.against(), diff.revision(),
                SectionDifferences.of(diff.changes()), others, null));
    }

    /** A revision number as chosen in the form; 0 for anything else. */
    private static int number(String value) {
        return value != null && NUMBER.matcher(value).matches() ? Integer.parseInt(value) : 0;
    }
}
