package nl.triade.registry.domain.document;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.ContentChange.Kind;
import nl.triade.registry.domain.document.ContentChange.Part;
import nl.triade.registry.domain.document.DiffLimits.ComparedText;

/**
 * What changed between two contents, part by part, with a line diff ({@link LineDiff}) for the long
 * texts, so reviewers see exactly which sentences an edit touched. The parts are compared first
 * (cheap equality), then the changed texts are held against the {@link DiffLimits}, and only then
 * are their lines diffed.
 */
public final class RevisionDiff {
    private static final Set<String> TEXT_FIELDS = Set.of("summary", "patientVersion", "workInstruction");

    private RevisionDiff() {
    }

    /**
     * Every changed part, without line diffs yet; cheap. Refuses with the limit named when the
     * changed texts are more than {@code limits} allows to compare.
     */
    public static List<ContentChange> changes(DocumentContent before, DocumentContent after, DiffLimits limits) {
        List<ContentChange> changes = new ArrayList<>();
        fields(before.fields(), after.fields(), changes);
        keyed(Part.SECTION, before.sections(), after.sections(), Section::key, changes);
        keyed(Part.INDICATOR, before.indicators(), after.indicators(), Indicator::key, changes);
        keyed(Part.PARTICIPANT, before.participants(), after.participants(), Participant::organisation, changes);
        keyed(Part.EVIDENCE, before.evidence(), after.evidence(), Evidence::id, changes);
        keyed(Part.ABSENCE, before.absences(), after.absences(), statement -> WireNames.of(statement.party()), changes);
        limits.check(changes.stream().map(RevisionDiff::comparedText).filter(Objects::nonNull).toList());
        return changes;
    }

    /** The same changes with the line diff of every changed text: the expensive part. */
    public static List<ContentChange> withLines(List<ContentChange> changes) {
        return changes.stream().map(RevisionDiff::withLines).toList();
    }

    /** The text whose lines are diffed for this change, or null when it has none. */
    private static ComparedText comparedText(ContentChange change) {
        if (change.change() != Kind.CHANGED) {
            return null;
        }
        if (change.part() == Part.FIELD && TEXT_FIELDS.contains(change.key())) {
            return new ComparedText(change.key(), (String) change.before(), (String) change.after());
        }
        if (change.part() == Part.SECTION) {
            return new ComparedText("sections." + change.key() + ".body", ((Section) change.before()).body(),
                    ((Section) change.after()).body());
        }
        return null;
    }

    private static ContentChange withLines(ContentChange change) {
        ComparedText text = comparedText(change);
        return text == null ? change : new ContentChange(change.part(), change.key(), change.change(), change.before(),
                change.after(), lines(text.before(), text.after()));
    }

    /** A changed field is keyed by its canonical name, so a rename in the code changes no diff. */
    private static void fields(DocumentFields before, DocumentFields after, List<ContentChange> changes) {
        Map<String, String> names = CanonicalJson.canonicalNames(DocumentFields.class);
        for (RecordComponent component : DocumentFields.class.getRecordComponents()) {
            Object old = read(component, before);
            Object now = read(component, after);
            if (Objects.equals(old, now)) {
                continue;
            }
            Kind kind = old == null ? Kind.ADDED : now == null ? Kind.REMOVED : Kind.CHANGED;
            changes.add(new ContentChange(Part.FIELD, names.get(component.getName()), kind, old, now, null));
        }
    }

    private static <T> void keyed(Part part, List<T> before, List<T> after, Function<T, String> key, List<ContentChange> changes) {
        Map<String, T> old = byKey(before, key);
        Map<String, T> now = byKey(after, key);
        old.forEach((k, value) -> {
            T current = now.get(k);
            if (current == null) {
                changes.add(new ContentChange(part, k, Kind.REMOVED, value, null, null));
            } else if (!current.equals(value)) {
                changes.add(new ContentChange(part, k, Kind.CHANGED, value, current, null));
            }
        });
        now.forEach((k, value) -> {
            if (!old.containsKey(k)) {
                changes.add(new ContentChange(part, k, Kind.ADDED, null, value, null));
            }
        });
    }

    static List<DiffLine> lines(String before, String after) {
        return LineDiff.between(before.lines().toList(), after.lines().toList());
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
