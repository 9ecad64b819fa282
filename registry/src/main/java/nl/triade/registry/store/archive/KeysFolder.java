package nl.triade.registry.store.archive;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.store.audit.CheckpointKeyFiles;
import nl.triade.registry.store.notification.SealKeyFile;
import org.jdbi.v3.core.Handle;

/**
 * The keys an archive deliberately does not carry: the checkpoint key and the key that seals
 * webhook secrets live in {@code TRIADE_KEYS_DIR}, because a backup that holds its own key would
 * open its sealed secrets to whoever holds the backup. After an import, says what the keys folder
 * lacks for the registry just loaded; it never makes a key (a start would, and a new seal key can
 * open none of the secrets sealed before).
 */
public final class KeysFolder {
    private KeysFolder() {
    }

    /** One sentence per thing the restored registry cannot do with the keys in {@code folder}; empty when it has all it needs. */
    public static List<String> warnings(String url, Duration wait, Path folder) {
        List<String> warnings = new ArrayList<>();
        if (!CheckpointKeyFiles.presentIn(folder)) {
            warnings.add("the keys folder " + folder + " has no checkpoint key: the first start makes a new one, and checkpoints "
                    + "signed before the move can then be checked only offline, with the old public key; restore the keys folder "
                    + "from its backup before the first start to keep them checkable");
        }
        List<Map.Entry<String, String>> sealed = ArchiveEngine.of(url).connect(url, wait).withHandle(KeysFolder::sealedSecrets);
        if (sealed.isEmpty()) {
            return warnings;
        }
        Optional<SealKeyFile> seal;
        try {
            seal = SealKeyFile.loadExisting(folder);
        } catch (IllegalStateException e) {
            warnings.add(e.getMessage());
            return warnings;
        }
        if (seal.isEmpty()) {
            warnings.add(sealed.size() + " webhook subscription(s) hold secrets sealed with subscription-secrets.key, which the keys folder "
                    + folder + " does not have: restore it from the backup of the keys folder before the first start, or their "
                    + "notifications cannot be signed (first: subscription " + sealed.get(0).getKey() + ")");
            return warnings;
        }
        List<String> unopened = sealed.stream().filter(secret -> !opens(seal.get(), secret.getValue())).map(Map.Entry::getKey).toList();
        if (!unopened.isEmpty()) {
            warnings.add(unopened.size() + " of " + sealed.size() + " webhook subscription secrets do not open with the key in " + folder
                    + " (sealed under another key): restore the keys folder that belongs to this archive (first: subscription "
                    + unopened.get(0) + ")");
        }
        return warnings;
    }

    private static List<Map.Entry<String, String>> sealedSecrets(Handle handle) {
        try {
            if (!SchemaTables.names(handle.getConnection()).contains("subscriptions")) {
                return List.of();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the imported database's tables: " + e.getMessage(), e);
        }
        return handle.createQuery("SELECT id, sealed_secret FROM subscriptions ORDER BY id")
                .map((row, context) -> Map.entry(row.getString("id"), row.getString("sealed_secret")))
                .list();
    }

    private static boolean opens(SealKeyFile seal, String sealed) {
        try {
            seal.open(sealed);
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            return false;
        }
    }
}
