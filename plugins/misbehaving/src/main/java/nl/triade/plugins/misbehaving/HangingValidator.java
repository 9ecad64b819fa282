package nl.triade.plugins.misbehaving;

import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.DocumentValidator;
import nl.triade.spi.Finding;
import nl.triade.spi.PluginContext;
import org.pf4j.Extension;

/** Answers only after a minute, as a plugin waiting on a dead server would; far past any sensible time limit. */
@Extension
public final class HangingValidator implements DocumentValidator {

    @Override
    public List<Finding> validate(DocumentSnapshot document, PluginContext context) {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }
}
