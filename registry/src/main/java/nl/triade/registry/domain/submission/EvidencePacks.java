package nl.triade.registry.domain.submission;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.Account;
import nl.triade.registry.domain.account.AccountDirectory;
import nl.triade.registry.domain.account.Organisation;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.audit.Checkpoint;
import nl.triade.registry.domain.audit.CheckpointKey;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.consultation.ConsultationReports;
import nl.triade.registry.domain.authorisation.Approval;
import nl.triade.registry.domain.document.DocumentView;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.validation.LatestValidation;
import nl.triade.registry.domain.validation.ValidationReport;

/**
 * Assembles a submission's evidence pack (README "Evidence pack") inside the worker's read
 * transaction. Every JSON file is canonical JSON, so the same submission always yields the same
 * bytes. The chain proof is the document's own events, each with the hash it follows: the chain's
 * hash covers every member of an event, so another document's event cannot be shown by its hash
 * alone, and showing it whole would hand the Register other organisations' private drafts. One
 * checkpoint, of the last event, is signed with the registry's key: the chain up to it is one
 * contiguous run of hashes in the registry, so anchoring its end anchors every event before it, and
 * the signed manifest binds each event's seq and hash in {@code events.json}.
 */
final class EvidencePacks {
    private EvidencePacks() {
    }

    static EvidencePack assemble(Store store, Submission submission, DocumentView document, List<Approval> approvals,
                                 List<Event> events, CheckpointKey key) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content.json", CanonicalJson.write(document.content()));
        files.put("document.json", CanonicalJson.write(document(store, document)));
        files.put("approvals.json", CanonicalJson.write(approvals(store, approvals, events)));
        files.put("validation.json", CanonicalJson.write(validation(store, document, submission)));
        files.put("consultation-report.json", CanonicalJson.write(ReportEvidence.of(
                ConsultationReports.leadingTo(store, document.id(), submission.revision()))));
        files.put("events.json", CanonicalJson.write(events.stream().map(EvidencePacks::event).toList()));
        files.put("checkpoints.json", CanonicalJson.write(List.of(checkpoint(events.get(events.size() - 1), key))));
        files.put("key.pem", key.publicKeyPem());
        Map<String, String> hashes = new LinkedHashMap<>();
        List<EvidencePack.File> pack = new ArrayList<>();
        files.forEach((name, text) -> {
            hashes.put(name, CanonicalJson.sha256Hex(text));
            pack.add(new EvidencePack.File(name, text));
        });
        PackageManifest manifest = new PackageManifest(PackageManifest.VERSION, submission.id(), submission.documentId(), submission.revision(),
                submission.contentHash(), key.keyId(), hashes);
        pack.add(new EvidencePack.File(PackageManifest.FILE, manifest.text()));
        pack.add(new EvidencePack.File(PackageManifest.SIGNATURE_FILE, key.signature(manifest.signedBytes()) + "\n"));
        return new EvidencePack(pack);
    }

    private static Map<String, Object> document(Store store, DocumentView document) {
        List<Map<String, Object>> participants = new ArrayList<>();
        for (Participant participant : document.content().participants()) {
            OrganisationKind kind = document.participantKinds().get(participant.organisation());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("organisation", participant.organisation());
            entry.put("organisationName", organisationName(store, participant.organisation()));
            entry.put("organisationKind", kind == null ? "unknown" : WireNames.of(kind));
            entry.put("role", participant.role());
            entry.put("motivation", participant.motivation());
            participants.add(entry);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", document.id());
        view.put("kind", document.kind());
        view.put("status", document.status());
        view.put("version", document.version());
        view.put("revision", document.revision());
        view.put("contentHash", document.contentHash());
        view.put("framework", document.framework().framework());
        view.put("participants", participants);
        view.put("instrumentIds", document.instrumentIds());
        return view;
    }

    /** Each decision with who took it, and the seq of the event that recorded it, which the chain proof holds. */
    private static List<Map<String, Object>> approvals(Store store, List<Approval> approvals, List<Event> events) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Approval approval : approvals) {
            Map<String, Object> entry = new LinkedHashMap<>();
            Map<String, Object> organisation = new LinkedHashMap<>();
            organisation.put("slug", approval.organisation());
            organisation.put("name", organisationName(store, approval.organisation()));
            entry.put("organisation", organisation);
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("id", approval.decidedBy());
            account.put("name", AccountDirectory.find(store, approval.decidedBy()).map(Account::name).orElse(null));
            entry.put("account", account);
            entry.put("decision", approval.decision());
            entry.put("motivation", approval.motivation());
            entry.put("revision", approval.revision());
            entry.put("contentHash", approval.contentHash());
            entry.put("at", approval.decidedAt());
            entry.put("event", recordedBy(approval, events).map(Event::seq).orElse(null));
            entries.add(entry);
        }
        return entries;
    }

    private static String organisationName(Store store, String slug) {
        return OrganisationDirectory.find(store, slug).map(Organisation::name).orElse(null);
    }

    private static Optional<Event> recordedBy(Approval approval, List<Event> events) {
        return events.stream()
                .filter(event -> event.type().equals(EventType.APPROVAL_RECORDED.wire())
                        && approval.organisation().equals(event.organisation())
                        && Objects.equals(approval.decidedBy(), event.actor())
                        && approval.contentHash().equals(event.data().get("contentHash"))
                        && event.data().get("revision") instanceof Number revision && revision.intValue() == approval.revision())
                .reduce((first, second) -> second);
    }

    /**
     * The latest report on exactly the frozen content (authorisation needed one without errors; freezing
     * itself makes a new revision of the same content) when the submission was made: a participant may
     * validate again while it waits, and a retry must still offer the Register the same bytes. Without
     * one the pack says so with nulls.
     */
    private static Map<String, Object> validation(Store store, DocumentView document, Submission submission) {
        Optional<ValidationReport> report = LatestValidation.asOf(store, document.id(), submission.createdAt())
                .filter(latest -> latest.contentHash().equals(document.contentHash()));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("revision", report.map(ValidationReport::revision).orElse(null));
        entry.put("contentHash", document.contentHash());
        entry.put("createdAt", report.map(ValidationReport::createdAt).orElse(null));
        entry.put("passed", report.map(ValidationReport::passed).orElse(null));
        entry.put("findings", report.map(ValidationReport::findings).orElse(List.of()));
        return entry;
    }

    private static Map<String, Object> event(Event event) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("seq", event.seq());
        entry.put("at", event.at());
        entry.put("actor", event.actor());
        entry.put("organisation", event.organisation());
        entry.put("type", event.type());
        entry.put("document", event.document());
        entry.put("data", event.data());
        entry.put("previousHash", event.previousHash());
        entry.put("hash", event.hash());
        return entry;
    }

    /**
     * Signed at the event's own time rounded up to the whole second, the first moment the checkpoint
     * format can name at which the chain held it: every delivery of a submission signs the same text.
     */
    private static Map<String, Object> checkpoint(Event event, CheckpointKey key) {
        Instant at = event.at().truncatedTo(ChronoUnit.SECONDS);
        Checkpoint checkpoint = key.sign(event.seq(), event.hash(), at.equals(event.at()) ? at : at.plusSeconds(1));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("seq", checkpoint.seq());
        entry.put("hash", checkpoint.hash());
        entry.put("at", checkpoint.at());
        entry.put("keyId", checkpoint.keyId());
        entry.put("signature", checkpoint.signature());
        return entry;
    }
}
