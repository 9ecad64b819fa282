package nl.triade.registry.domain.framework;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A version of the Zorginstituut's Toetsingskader kwaliteitsstandaarden, informatiestandaarden en
 * meetinstrumenten. The Register assesses a document against the version in force on the day it
 * was submitted, so a document offered in June 2021 is judged by the 2015 framework (revised as
 * 2.1) even when the decision falls later. On the wire: {@code tk-2015}, {@code tk-3}.
 */
public enum Framework {
    TK_2015(LocalDate.of(2015, 1, 1), "Toetsingskader 2015 (2.0, herzien als 2.1)"),
    TK_3(LocalDate.of(2021, 7, 1), "Toetsingskader 3.0");

    private final LocalDate inForceFrom;
    private final String title;

    Framework(LocalDate inForceFrom, String title) {
        this.inForceFrom = inForceFrom;
        this.title = title;
    }

    /**
     * The version in force on {@code submittedOn}, a date in the Netherlands. Before 2015 there is
     * no framework Triade knows, so the oldest one applies: its transitional criterion is written
     * for exactly those standards.
     */
    public static Framework inForceOn(LocalDate submittedOn) {
        return Arrays.stream(values())
                .filter(framework -> !framework.inForceFrom.isAfter(submittedOn))
                .max(Comparator.comparing(framework -> framework.inForceFrom))
                .orElse(TK_2015);
    }

    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    public String title() {
        return title;
    }
}
