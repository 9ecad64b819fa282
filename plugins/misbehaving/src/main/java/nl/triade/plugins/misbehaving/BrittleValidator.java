package nl.triade.plugins.misbehaving;

import java.util.List;
import java.util.Set;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.DocumentValidator;
import nl.triade.spi.Finding;
import nl.triade.spi.PluginContext;
import org.pf4j.Extension;

/** Answers in time with a list of findings that breaks when read; only called when setting {@code brittle} is set. */
@Extension
public final class BrittleValidator implements DocumentValidator {

    @Override
    public Set<String> requiredSettings() {
        return Set.of("brittle");
    }

    @Override
    public List<Finding> validate(DocumentSnapshot document, PluginContext context) {
        return new BrittleList<>();
    }
}
