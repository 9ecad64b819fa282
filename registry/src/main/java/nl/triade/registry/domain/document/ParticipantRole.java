package nl.triade.registry.domain.document;

/** An organisation's part in a document; a declined party must say why (the Toetsingskader accepts a motivated refusal). */
public enum ParticipantRole {
    AUTHOR, COMMENTER, DECLINED
}
