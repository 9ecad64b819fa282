package nl.triade.registry.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Canonical JSON in the spirit of RFC 8785: object keys sorted, no insignificant white space,
 * strings escaped minimally. Content hashes and the audit chain are computed over this form, so
 * the same content always hashes the same however it was stored or parsed.
 *
 * <p>Accepts records (as objects of their components), maps with string keys, lists, strings,
 * booleans, integral numbers, enums (as wire names), dates, instants and null; anything else is a
 * programming error. Fractional numbers are refused on purpose:
 * their textual form is where canonicalisation schemes disagree.
 *
 * <p>A record is written under the canonical names its components declare with {@link Name}, never
 * under their Java names: an IDE rename of a component must not change every stored hash. A record
 * with a component that has no canonical name (or two components with the same one) is refused
 * the first time it is written.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /**
     * Marks a record component that is left out of the canonical form while it is an empty list:
     * a component added to a hashed record later then keeps the hash of everything written before it.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface OmitWhenEmpty {
    }

    /**
     * Marks a record component that is left out while it is null or {@code false}, here and in
     * every JSON column the store writes it to: a component added to a stored record later then
     * leaves the text of every row that does not use it as it was, and such a row reads back with
     * the component unset.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface OmitWhenUnset {
    }

    /**
     * The name a record component has in the canonical form, and in every JSON column the store
     * writes it to. It is part of every hash over the record and of every stored row, so it never
     * changes: a new name is a new format version, not a rename.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Name {
        String value();
    }

    /** One record component as the canonical form writes it. */
    private record Member(RecordComponent component, String name, boolean omitWhenEmpty, boolean omitWhenUnset) {
        boolean omits(Object value) {
            return omitWhenEmpty && value instanceof List<?> list && list.isEmpty()
                    || omitWhenUnset && (value == null || Boolean.FALSE.equals(value));
        }
    }

    private static final ClassValue<List<Member>> MEMBERS = new ClassValue<>() {
        @Override
        protected List<Member> computeValue(Class<?> type) {
            List<Member> members = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Name name = component.getAnnotation(Name.class);
                if (name == null) {
                    throw new IllegalArgumentException("no canonical name for component " + component.getName() + " of "
                            + type.getName() + ": annotate it with @CanonicalJson.Name");
                }
                if (!names.add(name.value())) {
                    throw new IllegalArgumentException("two components of " + type.getName() + " have the canonical name "
                            + name.value());
                }
                members.add(new Member(component, name.value(), component.isAnnotationPresent(OmitWhenEmpty.class),
                        component.isAnnotationPresent(OmitWhenUnset.class)));
            }
            return List.copyOf(members);
        }
    };

    /**
     * Java component name to canonical name, in declaration order; refuses a record that cannot be
     * written. For tests that pin the shape of a hashed model.
     */
    public static Map<String, String> canonicalNames(Class<? extends Record> type) {
        Map<String, String> names = new LinkedHashMap<>();
        MEMBERS.get(type).forEach(member -> names.put(member.component().getName(), member.name()));
        return names;
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    public static String sha256(Object value) {
        return sha256Hex(write(value));
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            appendString(out, text);
        } else if (value instanceof Boolean flag) {
            out.append(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Enum<?> constant) {
            appendString(out, WireNames.of(constant));
        } else if (value instanceof LocalDate || value instanceof Instant) {
            appendString(out, value.toString());
        } else if (value instanceof Map<?, ?> map) {
            appendObject(out, map);
        } else if (value instanceof Record record) {
            appendObject(out, components(record));
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no canonical JSON form for " + value.getClass().getName());
        }
    }

    private static Map<String, Object> components(Record record) {
        Map<String, Object> map = new TreeMap<>();
        for (Member member : MEMBERS.get(record.getClass())) {
            try {
                Object value = member.component().getAccessor().invoke(record);
                if (!member.omits(value)) {
                    map.put(member.name(), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + member.component().getName() + " of " + record.getClass(), e);
            }
        }
        return map;
    }

    /**
     * Members in the order of their names' UTF-16 code units ({@link String#compareTo}); a record's
     * components come already sorted so, and a map's names are sorted in an array, not a tree: every
     * content hash and every audit event goes through here.
     */
    private static void appendObject(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        if (map instanceof SortedMap<?, ?> sorted && sorted.comparator() == null) {
            for (Map.Entry<?, ?> member : map.entrySet()) {
                appendMember(out, (String) member.getKey(), member.getValue());
            }
        } else {
            Object[] names = map.keySet().toArray();
            Arrays.sort(names);
            for (Object name : names) {
                appendMember(out, (String) name, map.get(name));
            }
        }
        out.append('}');
    }

    /** Appends one member of the object begun with its {@code '{'}, after a comma unless it is the first. */
    private static void appendMember(StringBuilder out, String name, Object value) {
        if (out.charAt(out.length() - 1) != '{') {
            out.append(',');
        }
        appendString(out, name);
        out.append(':');
        append(out, value);
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        int plain = 0;
        while (plain < text.length() && text.charAt(plain) >= 0x20 && text.charAt(plain) != '"' && text.charAt(plain) != '\\') {
            plain++;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
