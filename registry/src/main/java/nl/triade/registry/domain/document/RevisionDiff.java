package nl.triade.registry.domain.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.ContentChange.Kind;
import nl.triade.registry.domain.document.ContentChange.Part;
import nl.triade.registry.domain.document.DiffLimits.ComparedText;

/**
 * What changed between two contents, part by part, and inside each changed part field by field
 * ({@link FieldDiff}), with a line diff for the long texts and a word diff for every changed text
 * ({@link TextDiff}), so reviewers see exactly which words an edit touched. The parts and their fields
 * are compared first (cheap equality), then the changed texts are held against the
 * {@link DiffLimits}, and only then are their lines and words diffed.
 */
public final class RevisionDiff {
    private static final Set<String> TEXT_FIELDS = Set.of("summary", "patientVersion", "workInstruction");

    private RevisionDiff() {
    }

    /**
     * Every changed part with its changed fields, without line or word diffs yet; cheap. Refuses with
     * the limit named when the changed texts are more than {@code limits} allows to compare.
     */
    public static List<ContentChange> changes(DocumentContent before, DocumentContent after, DiffLimits limits) {
        List<ContentChange> changes = new ArrayList<>();
        fields(before.fields(), after.fields(), changes);
        keyed(Part.SECTION, "sections", before.sections(), after.sections(), Section::key, changes);
        keyed(Part.INDICATOR, "indicators", before.indicators(), after.indicators(), Indicator::key, changes);
        keyed(Part.PARTICIPANT, "participants", before.participants(), after.participants(), Participant::organisation, changes);
        keyed(Part.EVIDENCE, "evidence", before.evidence(), after.evidence(), Evidence::id, changes);
        keyed(Part.ABSENCE, "absences", before.absences(), after.absences(), statement -> WireNames.of(statement.party()), changes);
        limits.check(comparedTexts(changes));
        return changes;
    }

    /** The same changes with the line diff and the word diffs of every changed text: the expensive part. */
    public static List<ContentChange> withTextDiffs(List<ContentChange> changes) {
        return changes.stream().map(RevisionDiff::withTextDiffs).toList();
    }

    /** Every text this diff compares, once each: the line-diffed ones are also word-diffed under the same path. */
    private static List<ComparedText> comparedTexts(List<ContentChange> changes) {
        Map<String, ComparedText> texts = new LinkedHashMap<>();
        for (ContentChange change : changes) {
            ComparedText lined = linedText(change);
            if (lined != null) {
                texts.put(lined.field(), lined);
            }
            if (change.fields() != null) {
                change.fields().stream().filter(FieldChange::isText).forEach(field -> texts.putIfAbsent(field.path(),
                        new ComparedText(field.path(), (String) field.before(), (String) field.after(), false)));
            }
        }
        return List.copyOf(texts.values());
    }

    /** The text whose lines are diffed for this change, or null when it has none. */
    private static ComparedText linedText(ContentChange change) {
        if (change.change() != Kind.CHANGED) {
            return null;
        }
        if (change.part() == Part.FIELD && TEXT_FIELDS.contains(change.key())) {
            return new ComparedText(change.key(), (String) change.before(), (String) change.after(), true);
        }
        if (change.part() == Part.SECTION) {
            return new ComparedText("sections." + change.key() + ".body", ((Section) change.before()).body(),
                    ((Section) change.after()).body(), true);
        }
        return null;
    }

    private static ContentChange withTextDiffs(ContentChange change) {
        ComparedText text = linedText(change);
        return new ContentChange(change.part(), change.key(), change.change(), change.before(), change.after(),
                text == null ? null : lines(text.before(), text.after()),
                change.fields() == null ? null : change.fields().stream().map(FieldChange::withWords).toList());
    }

    /** A changed field is keyed by its canonical name, so a rename in the code changes no diff. */
    private static void fields(DocumentFields before, DocumentFields after, List<ContentChange> changes) {
        Map<String, Object> now = FieldDiff.components(after);
        FieldDiff.components(before).forEach((name, old) -> {
            Object current = now.get(name);
            if (!Objects.equals(old, current)) {
                Kind kind = old == null ? Kind.ADDED : current == null ? Kind.REMOVED : Kind.CHANGED;
                changes.add(new ContentChange(Part.FIELD, name, kind, old, current, null,
                        kind == Kind.CHANGED ? FieldDiff.between(name, old, current) : null));
            }
        });
    }

    private static <T> void keyed(Part part, String path, List<T> before, List<T> after, Function<T, String> key,
                                  List<ContentChange> changes) {
        Map<String, T> old = byKey(before, key);
        Map<String, T> now = byKey(after, key);
        old.forEach((k, value) -> {
            T current = now.get(k);
            if (current == null) {
                changes.add(new ContentChange(part, k, Kind.REMOVED, value, null, null));
            } else if (!current.equals(value)) {
                changes.add(new ContentChange(part, k, Kind.CHANGED, value, current, null,
                        FieldDiff.between(path + "." + k, value, current)));
            }
        });
        now.forEach((k, value) -> {
            if (!old.containsKey(k)) {
                changes.add(new ContentChange(part, k, Kind.ADDED, null, value, null));
            }
        });
    }

    static List<DiffPiece> lines(String before, String after) {
        return TextDiff.lines(before.lines().toList(), after.lines().toList());
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }
}
