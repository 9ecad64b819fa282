package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import org.junit.jupiter.api.Test;

/** What {@code --demo} configures of the shipped plugins, and that setting any of a plugin's variables replaces it. */
class DemoPluginsTest {

    private static List<String> instances(RunningRegistry registry) {
        List<String> instances = new ArrayList<>();
        registry.admin().get("/api/v1/plugins").json().get("items").forEach(plugin -> instances.add(plugin.get("id").asText() + "@"
                + plugin.get("organisation").asText() + (plugin.get("configured").asBoolean() ? "" : " (not configured)")));
        instances.sort(null);
        return instances;
    }

    @Test
    void theDemoInsurersEachReviewAndThePatientPerspectiveIsTheDemoPatientOrganisations() {
        try (RunningRegistry registry = RunningRegistry.start(true, Map.of(), "patient-perspective", "insurer-review")) {
            assertEquals(List.of("insurer-review@zorgverzekeraar-a", "insurer-review@zorgverzekeraar-b",
                    "patient-perspective@diabetesvereniging"), instances(registry));
        }
    }

    @Test
    void aPluginVariableOfYourOwnReplacesTheDemosSettingsOfThatPlugin() {
        try (RunningRegistry registry = RunningRegistry.start(true, Map.of(
                "TRIADE_PLUGIN_INSURER_REVIEW_AT_ZORGVERZEKERAAR_B__MAX_INDICATORS", "2"), "patient-perspective", "insurer-review")) {
            assertEquals(List.of("insurer-review@zorgverzekeraar-b", "patient-perspective@diabetesvereniging"), instances(registry));
        }
    }
}
