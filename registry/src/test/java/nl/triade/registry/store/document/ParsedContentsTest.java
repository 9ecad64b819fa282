package nl.triade.registry.store.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.Workflow;
import org.junit.jupiter.api.Test;

class ParsedContentsTest {

    private static DocumentContent content(String title) {
        return new DocumentContent(DocumentKind.STANDARD, new DocumentFields(title, null, null, null, null, List.of(), null, null,
                null, null), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aContentIsKeptByItsHash() {
        ParsedContents contents = new ParsedContents();
        DocumentContent kept = content("a");
        contents.keep("hash-a", kept, 10);

        assertSame(kept, contents.kept("hash-a").orElseThrow());
        assertTrue(contents.kept("hash-b").isEmpty());
    }

    @Test
    void onceFullItStartsAfresh() {
        ParsedContents contents = new ParsedContents(10);
        contents.keep("hash-a", content("a"), 6);
        contents.keep("hash-b", content("b"), 6);

        assertTrue(contents.kept("hash-a").isEmpty(), "a was dropped when b did not fit beside it");
        assertEquals("b", contents.kept("hash-b").orElseThrow().fields().title());
    }

    @Test
    void aColumnIsParsedOncePerTextAndKeptUnchangeable() {
        ParsedContents contents = new ParsedContents();
        AtomicInteger parses = new AtomicInteger();
        String text = "{\"sections\":{\"intro\":3},\"indicators\":{}}";

        PartRevisionsColumn first = contents.partRevisions(text, parsed -> {
            parses.incrementAndGet();
            return new PartRevisionsColumn(new HashMap<>(Map.of("intro", 3)), new HashMap<>());
        });
        PartRevisionsColumn again = contents.partRevisions(text, parsed -> {
            throw new AssertionError("parsed again");
        });

        assertSame(first, again);
        assertEquals(1, parses.get());
        assertEquals(3, again.sections().get("intro"));
        assertThrows(UnsupportedOperationException.class, () -> again.sections().put("intro", 4),
                "one kept value serves every reader, so no reader may change it");
    }

    @Test
    void aWorkflowIsKeptByItsTextBesideTheContents() {
        ParsedContents contents = new ParsedContents(10);
        Workflow frozen = new Workflow(4, "hash", null, null);
        contents.workflow("{frozen}", text -> frozen);

        assertSame(frozen, contents.workflow("{frozen}", text -> Workflow.NONE));
        contents.keep("hash-a", content("a"), 6);
        assertSame(Workflow.NONE, contents.workflow("{frozen}", text -> Workflow.NONE),
                "a full cache started afresh, the workflows with it");
    }
}
