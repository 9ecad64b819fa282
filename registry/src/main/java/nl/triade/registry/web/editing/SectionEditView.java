package nl.triade.registry.web.editing;

import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.document.DiffPiece;
import nl.triade.registry.web.editing.SectionForm.FieldError;

/**
 * A section's edit page: the document and section it is about, the form as it is filled in, the
 * error next to each field, and, when the form was stale, the {@link Conflict} the merge view
 * shows above it. {@code saved} says the page follows a save.
 */
public record SectionEditView(String documentId, String documentTitle, String sectionKey, SectionForm form,
                              Map<String, FieldError> errors, Conflict conflict, boolean saved, String csrf) {

    public SectionEditView {
        errors = Map.copyOf(errors);
    }

    /**
     * The section as someone else saved it while this person edited: its title and text, and the
     * word differences from that text to this person's own ({@code words}).
     */
    public record Conflict(String title, String body, List<DiffPiece> words) {
        public boolean titleDiffers(SectionForm form) {
            return !title.equals(form.title().strip());
        }
    }

    /** The field's error, or null. */
    public FieldError error(String field) {
        return errors.get(field);
    }

    public String action() {
        return EditingPages.editPath(documentId, sectionKey);
    }
}
