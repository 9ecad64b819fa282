package nl.triade.registry.web.editing;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.triade.registry.domain.document.DocumentLimits;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.http.document.QueryParams;

/**
 * What a person sent from a section's edit form: the title, the text, the revision note and the
 * section's version the form was made on ({@code basis}, the API's ETag). The text's line ends are
 * made {@code \n}, as the API's clients send them: a browser sends a textarea's lines with
 * {@code \r\n}, and a save would otherwise change every line of the text.
 */
public record SectionForm(String title, String body, String note, int basis) {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    static SectionForm of(Context ctx) {
        String basis = Optional.ofNullable(ctx.formParam("basis")).orElse("");
        // a broken basis matches no version: the save is refused as stale, never made unconditional
        return new SectionForm(text(ctx, "title"), text(ctx, "body").replace("\r\n", "\n"), text(ctx, "note"),
                NUMBER.matcher(basis).matches() ? Integer.parseInt(basis) : 0);
    }

    /** The form as it starts: the section as it is now, at its current version. */
    static SectionForm of(Section section, int revision) {
        return new SectionForm(section.title(), section.body(), "", revision);
    }

    /** The same text and note, bound to another version: a merge view's form. */
    SectionForm basedOn(int revision) {
        return new SectionForm(title, body, note, revision);
    }

    /** What is wrong with each field, by field name, with the limits the API's section edit holds to; empty when nothing is. */
    Map<String, FieldError> errors() {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        check(errors, "title", title, DocumentLimits.TITLE, true);
        check(errors, "body", body, DocumentLimits.SECTION_BODY, true);
        check(errors, "note", note, QueryParams.MAX_NOTE, false);
        return errors;
    }

    Section section(String key) {
        return new Section(key, title.strip(), body);
    }

    /** The revision note as the API keeps it: none when left empty. */
    String revisionNote() {
        return note.isBlank() ? null : note.strip();
    }

    private static void check(Map<String, FieldError> errors, String field, String value, int limit, boolean required) {
        if (required && value.isBlank()) {
            errors.put(field, new FieldError("editing.error." + field + ".required", limit));
        } else if (value.length() > limit) {
            errors.put(field, new FieldError("editing.error." + field + ".too-long", limit));
        }
    }

    private static String text(Context ctx, String field) {
        return Optional.ofNullable(ctx.formParam(field)).orElse("");
    }

    /** A field's error: its text key, and the field's limit for the text to name. */
    public record FieldError(String key, int limit) {
    }
}
