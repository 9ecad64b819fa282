package nl.triade.registry.http.review;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.review.Comment;
import nl.triade.registry.http.SpreadsheetCsv;

/**
 * A document's comment list as CSV for a Dutch spreadsheet ({@link SpreadsheetCsv}): every comment
 * the filters select, oldest first, one line each, the columns named like the JSON list's members.
 * Streamed a page of {@link PageRequest#MAX_LIMIT} at a time, each page read in its own short
 * transaction by keyset, so a long list costs one pass and holds no database connection while it is sent.
 */
final class CommentsCsv {
    /** The members of schema {@code Comment}, in its order. */
    private static final List<String> COLUMNS = List.of("id", "revision", "sectionKey", "replyTo", "author", "organisation",
            "source", "body", "status", "disposition", "rationale", "resolvedBy", "resolvedAt", "createdAt");

    private CommentsCsv() {
    }

    /** Sends every page {@code pages} gives, from the first (read before the answer starts, so a refusal is still a problem). */
    static void send(Context ctx, String documentId, Function<PageRequest, Page<Comment>> pages) {
        Page<Comment> page = pages.apply(PageRequest.first(PageRequest.MAX_LIMIT));
        try {
            SpreadsheetCsv csv = SpreadsheetCsv.start(ctx, "comments-" + documentId + ".csv", COLUMNS);
            while (true) {
                for (Comment comment : page.items()) {
                    csv.row(cells(comment));
                }
                if (page.next() == null) {
                    break;
                }
                page = pages.apply(new PageRequest(PageRequest.MAX_LIMIT, page.next()));
            }
            csv.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the comments could not be sent", e);
        }
    }

    private static List<String> cells(Comment comment) {
        return Arrays.asList(comment.id(), Integer.toString(comment.revision()), comment.sectionKey(), comment.replyTo(),
                comment.author(), comment.organisation(), comment.source(), comment.body(), WireNames.of(comment.status()),
                comment.disposition() == null ? null : WireNames.of(comment.disposition()), comment.rationale(),
                comment.resolvedBy(), text(comment.resolvedAt()), text(comment.createdAt()));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
