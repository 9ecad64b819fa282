package nl.triade.registry.domain.validation;

import java.util.List;
import java.util.Set;
import nl.triade.registry.domain.document.DocumentView;

/**
 * The port to whatever validates documents (the plugin host). Called outside any transaction, with
 * a view that holds everything to judge; must contain every failure of a validator as an error
 * finding of that validator, never throw.
 */
public interface Validators {

    /** The organisations validator instances are configured for (the installation's own instances serve none). */
    Set<String> organisations();

    /**
     * The findings of the installation's validator instances and of those configured for one of
     * {@code existing}, each finding naming its instance's organisation; an instance configured for
     * an organisation that does not exist is not called.
     */
    List<ValidationFinding> validate(DocumentView document, Set<String> existing);
}
