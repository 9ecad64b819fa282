package nl.triade.registry.domain.document;

import java.util.List;
import java.util.function.Function;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.LimitExceededException;
import nl.triade.registry.domain.Rule;

/**
 * Every limit on a document, in one place: README's "Limits" table and the spec's
 * {@code maxLength}/{@code maxItems} repeat these numbers. Chosen so that a large real
 * kwaliteitsstandaard (tens of sections of tens of kilobytes) fits twice over, while one document
 * can never hold enough to make reading it a burden for the server: 50 sections of 20 KB are about
 * 1 MB of content, the total is capped at 2 MiB.
 *
 * <p>The counts and the total are checked on every content change. A change is refused only when
 * it makes things worse, so a document stored before these limits existed can still be trimmed.
 */
public final class DocumentLimits {
    public static final int MAX_SECTIONS = 500;
    public static final int MAX_INDICATORS = 500;
    public static final int MAX_EVIDENCE = 500;
    public static final int MAX_PARTICIPANTS = 100;
    /** UTF-8 bytes of the canonical JSON of the content: what {@code contentHash} covers. */
    public static final int MAX_CONTENT_BYTES = 2 * 1024 * 1024;

    public static final int TITLE = 300;
    public static final int SECTION_BODY = 200_000;
    public static final int INDICATOR_TEXT = 2_000;
    public static final int INDICATOR_UNIT = 100;
    public static final int INDICATOR_PERIOD = 200;
    public static final int EVIDENCE_SUMMARY = 20_000;
    /** A study's note on one property: a coefficient and a caveat, not a report. */
    public static final int STUDY_NOTE = 500;
    public static final int EVIDENCE_POPULATION = 500;
    public static final int EVIDENCE_REFERENCE = 1_000;
    public static final int MOTIVATION = 2_000;
    public static final int CONDITION = 200;
    public static final int SUMMARY = 20_000;
    public static final int PATIENT_VERSION = 100_000;
    public static final int WORK_INSTRUCTION = 100_000;
    public static final int STANDARD_ID = 100;
    public static final int MAINTAINED_BY = 200;
    public static final int TIMELINES = 50;
    public static final int TIMELINE_DELIVERABLE = 300;
    public static final int TIMELINE_DESCRIPTION = 2_000;
    public static final int INFORMATION_STANDARDS = 50;
    public static final int INFORMATION_STANDARD_TEXT = 300;
    public static final int URL = 2_000;
    public static final int FINANCIAL_BASIS = 20_000;
    public static final int ASSESSED_BY = 200;
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2100;

    private DocumentLimits() {
    }

    /** Refuses {@code after} when it has more parts of a kind, or more bytes, than allowed and than {@code before}. */
    static void check(DocumentContent before, DocumentContent after, String afterCanonicalJson) {
        checkCount(Rule.MAX_SECTIONS, "sections", MAX_SECTIONS, before.sections(), after.sections());
        checkCount(Rule.MAX_INDICATORS, "indicators", MAX_INDICATORS, before.indicators(), after.indicators());
        checkCount(Rule.MAX_EVIDENCE, "evidence", MAX_EVIDENCE, before.evidence(), after.evidence());
        checkCount(Rule.MAX_PARTICIPANTS, "participants", MAX_PARTICIPANTS, before.participants(), after.participants());
        long size = utf8Length(afterCanonicalJson);
        if (size > MAX_CONTENT_BYTES && size > utf8Length(CanonicalJson.write(before))) {
            throw new LimitExceededException(Rule.MAX_CONTENT_BYTES, grown(before, after), MAX_CONTENT_BYTES,
                    "the document's content would be " + size + " bytes; at most " + MAX_CONTENT_BYTES
                            + " bytes (canonical JSON, UTF-8) are allowed");
        }
    }

    private static void checkCount(Rule rule, String field, int max, List<?> before, List<?> after) {
        if (after.size() > max && after.size() > before.size()) {
            throw new LimitExceededException(rule, field, max, "a document has at most " + max + " " + field);
        }
    }

    /** The part of the content that grew most: what the refused change was adding to. Only on the refusal path. */
    private static String grown(DocumentContent before, DocumentContent after) {
        List<Function<DocumentContent, Object>> parts = List.of(DocumentContent::sections, DocumentContent::indicators,
                DocumentContent::evidence, DocumentContent::participants, DocumentContent::fields, DocumentContent::absences);
        List<String> names = List.of("sections", "indicators", "evidence", "participants", "fields", "absences");
        String field = names.get(0);
        long most = Long.MIN_VALUE;
        for (int i = 0; i < parts.size(); i++) {
            long growth = utf8Length(CanonicalJson.write(parts.get(i).apply(after)))
                    - utf8Length(CanonicalJson.write(parts.get(i).apply(before)));
            if (growth > most) {
                most = growth;
                field = names.get(i);
            }
        }
        return field;
    }

    /** UTF-8 length without encoding: the content may be megabytes. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
