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
 * changed. In each changed stretch an inserted and a deleted item with the same key (a record's first
 * member: a tijdpad's deliverable, an informatiestandaard's identifier, a study's property) are one
 * changed item, compared field by field; the rest are removed or added. An added or changed item is
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

    /**
     * One changed stretch of a list: its deleted and inserted positions. An inserted item is paired with
     * the first deleted one of the same key and compared field by field; the rest are removed or
     * added. Both lists are emptied when done.
     */
    private static void stretch(String path, List<?> before, List<?> after, List<Integer> deleted, List<Integer> inserted,
                                List<FieldChange> changes) {
        List<Integer> added = new ArrayList<>();
        for (int at : inserted) {
            Object key = key(after.get(at));
            Integer match = key == null ? null
                    : deleted.stream().filter(old -> key.equals(key(before.get(old)))).findFirst().orElse(null);
            if (match == null) {
                added.add(at);
            } else {
                deleted.remove(match);
                compare(path + "." + at, before.get(match), after.get(at), changes);
            }
        }
        deleted.forEach(at -> changes.add(new FieldChange(path + "." + at, Kind.REMOVED, before.get(at), null, null)));
        added.forEach(at -> changes.add(new FieldChange(path + "." + at, Kind.ADDED, null, after.get(at), null)));
        deleted.clear();
        inserted.clear();
    }

    /** What identifies a list item across revisions: a record's first member; other values have none. */
    private static Object key(Object item) {
        return item instanceof Record record ? components(record).values().iterator().next() : null;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
