package nl.triade.registry.web.work;

import nl.triade.registry.domain.work.MyWork;
import nl.triade.registry.domain.work.WorkItems.AwaitingAnswer;
import nl.triade.registry.domain.work.WorkRepository;

/** "My work" of one person: what waits for their organisation, and whether they also assess for the Register. */
public record MyWorkView(MyWork work, boolean reviewer) {

    /** Where a comment is answered: its section's page, or the document's for a comment on the whole document. */
    public String answerUrl(AwaitingAnswer comment) {
        return "/documenten/" + comment.documentId() + (comment.sectionKey() == null ? "" : "/secties/" + comment.sectionKey());
    }

    /** The start of the comment, with an ellipsis when it goes on (SQLite cut it by characters, as counted here). */
    public String excerpt(AwaitingAnswer comment) {
        String text = comment.excerpt();
        if (text.codePointCount(0, text.length()) <= WorkRepository.EXCERPT) {
            return text.strip();
        }
        return text.substring(0, text.offsetByCodePoints(0, WorkRepository.EXCERPT)).strip() + "…";
    }
}
