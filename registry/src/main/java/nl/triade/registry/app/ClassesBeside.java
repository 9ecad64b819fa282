package nl.triade.registry.app;

import java.util.List;

/**
 * Initialises, on a thread beside the start, library classes whose static initialisation is slow and which the start
 * would otherwise initialise on the thread it waits for last: Jetty's {@code MimeTypes} builds every locale of the
 * JDK, Jdbi reads the JDK's Flight Recorder metadata before its first statement. The start is short of processor
 * time on two cores; done beside, this work overlaps with work that waits, and the thread that serves is ready
 * sooner (README, Performance).
 */
final class ClassesBeside {
    private ClassesBeside() {
    }

    static Void initialise(List<Class<?>> classes) throws ClassNotFoundException {
        for (Class<?> slow : classes) {
            Class.forName(slow.getName(), true, slow.getClassLoader());
        }
        return null;
    }
}
