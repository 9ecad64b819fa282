package nl.triade.registry.pluginhost;

import java.time.Duration;
import nl.triade.spi.RegisterSubmitter;

/**
 * How long the host waits for one call into a plugin. Submitters have their own, longer limit:
 * they wait on the Register, and cutting off a delivery the Register is still taking in only
 * makes it receive the package again.
 *
 * @param call      the limit of every call but a submitter's
 * @param submitter the limit of a {@link RegisterSubmitter}'s calls
 */
public record CallLimits(Duration call, Duration submitter) {

    Duration of(Class<?> point) {
        return point == RegisterSubmitter.class ? submitter : call;
    }
}
