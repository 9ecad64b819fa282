package nl.triade.registry.domain.document;

/** Told, after the commit, that a document's consultation opened; must return at once (reviewers run elsewhere). */
public interface ConsultationListener {
    void opened(Document document);
}
