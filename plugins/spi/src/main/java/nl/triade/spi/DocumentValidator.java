package nl.triade.spi;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Checks a document against an organisation's rules. The host calls it on
 * {@code POST /documents/{id}/validations}, with a snapshot of the current revision, outside any
 * database transaction and with a time limit. It may be called concurrently for different
 * documents; it may block briefly, but should not do remote I/O.
 *
 * <p>Return findings (an empty list when all is well). Anything thrown, a {@code null}, or a call
 * that outlives the time limit is recorded as an {@code ERROR} finding of this plugin, so a broken
 * validator cannot silently pass a document.
 */
public interface DocumentValidator extends ExtensionPoint, Configurable {

    List<Finding> validate(DocumentSnapshot document, PluginContext context);
}
