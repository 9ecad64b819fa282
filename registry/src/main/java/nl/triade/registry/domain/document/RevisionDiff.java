package nl.triade.registry.domain.document;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.lang.reflect.RecordComponent;
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
import nl.triade.registry.domain.document.DiffLine.Op;

/**
 * What changed between two contents, part by part, with a line diff (java-diff-utils' Myers
 * algorithm) for the long texts, so reviewers see exactly which sentences an edit touched.
 */
public final class RevisionDiff {
    private static final Set<String> TEXT_FIELDS = Set.of("summary", "patientVersion", "workInstruction");

    private RevisionDiff() {
    }

    public static List<ContentChange> between(DocumentContent before, DocumentContent after) {
        List<ContentChange> changes = new ArrayList<>();
        fields(before.fields(), after.fields(), changes);
        keyed(Part.SECTION, before.sections(), after.sections(), Section::key, changes);
        keyed(Part.INDICATOR, before.indicators(), after.indicators(), Indicator::key, changes);
        keyed(Part.PARTICIPANT, before.participants(), after.participants(), Participant::organisation, changes);
        keyed(Part.EVIDENCE, before.evidence(), after.evidence(), Evidence::id, changes);
        keyed(Part.ABSENCE, before.absences(), after.absences(), statement -> WireNames.of(statement.party()), changes);
        return changes;
    }

    private static void fields(DocumentFields before, DocumentFields after, List<ContentChange> changes) {
        for (RecordComponent component : DocumentFields.class.getRecordComponents()) {
            Object old = read(component, before);
            Object now = read(component, after);
            if (Objects.equals(old, now)) {
                continue;
            }
            Kind kind = old == null ? Kind.ADDED : now == null ? Kind.REMOVED : Kind.CHANGED;
            List<DiffLine> lines = kind == Kind.CHANGED && TEXT_FIELDS.contains(component.getName())
                    ? lines((String) old, (String) now) : null;
            changes.add(new ContentChange(Part.FIELD, component.getName(), kind, old, now, lines));
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
                List<DiffLine> lines = value instanceof Section section ? lines(section.body(), ((Section) current).body()) : null;
                changes.add(new ContentChange(part, k, Kind.CHANGED, value, current, lines));
            }
        });
        now.forEach((k, value) -> {
            if (!old.containsKey(k)) {
                changes.add(new ContentChange(part, k, Kind.ADDED, null, value, null));
            }
        });
    }

    static List<DiffLine> lines(String before, String after) {
        List<String> old = before.lines().toList();
        List<String> now = after.lines().toList();
        List<DiffLine> result = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                result.add(new DiffLine(Op.EQUAL, old.get(position)));
            }
            delta.getSource().getLines().forEach(line -> result.add(new DiffLine(Op.DELETE, line)));
            delta.getTarget().getLines().forEach(line -> result.add(new DiffLine(Op.INSERT, line)));
            position += delta.getSource().size();
        }
        for (; position < old.size(); position++) {
            result.add(new DiffLine(Op.EQUAL, old.get(position)));
        }
        return result;
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
