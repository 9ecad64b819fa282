package nl.triade.registry.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request's {@code Accept} header (RFC 9110 §12.5.1) and which of a resource's media types it
 * prefers. Types, subtypes and parameter names compare without regard to case. An offer is acceptable
 * at the weight of the most specific range that matches it: {@code text/csv;charset=utf-8} before
 * {@code text/csv} before {@code text/*} before {@code *}{@code /*}; weight {@code q=0} refuses it.
 * Among offers of equal weight the one matched more specifically wins, then the one whose range the
 * client listed first, then the resource's own order. Every answer of this server is UTF-8, so a
 * range asking for another {@code charset} matches nothing; other parameters are honoured by no
 * resource here and do not narrow the match. A range that is not well formed (no {@code type/subtype},
 * a weight outside 0 to 1 or with more than three decimals) is ignored, as the RFC lets a recipient
 * ignore what it cannot parse.
 */
public final class AcceptHeader {
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern WEIGHT = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");
    private static final String UTF_8 = "utf-8";
    private final List<MediaRange> ranges;

    private AcceptHeader(List<MediaRange> ranges) {
        this.ranges = ranges;
    }

    /** One range of the header: {@code type/subtype} (either may be {@code *}), its weight, its charset (null for any), its place. */
    record MediaRange(String type, String subtype, double weight, String charset, int parameters, int position) {

        /** How specifically this range names {@code offer}: -1 not at all, 0 {@code *}{@code /*}, 1 {@code type/*}, 2 the type, more with parameters. */
        int specificity(String offer) {
            int slash = offer.indexOf('/');
            if (charset != null && !charset.equals(UTF_8)) {
                return -1;
            }
            if (type.equals("*")) {
                return subtype.equals("*") ? 0 : -1;
            }
            if (!type.equals(offer.substring(0, slash))) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(offer.substring(slash + 1)) ? 2 + parameters : -1;
        }
    }

    /** How the header weighs offer number {@code order}: by the weight, specificity and place of the range that decides it. */
    record Preference(double weight, int specificity, int position, int order) {
        boolean beats(Preference other) {
            if (weight != other.weight) {
                return weight > other.weight;
            }
            if (specificity != other.specificity) {
                return specificity > other.specificity;
            }
            return position != other.position ? position < other.position : order < other.order;
        }
    }

    /** The header as sent; null or blank (no preference) accepts anything, as {@code *}{@code /*} would. */
    public static AcceptHeader parse(String header) {
        if (header == null || header.isBlank()) {
            return new AcceptHeader(List.of(new MediaRange("*", "*", 1, null, 0, 0)));
        }
        List<MediaRange> ranges = new ArrayList<>();
        List<String> elements = split(header, ',');
        for (int position = 0; position < elements.size(); position++) {
            range(elements.get(position), position).ifPresent(ranges::add);
        }
        return new AcceptHeader(List.copyOf(ranges));
    }

    /** The offer this header prefers, or empty when it accepts none of them. */
    public Optional<String> preferred(List<String> offered) {
        Preference best = null;
        for (int order = 0; order < offered.size(); order++) {
            Preference candidate = preference(offered.get(order).toLowerCase(Locale.ROOT), order);
            if (candidate != null && candidate.weight() > 0 && (best == null || candidate.beats(best))) {
                best = candidate;
            }
        }
        return best == null ? Optional.empty() : Optional.of(offered.get(best.order()));
    }

    /** The weight the most specific matching range gives {@code offer} (the first such range on a tie); null when none matches. */
    private Preference preference(String offer, int order) {
        MediaRange chosen = null;
        int specificity = -1;
        for (MediaRange range : ranges) {
            int matched = range.specificity(offer);
            if (matched > specificity) {
                chosen = range;
                specificity = matched;
            }
        }
        return chosen == null ? null : new Preference(chosen.weight(), specificity, chosen.position(), order);
    }

    private static Optional<MediaRange> range(String element, int position) {
        List<String> parts = split(element, ';');
        String[] type = parts.get(0).trim().toLowerCase(Locale.ROOT).split("/", -1);
        if (type.length != 2 || !TOKEN.matcher(type[0]).matches() || !TOKEN.matcher(type[1]).matches()
                || (type[0].equals("*") && !type[1].equals("*"))) {
            return Optional.empty();
        }
        double weight = 1;
        String charset = null;
        int parameters = 0;
        for (String parameter : parts.subList(1, parts.size())) {
            int equals = parameter.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            String name = parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = unquoted(parameter.substring(equals + 1).trim());
            if (name.equals("q")) {
                if (!WEIGHT.matcher(value).matches()) {
                    return Optional.empty();
                }
                weight = Double.parseDouble(value);
                break;
            }
            parameters++;
            if (name.equals("charset")) {
                charset = value.toLowerCase(Locale.ROOT);
            }
        }
        return Optional.of(new MediaRange(type[0], type[1], weight, charset, parameters, position));
    }

    /** {@code text} cut at every {@code separator} outside a quoted string; empty pieces (a list's {@code ,,}) left out. */
    private static List<String> split(String text, char separator) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (quoted && character == '\\' && index + 1 < text.length()) {
                piece.append(character).append(text.charAt(++index));
                continue;
            }
            if (character == '"') {
                quoted = !quoted;
            }
            if (character == separator && !quoted) {
                add(pieces, piece);
            } else {
                piece.append(character);
            }
        }
        add(pieces, piece);
        return pieces;
    }

    private static void add(List<String> pieces, StringBuilder piece) {
        if (!piece.toString().isBlank()) {
            pieces.add(piece.toString());
        }
        piece.setLength(0);
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }
}
