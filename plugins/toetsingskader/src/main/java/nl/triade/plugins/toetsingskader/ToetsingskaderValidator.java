package nl.triade.plugins.toetsingskader;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.DocumentValidator;
import nl.triade.spi.Finding;
import nl.triade.spi.PluginContext;
import org.pf4j.Extension;

/**
 * The Toetsingskader (the Register's admission criteria) as a validator; the rules live in {@link Rules}.
 * Its settings are the {@link MinimumLengths} of the sections whose substance it checks.
 */
@Extension
public final class ToetsingskaderValidator implements DocumentValidator {
    /** The Register is Dutch: a tijdpad due on 30 June counts until that day ends in the Netherlands. */
    private static final ZoneId REGISTER_ZONE = ZoneId.of("Europe/Amsterdam");

    @Override
    public List<Finding> validate(DocumentSnapshot document, PluginContext context) {
        return Rules.check(document, LocalDate.ofInstant(context.clock().instant(), REGISTER_ZONE),
                MinimumLengths.from(context.settings()));
    }
}
