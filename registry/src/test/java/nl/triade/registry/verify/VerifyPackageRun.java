package nl.triade.registry.verify;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of {@code verify-package} in-process, as a user runs it: its exit status and what it printed on each stream. */
public record VerifyPackageRun(int status, String out, String err) {

    /** The command on {@code folder}, with the pack's own key unless the options give {@code --key}. */
    public static VerifyPackageRun of(Path folder, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(folder.toString()));
        args.addAll(List.of(options));
        int status = VerifyPackageCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new VerifyPackageRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
