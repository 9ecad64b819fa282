package nl.triade.registry.store.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentKind;
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
}
