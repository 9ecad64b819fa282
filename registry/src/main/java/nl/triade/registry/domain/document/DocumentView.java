package nl.triade.registry.domain.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.framework.ApplicableFramework;

/**
 * One revision of a document with the facts around it that a judge outside the domain (a plugin)
 * needs: the organisation kind of each participant and the instruments that measure it. The
 * service that hands it over reads it in its own transaction, so the receiver never goes back to
 * the database. {@code status} and {@code version} are the document's now; {@code revision},
 * {@code contentHash} and {@code content} belong to the revision viewed, which for a submission is
 * the frozen one. A participant whose organisation is unknown has no entry in {@code participantKinds}.
 * {@code kwaliteitsraad} is the Kwaliteitsraad's mandate when the council writes the document for an
 * agenda item (else null); {@code participantKinds} then also holds the kind of each organisation it consulted.
 * {@code framework} is the Toetsingskader version the document is judged by ({@link SubmissionDay}).
 */
public record DocumentView(String id, DocumentStatus status, int version, int revision, String contentHash,
                           DocumentContent content, Map<String, OrganisationKind> participantKinds, List<String> instrumentIds,
                           KwaliteitsraadMandate kwaliteitsraad, ApplicableFramework framework) {

    public DocumentView {
        participantKinds = Map.copyOf(participantKinds);
        instrumentIds = List.copyOf(instrumentIds);
    }

    public DocumentKind kind() {
        return content.kind();
    }

    /** The document as it stands, with {@code today} the date in the Netherlands. */
    public static DocumentView current(Store store, Document document, LocalDate today) {
        KwaliteitsraadMandate mandate = KwaliteitsraadMandates.of(store, document.id()).orElse(null);
        return new DocumentView(document.id(), document.status(), document.version(), document.revision(), document.contentHash(),
                document.content(), organisationKinds(store, document.content(), mandate), store.documents().instrumentsOf(document.id()),
                mandate, SubmissionDay.framework(store, document, today));
    }

    /** The revision {@code frozen} of {@code document}, with the document's status and version now. */
    public static DocumentView frozen(Store store, Document document, RevisionSnapshot frozen, LocalDate today) {
        KwaliteitsraadMandate mandate = KwaliteitsraadMandates.of(store, document.id()).orElse(null);
        return new DocumentView(document.id(), document.status(), document.version(), frozen.revision().number(),
                frozen.revision().contentHash(), frozen.content(), organisationKinds(store, frozen.content(), mandate),
                store.documents().instrumentsOf(document.id()), mandate, SubmissionDay.framework(store, document, today));
    }

    private static Map<String, OrganisationKind> organisationKinds(Store store, DocumentContent content, KwaliteitsraadMandate mandate) {
        Stream<String> consulted = mandate == null ? Stream.empty()
                : mandate.consultations().stream().map(PartyConsultation::organisation);
        return OrganisationDirectory.kindsOf(store, Stream.concat(content.participants().stream().map(Participant::organisation),
                consulted).distinct().toList());
    }
}
