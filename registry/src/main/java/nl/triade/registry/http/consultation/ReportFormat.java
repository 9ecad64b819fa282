package nl.triade.registry.http.consultation;

import io.javalin.http.HttpResponseException;
import java.util.Locale;

/**
 * The formats a consultation report is given in, chosen from the request's {@code Accept} (RFC 9110
 * §12.5.1): the most specific media range that matches a format gives its weight, the highest
 * weight wins, and on a tie the earlier format here. No {@code Accept} is JSON; one that allows none
 * of them is {@code 406}.
 */
enum ReportFormat {
    JSON("application/json"), CSV("text/csv"), HTML("text/html");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    static ReportFormat negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        ReportFormat best = null;
        double bestWeight = 0;
        for (ReportFormat format : values()) {
            double weight = format.weightIn(accept);
            if (weight > bestWeight) {
                best = format;
                bestWeight = weight;
            }
        }
        if (best == null) {
            throw new HttpResponseException(406, "Accept allows none of application/json, text/csv, text/html; "
                    + "this report is given in those");
        }
        return best;
    }

    /** The weight {@code accept} gives this format: that of its most specific matching range, 0 when none matches. */
    private double weightIn(String accept) {
        int specificity = -1;
        double weight = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            int matched = matches(type);
            if (matched > specificity) {
                specificity = matched;
                weight = quality(parts);
            }
        }
        return weight;
    }

    /** 2 for this exact type, 1 for its {@code type/*}, 0 for {@code *}{@code /*}, -1 for no match. */
    private int matches(String range) {
        if (range.equals(mediaType)) {
            return 2;
        }
        if (range.equals(mediaType.substring(0, mediaType.indexOf('/')) + "/*")) {
            return 1;
        }
        return range.equals("*/*") ? 0 : -1;
    }

    private static double quality(String[] parameters) {
        for (int index = 1; index < parameters.length; index++) {
            String parameter = parameters[index].trim();
            if (parameter.toLowerCase(Locale.ROOT).startsWith("q=")) {
                try {
                    double quality = Double.parseDouble(parameter.substring(2).trim());
                    return quality >= 0 && quality <= 1 ? quality : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
