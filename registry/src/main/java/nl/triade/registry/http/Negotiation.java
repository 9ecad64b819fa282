package nl.triade.registry.http;

import io.javalin.http.Context;
import io.javalin.http.NotAcceptableResponse;
import java.util.List;
import java.util.Locale;

/**
 * Proactive content negotiation (RFC 9110 §12.5.1): which of the media types a resource offers the
 * request's {@code Accept} prefers. A type is acceptable at the quality of the most specific range
 * that matches it ({@code application/fhir+json} before {@code application/*} before
 * {@code *}{@code /*}); {@code q=0} refuses it. Ties go to the resource's own order. A request
 * without {@code Accept} takes the first offer; one that accepts none is {@code 406}.
 */
public final class Negotiation {
    private Negotiation() {
    }

    /** The offered media type to answer with, or a {@code 406} problem naming the offers. */
    public static String choose(Context ctx, List<String> offered) {
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        String best = null;
        double bestQuality = 0;
        for (String type : offered) {
            double quality = quality(accept, type);
            if (quality > bestQuality) {
                best = type;
                bestQuality = quality;
            }
        }
        if (best == null) {
            throw new NotAcceptableResponse("this resource is available as " + String.join(" or ", offered)
                    + "; the request's Accept header allows neither");
        }
        return best;
    }

    /** The quality {@code accept} gives {@code type}: that of its most specific matching range, 0 when none matches. */
    private static double quality(String accept, String type) {
        int bestSpecificity = -1;
        double quality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String mediaRange = parts[0].trim().toLowerCase(Locale.ROOT);
            int specificity = specificity(mediaRange, type);
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = qualityOf(parts);
            }
        }
        return quality;
    }

    /** 2 for the type itself, 1 for its {@code type/*}, 0 for {@code *}{@code /*}, -1 for no match. */
    private static int specificity(String mediaRange, String type) {
        if (mediaRange.equals(type)) {
            return 2;
        }
        if (mediaRange.endsWith("/*") && type.startsWith(mediaRange.substring(0, mediaRange.length() - 1))) {
            return 1;
        }
        return mediaRange.equals("*/*") ? 0 : -1;
    }

    /** The {@code q} parameter of a range, 1 without one; a malformed weight counts as 1, as most servers read it. */
    private static double qualityOf(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.toLowerCase(Locale.ROOT).startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return Math.max(0, Math.min(1, q));
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }
}
