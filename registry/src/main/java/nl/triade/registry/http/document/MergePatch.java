package nl.triade.registry.http.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Rule;

/** RFC 7396 JSON merge patch: null removes a member, objects merge member by member, anything else replaces. */
final class MergePatch {
    static final Set<String> PATCHABLE = Set.of("title", "condition", "summary", "patientVersion", "maintenancePlan",
            "timelines", "standardId", "purpose", "workInstruction", "reviewBy", "informationStandards",
            "informationStandardsNotNeeded", "financialImpact", "developedIn");
    private static final Set<String> READ_ONLY = Set.of("id", "kind", "status", "version", "revision", "contentHash",
            "participants", "sections", "indicators", "evidence", "createdAt", "updatedAt", "framework");

    private MergePatch() {
    }

    /** Refuses members a client may not patch, naming each: parts have their own resources, bookkeeping is the server's. */
    static ObjectNode checked(JsonNode patch) {
        if (!(patch instanceof ObjectNode object)) {
            throw new InvalidInputException("body", Rule.TYPE, "a merge patch of a document is a JSON object");
        }
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (READ_ONLY.contains(name)) {
                throw new InvalidInputException(name, Rule.READ_ONLY, name + " cannot be patched; "
                        + "parts and lifecycle have their own resources, and bookkeeping fields are the server's");
            }
            if (!PATCHABLE.contains(name)) {
                throw new InvalidInputException(name, Rule.UNKNOWN_FIELD, "'" + name + "' is not a field of a document");
            }
        }
        return object;
    }

    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> members = patch.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
