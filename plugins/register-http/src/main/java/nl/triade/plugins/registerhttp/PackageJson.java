package nl.triade.plugins.registerhttp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.triade.spi.RegisterVerdict;
import nl.triade.spi.SubmissionPackage;

/**
 * The package as the JSON body the Register receives; the content is embedded as the exact canonical
 * JSON its hash covers, and {@code evidence} maps each file of the evidence pack to its exact text
 * (as register-outbox writes them), so the Register checks the signed manifest over the same bytes.
 */
final class PackageJson {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private PackageJson() {
    }

    static String write(SubmissionPackage submission) {
        try {
            ObjectNode body = JSON.createObjectNode();
            body.put("submissionId", submission.submissionId());
            body.put("contentHash", submission.contentHash());
            body.set("content", JSON.readTree(submission.contentJson()));
            body.set("document", JSON.valueToTree(submission.document()));
            body.set("approvals", JSON.valueToTree(submission.approvals()));
            body.set("events", JSON.valueToTree(submission.events()));
            ObjectNode evidence = body.putObject("evidence");
            submission.evidence().forEach(file -> evidence.put(file.name(), file.text()));
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the package is plain JSON values", e);
        }
    }

    /** The {@code reference} member of the Register's answer, or null. */
    static String reference(String answer) {
        try {
            var node = JSON.readTree(answer);
            return node != null && node.hasNonNull("reference") ? node.get("reference").asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * The Register's decision in a status answer {@code {"status": "accepted"|"rejected"|…, "reference", "reason"}};
     * any other status, or an answer that is not such JSON, is undecided.
     */
    static RegisterVerdict verdict(String answer) {
        try {
            var node = JSON.readTree(answer);
            String status = node == null || !node.hasNonNull("status") ? "" : node.get("status").asText();
            return switch (status) {
                case "accepted" -> RegisterVerdict.accepted(node.hasNonNull("reference") ? node.get("reference").asText() : null);
                case "rejected" -> RegisterVerdict.rejected(node.hasNonNull("reason") ? node.get("reason").asText()
                        : "the Register rejected the submission without a reason");
                default -> RegisterVerdict.undecided();
            };
        } catch (JsonProcessingException e) {
            return RegisterVerdict.undecided();
        }
    }
}
