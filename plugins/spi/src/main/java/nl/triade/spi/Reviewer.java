package nl.triade.spi;

import java.util.List;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * An automated reviewer, e.g. an insurer commenting on every consultation without a person
 * typing. The host calls it in the background when a consultation opens (opening never waits for
 * it), with a snapshot of the document, outside any transaction and with a time limit. The host
 * posts the returned comments as the organisation named by the plugin's {@code organisation}
 * setting, with {@code source: plugin:<id>}; they are answered like any other comment. A plugin
 * configured for several organisations runs one instance (one extension object) per organisation,
 * and each instance's {@code organisation} setting is its own organisation.
 *
 * <p>May do remote I/O; may be called concurrently for different documents.
 */
public interface Reviewer extends ExtensionPoint, Configurable {

    /** The setting naming the organisation (slug) the comments are posted for. */
    String ORGANISATION = "organisation";

    List<ReviewComment> review(DocumentSnapshot document, PluginContext context);

    @Override
    default Set<String> requiredSettings() {
        return Set.of(ORGANISATION);
    }
}
