package nl.triade.registry.domain;

import java.util.Locale;

/** The one spelling of enum values outside Java: lower-case kebab ({@code FOCUS_GROUP} is {@code focus-group}). */
public final class WireNames {
    private WireNames() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String wire) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(wire)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(wire);
    }
}
