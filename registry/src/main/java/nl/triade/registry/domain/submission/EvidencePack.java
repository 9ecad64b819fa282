package nl.triade.registry.domain.submission;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The files a submission hands to the Register as its evidence, in the order the manifest lists
 * them, followed by the signed manifest itself ({@link PackageManifest#FILE} and
 * {@link PackageManifest#SIGNATURE_FILE}). Every file is UTF-8 text; a submitter writes or sends
 * them exactly as they are, since the manifest signs their bytes.
 */
public record EvidencePack(List<File> files) {

    public EvidencePack {
        files = List.copyOf(files);
    }

    /** All files together, UTF-8. */
    public long bytes() {
        return files.stream().mapToLong(file -> file.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    /** One file of the pack: its name in the package folder and its exact text. */
    public record File(String name, String text) {
        public File {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }
    }
}
