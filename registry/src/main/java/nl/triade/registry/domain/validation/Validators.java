package nl.triade.registry.domain.validation;

import java.util.List;
import nl.triade.registry.domain.document.DocumentView;

/**
 * The port to whatever validates documents (the plugin host). Called outside any transaction, with
 * a view that holds everything to judge; must contain every failure of a validator as an error
 * finding of that validator, never throw.
 */
public interface Validators {
    List<ValidationFinding> validate(DocumentView document);
}
