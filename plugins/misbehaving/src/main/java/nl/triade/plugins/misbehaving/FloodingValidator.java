package nl.triade.plugins.misbehaving;

import java.util.Collections;
import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.DocumentValidator;
import nl.triade.spi.Finding;
import nl.triade.spi.PluginContext;
import org.pf4j.Extension;

/** Answers with far more findings, and far longer messages, than anyone could read. */
@Extension
public final class FloodingValidator implements DocumentValidator {

    @Override
    public List<Finding> validate(DocumentSnapshot document, PluginContext context) {
        return Collections.nCopies(600, Finding.warning("flood", null, "x".repeat(10_000)));
    }
}
