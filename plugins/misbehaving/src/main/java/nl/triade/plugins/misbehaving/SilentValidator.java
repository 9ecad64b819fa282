package nl.triade.plugins.misbehaving;

import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.DocumentValidator;
import nl.triade.spi.Finding;
import nl.triade.spi.PluginContext;
import org.pf4j.Extension;

/** Returns null instead of a list, against the contract. */
@Extension
public final class SilentValidator implements DocumentValidator {

    @Override
    public List<Finding> validate(DocumentSnapshot document, PluginContext context) {
        return null;
    }
}
