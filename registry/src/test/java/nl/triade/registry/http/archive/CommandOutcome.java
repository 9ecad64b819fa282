package nl.triade.registry.http.archive;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.triade.registry.archive.ExportCommand;
import nl.triade.registry.archive.ImportCommand;

/** A run of {@code export} or {@code import} as a person at a terminal sees it: the exit status and what was printed. */
record CommandOutcome(int status, String out, String err) {

    static CommandOutcome export(Map<String, String> environment, Path archive) {
        return run(environment, archive, true);
    }

    static CommandOutcome load(Map<String, String> environment, Path archive) {
        return run(environment, archive, false);
    }

    private static CommandOutcome run(Map<String, String> environment, Path archive, boolean export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            List<String> args = List.of(archive.toString());
            int status = export ? ExportCommand.run(args, environment, outStream, errStream)
                    : ImportCommand.run(args, environment, outStream, errStream);
            return new CommandOutcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Override
    public String toString() {
        return "exit " + status + "\nout: " + out + "\nerr: " + err;
    }
}
