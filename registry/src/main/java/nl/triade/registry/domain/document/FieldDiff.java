package nl.triade.registry.domain.document;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.document.ContentChange.Kind;
import nl.triade.registry.domain.document.DiffPiece.Op;
import nl.triade.registry.domain.document.SequenceDiff.Bounds;

/**
 * Which fields of two versions of a value differ, down to the smallest one that changed: records
 * are compared component by component (under their canonical names, so a rename in the code changes
 * no path), lists item by item, anything else as a whole. List items are aligned first (the same
 * diff as lines), so an item inserted at the front shows as one added item rather than every item
 * changed; in each changed stretch the deleted and inserted items are paired in order as changed
 * items (compared field by field), and the rest are removed or added. An added or changed item is
 * named by its position in the later version, a removed one by its position in the earlier one.
 */
final class FieldDiff {
    private FieldDiff() {
    }

    /** The changes from {@code before} to {@code after}, both found under {@code path}; empty when they are equal. */
    static List<FieldChange> between(String path, Object before, Object after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(path, before, after, changes);
        return changes;
    }

    /** A record's components by canonical name, in declaration order. */
    static Map<String, Object> components(Record record) {
        Map<String, String> names = CanonicalJson.canonicalNames(record.getClass());
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            values.put(names.get(component.getName()), read(component, record));
        }
        return values;
    }

    private static void compare(String path, Object before, Object after, List<FieldChange> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null || after == null) {
            changes.add(new FieldChange(path, before == null ? Kind.ADDED : Kind.REMOVED, before, after, null));
        } else if (before instanceof Record old && after instanceof Record now && old.getClass() == now.getClass()) {
            Map<String, Object> nowValues = components(now);
            components(old).forEach((name, value) -> compare(path + "." + name, value, nowValues.get(name), changes));
        } else if (before instanceof List<?> old && after instanceof List<?> now) {
            items(path, old, now, changes);
        } else {
            changes.add(new FieldChange(path, Kind.CHANGED, before, after, null));
        }
    }

    private static void items(String path, List<?> before, List<?> after, List<FieldChange> changes) {
        List<Integer> deleted = new ArrayList<>();
        List<Integer> inserted = new ArrayList<>();
        int old = 0;
        int now = 0;
        for (Op op : SequenceDiff.between(before, after, Bounds.LINES)) {
            switch (op) {
                case DELETE -> deleted.add(old++);
                case INSERT -> inserted.add(now++);
                case EQUAL -> {
                    stretch(path, before, after, deleted, inserted, changes);
                    old++;
                    now++;
                }
            }
        }
        stretch(path, before, after, deleted, inserted, changes);
    }

    /** One changed stretch of a list: its deleted and inserted positions, paired in order; emptied when done. */
    private static void stretch(String path, List<?> before, List<?> after, List<Integer> deleted, List<Integer> inserted,
                                List<FieldChange> changes) {
        int paired = Math.min(deleted.size(), inserted.size());
        for (int i = 0; i < paired; i++) {
            compare(path + "." + inserted.get(i), before.get(deleted.get(i)), after.get(inserted.get(i)), changes);
        }
        deleted.subList(paired, deleted.size()).forEach(at -> changes.add(new FieldChange(path + "." + at, Kind.REMOVED,
                before.get(at), null, null)));
        inserted.subList(paired, inserted.size()).forEach(at -> changes.add(new FieldChange(path + "." + at, Kind.ADDED,
                null, after.get(at), null)));
        deleted.clear();
        inserted.clear();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
