package nl.triade.registry.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How plugins.properties and the environment name a plugin's instances and their settings. */
class PluginSettingsTest {
    @TempDir
    Path folder;

    private PluginSettings settings(String file, Map<String, String> environment) throws IOException {
        Files.writeString(folder.resolve(PluginSettings.FILE), file);
        return PluginSettings.load(folder, environment);
    }

    @Test
    void withoutOrganisationsThePluginIsTheInstallationsOneInstanceAsBefore() throws IOException {
        PluginSettings settings = settings("insurer-review.organisation=verzekeraar\ninsurer-review.max-indicators=5\n",
                Map.of("TRIADE_PLUGIN_INSURER_REVIEW_MAX_INDICATORS", "6"));
        assertEquals(List.of(new PluginInstance(null, Map.of("organisation", "verzekeraar", "max-indicators", "6"), List.of())),
                settings.instancesOf("insurer-review"));
    }

    @Test
    void eachOrganisationGetsAnInstanceWithTheInstallationsSettingsAsDefaults() throws IOException {
        PluginSettings settings = settings("""
                insurer-review.organisations = verzekeraar-a
                insurer-review.max-indicators = 8
                insurer-review@verzekeraar-b.max-indicators = 3
                insurer-review@verzekeraar-c.max-indicators = 4
                """, Map.of("TRIADE_PLUGIN_INSURER_REVIEW_AT_VERZEKERAAR_C__MAX_INDICATORS", "5",
                "TRIADE_PLUGIN_INSURER_REVIEW_AT_VERZEKERAAR_D__TOKEN", "geheim"));
        assertEquals(List.of(
                new PluginInstance("verzekeraar-a", Map.of("organisation", "verzekeraar-a", "max-indicators", "8"), List.of()),
                new PluginInstance("verzekeraar-b", Map.of("organisation", "verzekeraar-b", "max-indicators", "3"), List.of()),
                new PluginInstance("verzekeraar-c", Map.of("organisation", "verzekeraar-c", "max-indicators", "5"), List.of()),
                new PluginInstance("verzekeraar-d", Map.of("organisation", "verzekeraar-d", "max-indicators", "8", "token", "geheim"),
                        List.of())),
                settings.instancesOf("insurer-review"));
        assertEquals(Map.of("organisations", "verzekeraar-a", "max-indicators", "8"), settings.forPlugin("insurer-review"),
                "submitters and listeners get the installation's settings, never an instance's");
    }

    @Test
    void anInstanceActsOnlyForItsOwnOrganisation() throws IOException {
        PluginSettings settings = settings("insurer-review.organisation=verzekeraar-a\n"
                + "insurer-review@verzekeraar-b.organisation=verzekeraar-a\n", Map.of());
        assertEquals(List.of(new PluginInstance("verzekeraar-b", Map.of("organisation", "verzekeraar-b"), List.of(
                "setting organisation of the instance for verzekeraar-b names another organisation; an instance acts only for its own"))),
                settings.instancesOf("insurer-review"));
    }

    @Test
    void theEnvironmentOrganisationsListWinsOverTheFile() throws IOException {
        PluginSettings settings = settings("patient-perspective.organisations=a\n",
                Map.of("TRIADE_PLUGIN_PATIENT_PERSPECTIVE_ORGANISATIONS", " diabetesvereniging , ,hart-vaatgroep"));
        assertEquals(List.of("diabetesvereniging", "hart-vaatgroep"), settings.instancesOf("patient-perspective").stream()
                .map(PluginInstance::organisation).toList());
    }
}
