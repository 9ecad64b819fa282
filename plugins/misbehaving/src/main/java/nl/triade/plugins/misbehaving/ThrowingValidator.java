package nl.triade.plugins.misbehaving;

import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.DocumentValidator;
import nl.triade.spi.Finding;
import nl.triade.spi.PluginContext;
import org.pf4j.Extension;

/** Fails every call, as a plugin with a bug would. */
@Extension
public final class ThrowingValidator implements DocumentValidator {

    @Override
    public List<Finding> validate(DocumentSnapshot document, PluginContext context) {
        throw new IllegalStateException("deliberately broken");
    }
}
