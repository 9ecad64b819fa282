package nl.triade.registry.domain.document;

/** Kinds of support bundled with a document; spiegelgesprek is a mirror conversation with patients. */
public enum EvidenceType {
    SURVEY, FOCUS_GROUP, MIRROR_CONVERSATION, ELS_BORST_CONVERSATION, LITERATURE, REGISTRY_DATA
}
