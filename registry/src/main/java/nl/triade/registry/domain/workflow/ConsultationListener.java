package nl.triade.registry.domain.workflow;

import nl.triade.registry.domain.document.Document;

/** Told, after the commit, that a document's consultation opened; must return at once (reviewers run elsewhere). */
public interface ConsultationListener {
    void opened(Document document);
}
