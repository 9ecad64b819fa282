package nl.triade.registry.domain.limits;

import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At most {@code count} writes per {@code period}: a burst of {@code count} is allowed at once, after
 * which one write comes back every {@code period / count} (a token bucket refilled evenly).
 */
public record Rate(long count, Duration period) {

    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,8})/([1-9][0-9]{0,5})([smhd])");

    public Rate {
        if (count < 1 || period.compareTo(Duration.ofSeconds(1)) < 0 || period.getNano() != 0) {
            throw new IllegalArgumentException("a rate needs a positive count and a period of whole seconds");
        }
    }

    /** Reads the {@link #describe()} form, e.g. {@code 120/1h}; refuses anything else. */
    public static Rate parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a rate like 120/1h (units s, m, h, d)");
        }
        long amount = Long.parseLong(matcher.group(2));
        long unitSeconds = Arrays.stream(Unit.values()).filter(unit -> unit.suffix.equals(matcher.group(3)))
                .findFirst().orElseThrow().seconds;
        return new Rate(Long.parseLong(matcher.group(1)), Duration.ofSeconds(amount * unitSeconds));
    }

    public static Rate perHour(long count) {
        return new Rate(count, Duration.ofHours(1));
    }

    /** For people and settings alike: {@code 120/1h}, {@code 5/10s}. */
    public String describe() {
        long seconds = period.toSeconds();
        for (Unit unit : Unit.values()) {
            if (seconds % unit.seconds == 0) {
                return count + "/" + seconds / unit.seconds + unit.suffix;
            }
        }
        throw new IllegalStateException("a second divides every period");
    }

    /** The units a period is written in, largest first. */
    enum Unit {
        DAYS("d", 86_400), HOURS("h", 3_600), MINUTES("m", 60), SECONDS("s", 1);

        final String suffix;
        final long seconds;

        Unit(String suffix, long seconds) {
            this.suffix = suffix;
            this.seconds = seconds;
        }
    }
}
