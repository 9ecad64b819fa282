package nl.triade.registry.store.document;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.Workflow;

/**
 * Document contents as read from their JSON, kept by content hash. A content hash names one
 * content for good (it is the SHA-256 of that content's canonical form), so a kept content is never
 * stale: no commit, rollback or other instance can change what a hash stands for, and nothing needs
 * to be told of a change. It spares the parse of the whole document that every read of it, and every
 * write to it (a comment checks the document it lands on), would otherwise pay again.
 *
 * <p>A document row's two small JSON columns, its part revisions and its workflow, are kept by
 * their text: the text names its value as a hash does, and a write to a document (a comment) would
 * otherwise parse both again on the single writer.
 *
 * <p>Bounded by the length of the JSON parsed: once full, it starts afresh. {@link DocumentContent},
 * {@link Workflow} and the kept part revisions are immutable, so one instance serves every thread.
 */
public final class ParsedContents {
    /** About as many characters as the JSON of a hundred documents of average size, or eight of the largest accepted. */
    static final long MOST_CHARACTERS = 16L << 20;
    private final long mostCharacters;
    private final ConcurrentHashMap<String, DocumentContent> byHash = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, PartRevisionsColumn> partRevisions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Workflow> workflows = new ConcurrentHashMap<>();
    private final AtomicLong characters = new AtomicLong();

    public ParsedContents() {
        this(MOST_CHARACTERS);
    }

    ParsedContents(long mostCharacters) {
        this.mostCharacters = mostCharacters;
    }

    /** The content whose hash is {@code hash}, if kept: then its JSON need not even be read from the row. */
    Optional<DocumentContent> kept(String hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    /** Keeps {@code content}, parsed from {@code characters} characters of JSON, under its content hash. */
    void keep(String hash, DocumentContent content, int characters) {
        count(characters);
        byHash.put(hash, content);
    }

    /** The part revisions column {@code text} stands for, parsed by {@code parse} unless kept. */
    PartRevisionsColumn partRevisions(String text, Function<String, PartRevisionsColumn> parse) {
        return keptOrParsed(partRevisions, text, parse);
    }

    /** The workflow column {@code text} stands for, parsed by {@code parse} unless kept. */
    Workflow workflow(String text, Function<String, Workflow> parse) {
        return keptOrParsed(workflows, text, parse);
    }

    private <T> T keptOrParsed(Map<String, T> byText, String text, Function<String, T> parse) {
        T kept = byText.get(text);
        if (kept != null) {
            return kept;
        }
        T parsed = parse.apply(text);
        count(text.length());
        byText.put(text, parsed);
        return parsed;
    }

    private void count(int characters) {
        if (this.characters.addAndGet(characters) > mostCharacters) {
            byHash.clear();
            partRevisions.clear();
            workflows.clear();
            this.characters.set(characters);
        }
    }
}
