package nl.triade.registry.domain;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape of a format written under canonical names, read by reflection: one line per record
 * component (Java name, canonical name, type) of every record reachable from a root, then one per
 * enum with its wire names. Shape tests compare it with a pinned text, so a Java rename shows up
 * there instead of in a stored row that no longer reads. A component without a canonical name is
 * refused by {@link CanonicalJson#canonicalNames}.
 */
public final class CanonicalShape {
    private CanonicalShape() {
    }

    /** Records in the order the model reaches them, breadth first; enums after all records. */
    public static String of(Class<? extends Record> root) {
        List<String> lines = new ArrayList<>();
        Set<String> enums = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(root));
        Set<Class<?>> seen = new LinkedHashSet<>(List.of(root));
        while (!pending.isEmpty()) {
            Class<?> type = pending.removeFirst();
            @SuppressWarnings("unchecked")
            Map<String, String> names = CanonicalJson.canonicalNames((Class<? extends Record>) type);
            for (RecordComponent component : type.getRecordComponents()) {
                String omitted = component.isAnnotationPresent(CanonicalJson.OmitWhenEmpty.class) ? " (omitted when empty)"
                        : component.isAnnotationPresent(CanonicalJson.OmitWhenUnset.class) ? " (omitted when unset)" : "";
                lines.add(type.getSimpleName() + "." + component.getName() + " -> \"" + names.get(component.getName()) + "\""
                        + omitted + ": " + typeName(component.getGenericType()));
                for (Class<?> reached : reached(component.getGenericType())) {
                    if (reached.isRecord() && seen.add(reached)) {
                        pending.addLast(reached);
                    } else if (reached.isEnum()) {
                        enums.add(enumLine(reached));
                    }
                }
            }
        }
        lines.addAll(enums);
        return lines.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    private static String enumLine(Class<?> type) {
        return type.getSimpleName() + " -> " + Arrays.stream(type.getEnumConstants())
                .map(constant -> "\"" + WireNames.of((Enum<?>) constant) + "\"").collect(Collectors.joining(", "));
    }

    /** The type itself, or for a list or map the types it holds. */
    private static List<Class<?>> reached(Type type) {
        return type instanceof ParameterizedType generic
                ? Arrays.stream(generic.getActualTypeArguments()).<Class<?>>map(argument -> (Class<?>) argument).toList()
                : List.<Class<?>>of((Class<?>) type);
    }

    private static String typeName(Type type) {
        return type instanceof ParameterizedType generic
                ? ((Class<?>) generic.getRawType()).getSimpleName() + reached(type).stream().map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "<", ">"))
                : ((Class<?>) type).getSimpleName();
    }
}
