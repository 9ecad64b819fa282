package nl.triade.spi;

import java.util.Objects;

/**
 * One file of a submission's evidence pack: its name in the package folder and its exact text
 * (UTF-8). The pack's manifest signs these bytes, so a submitter writes or sends them unchanged.
 *
 * @param name a plain file name ({@code [A-Za-z0-9._-]+}), e.g. {@code approvals.json}
 * @param text the file's content
 */
public record PackageFile(String name, String text) {

    public PackageFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
