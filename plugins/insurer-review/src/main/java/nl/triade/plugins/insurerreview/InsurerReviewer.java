package nl.triade.plugins.insurerreview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.IndicatorSnapshot;
import nl.triade.spi.PluginContext;
import nl.triade.spi.ReviewComment;
import nl.triade.spi.Reviewer;
import nl.triade.spi.SectionSnapshot;
import org.pf4j.Extension;

/**
 * What an insurer's policy advisor would write on every consultation: indicators that cannot be
 * measured without a data source, indicators that make care providers register too much, and
 * sections that talk about costs while nothing measures them. Setting {@code max-indicators}
 * (default 8) is where registration burden starts.
 */
@Extension
public final class InsurerReviewer implements Reviewer {
    static final String MAX_INDICATORS = "max-indicators";
    private static final int DEFAULT_MAX_INDICATORS = 8;
    private static final Pattern FREQUENT = Pattern.compile("\\b(dag|dagelijks|week|wekelijks|maand|maandelijks|daily|weekly|monthly)\\b");
    private static final Pattern COSTS = Pattern.compile("(kosten|vergoed|vergoeding|prijs|tarief|€|\\bcost)");

    @Override
    public List<ReviewComment> review(DocumentSnapshot document, PluginContext context) {
        List<ReviewComment> comments = new ArrayList<>();
        for (IndicatorSnapshot indicator : document.indicators()) {
            if (indicator.dataSource() == null || indicator.dataSource().isBlank()) {
                comments.add(ReviewComment.general("Indicator '" + indicator.key() + "' heeft geen gegevensbron. Uit welke "
                        + "bestaande registratie komt dit, zonder extra registratielast?"));
            }
            if (indicator.period() != null && FREQUENT.matcher(indicator.period().toLowerCase(Locale.ROOT)).find()) {
                comments.add(ReviewComment.general("Indicator '" + indicator.key() + "' wordt gemeten per " + indicator.period()
                        + ". Volstaat een jaarlijkse of kwartaalmeting? Dat scheelt zorgaanbieders registratietijd."));
            }
        }
        int limit = maxIndicators(context);
        if (document.indicators().size() > limit) {
            comments.add(ReviewComment.general("Het meetinstrument telt " + document.indicators().size() + " indicatoren; meer dan "
                    + limit + " geeft een zware registratielast. Welke zijn echt nodig?"));
        }
        if (document.indicators().isEmpty()) {
            for (SectionSnapshot section : document.sections()) {
                if (COSTS.matcher(section.body().toLowerCase(Locale.ROOT)).find()) {
                    comments.add(ReviewComment.on(section.key(), "Deze sectie gaat over kosten, maar geen indicator meet dit. "
                            + "Hoe weten we of de afspraak werkt?"));
                }
            }
        }
        return comments;
    }

    private static int maxIndicators(PluginContext context) {
        String value = context.setting(MAX_INDICATORS);
        try {
            return value == null ? DEFAULT_MAX_INDICATORS : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_INDICATORS;
        }
    }
}
