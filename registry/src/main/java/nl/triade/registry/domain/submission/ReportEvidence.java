package nl.triade.registry.domain.submission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.consultation.ConsultationRound;
import nl.triade.registry.domain.consultation.ReportEntry;
import nl.triade.registry.domain.consultation.ReportPage;
import nl.triade.registry.domain.consultation.RoundSummary;
import nl.triade.registry.domain.consultation.Speaker;

/**
 * The consultation report of a submission's evidence pack, written out member by member: its
 * members are named here, so a rename in the consultation room changes neither the pack's bytes
 * nor what a verifier reads.
 */
final class ReportEvidence {
    private ReportEvidence() {
    }

    static Map<String, Object> of(ReportPage report) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("document", report.documentId());
        file.put("title", report.title());
        file.put("rounds", report.rounds().stream().map(ReportEvidence::round).toList());
        file.put("entries", report.entries().stream().map(ReportEvidence::entry).toList());
        return file;
    }

    private static Map<String, Object> round(RoundSummary summary) {
        ConsultationRound round = summary.round();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("number", round.number());
        entry.put("openedAt", round.openedAt());
        entry.put("openedOnRevision", round.openedOnRevision());
        entry.put("closesAt", round.closesAt());
        entry.put("closedAt", round.closedAt());
        entry.put("closedOnRevision", round.closedOnRevision());
        entry.put("ending", round.ending());
        entry.put("edition", summary.edition());
        entry.put("comments", summary.comments());
        return entry;
    }

    private static Map<String, Object> entry(ReportEntry line) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("round", line.round());
        entry.put("comment", line.comment());
        entry.put("thread", line.thread());
        entry.put("replyTo", line.replyTo());
        entry.put("revision", line.revision());
        entry.put("sectionKey", line.sectionKey());
        entry.put("sectionTitle", line.sectionTitle());
        entry.put("commenter", speaker(line.commenter()));
        entry.put("source", line.source());
        entry.put("body", line.body());
        entry.put("createdAt", line.createdAt());
        entry.put("status", line.status());
        entry.put("disposition", line.disposition());
        entry.put("rationale", line.rationale());
        entry.put("answeredBy", speaker(line.answeredBy()));
        entry.put("answeredAt", line.answeredAt());
        return entry;
    }

    private static Map<String, Object> speaker(Speaker speaker) {
        if (speaker == null) {
            return null;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("organisation", speaker.organisation());
        entry.put("organisationName", speaker.organisationName());
        entry.put("organisationKind", speaker.organisationKind());
        entry.put("account", speaker.account());
        entry.put("accountName", speaker.accountName());
        return entry;
    }
}
