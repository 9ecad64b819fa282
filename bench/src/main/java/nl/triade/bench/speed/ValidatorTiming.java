package nl.triade.bench.speed;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.triade.bench.BenchApi;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.DocumentView;
import nl.triade.registry.domain.document.Indicator;
import nl.triade.registry.domain.document.IndicatorType;
import nl.triade.registry.domain.document.MaintenancePlan;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.ParticipantRole;
import nl.triade.registry.domain.document.Purpose;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.framework.ApplicableFramework;
import nl.triade.registry.pluginhost.CallLimits;
import nl.triade.registry.pluginhost.PluginHost;
import nl.triade.registry.pluginhost.PluginValidators;

/**
 * Issue 14's validator target: every shipped validator on a measurement instrument of many sections and 200
 * indicators. Over HTTP ({@code POST …/validations}, everything a user waits for) at the largest instrument the server
 * accepts (500 sections, its limit), and in this process through the host's own {@link PluginValidators} and the
 * shipped plugin jars at the 1,000 sections, which the server would refuse to store.
 */
final class ValidatorTiming {
    static final int INDICATORS = 200;
    static final int SECTIONS_OVER_HTTP = 500;
    static final int SECTIONS_IN_PROCESS = 1_000;
    private static final int SECTION_LENGTH = 1_000;
    private static final int WARM_RUNS = 7;
    private static final String[] INDICATOR_TYPES = {"structure", "process", "outcome", "prom", "prem"};

    private ValidatorTiming() {
    }

    /** The first run's time and the median of the warm ones after it, in ms. */
    record Timing(double firstMillis, double medianMillis, int findings) {
    }

    /** Over HTTP, as the patients' org-admin ({@code token}) would run them on an instrument it authors. */
    static Timing overHttp(BenchApi api, String token, String standardId) throws Exception {
        String path = "/api/v1/documents/" + api.send("POST", "/api/v1/documents", token, Map.of("kind", "instrument",
                "title", "Voetzorg-meetinstrument", "condition", "diabetes", "summary", "Meet de voetzorg.",
                "patientVersion", Texts.paragraphs(0, 5_000), "workInstruction", Texts.paragraphs(1, 3_000),
                "purpose", "public-information", "standardId", standardId)).get("id").asText();
        Parallel.times(SECTIONS_OVER_HTTP, 4, section -> api.send("PUT", path + "/sections/s" + section, token,
                Map.of("title", "Hoofdstuk " + section, "body", Texts.paragraphs(section, SECTION_LENGTH)), "If-None-Match", "*"));
        Parallel.times(INDICATORS, 4, indicator -> api.send("PUT", path + "/indicators/i" + indicator, token,
                indicatorInput(indicator), "If-None-Match", "*"));
        double[] millis = new double[WARM_RUNS + 1];
        int findings = 0;
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            findings = api.send("POST", path + "/validations", token, Map.of()).get("findings").size();
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        return timing(millis, findings);
    }

    /** In this process: the plugins of {@code pluginsDir} with {@code settings}, on the 1,000-section instrument. */
    static Timing inProcess(Path pluginsDir, Map<String, String> settings) {
        try (PluginHost host = PluginHost.start(pluginsDir, settings, Clock.systemUTC(),
                new CallLimits(Duration.ofSeconds(5), Duration.ofSeconds(60)), new SimpleMeterRegistry())) {
            PluginValidators validators = new PluginValidators(host);
            DocumentView instrument = instrument(SECTIONS_IN_PROCESS);
            Set<String> existing = Set.of(SpeedSeed.PATIENTS, SpeedSeed.PROVIDERS, SpeedSeed.INSURERS);
            double[] millis = new double[WARM_RUNS + 1];
            int findings = 0;
            for (int run = 0; run < millis.length; run++) {
                long start = System.nanoTime();
                findings = validators.validate(instrument, existing).size();
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
            return timing(millis, findings);
        }
    }

    private static Timing timing(double[] millis, int findings) {
        double[] warm = new double[millis.length - 1];
        System.arraycopy(millis, 1, warm, 0, warm.length);
        return new Timing(millis[0], LoadResult.median(warm), findings);
    }

    private static Map<String, Object> indicatorInput(int number) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "Indicator " + number);
        input.put("type", INDICATOR_TYPES[number % INDICATOR_TYPES.length]);
        input.put("numerator", "Patiënten met diabetes bij wie de voeten jaarlijks zijn onderzocht (" + number + ")");
        input.put("denominator", "Alle patiënten met diabetes in zorg bij de praktijk");
        input.put("exclusions", "Patiënten die het onderzoek weigerden");
        input.put("dataSource", "Huisartseninformatiesysteem");
        input.put("unit", "percentage");
        input.put("period", "kalenderjaar");
        return input;
    }

    private static DocumentView instrument(int sections) {
        List<Section> parts = new ArrayList<>();
        for (int section = 0; section < sections; section++) {
            parts.add(new Section("s" + section, "Hoofdstuk " + section, Texts.paragraphs(section, SECTION_LENGTH)));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int number = 0; number < INDICATORS; number++) {
            Map<String, Object> input = indicatorInput(number);
            indicators.add(new Indicator("i" + number, (String) input.get("title"),
                    IndicatorType.valueOf(((String) input.get("type")).toUpperCase(Locale.ROOT)), (String) input.get("numerator"),
                    (String) input.get("denominator"), (String) input.get("exclusions"), (String) input.get("dataSource"),
                    (String) input.get("unit"), (String) input.get("period")));
        }
        DocumentFields fields = new DocumentFields("Voetzorg-meetinstrument", "diabetes", "Meet de voetzorg.",
                Texts.paragraphs(0, 5_000), new MaintenancePlan(SpeedSeed.PATIENTS, 36), List.of(), "std-bench",
                Purpose.PUBLIC_INFORMATION, Texts.paragraphs(1, 3_000), null);
        DocumentContent content = new DocumentContent(DocumentKind.INSTRUMENT, fields, List.of(
                new Participant(SpeedSeed.PATIENTS, ParticipantRole.AUTHOR, null),
                new Participant(SpeedSeed.PROVIDERS, ParticipantRole.AUTHOR, null),
                new Participant(SpeedSeed.INSURERS, ParticipantRole.AUTHOR, null)), parts, indicators, List.of());
        return new DocumentView("doc-bench", DocumentStatus.DRAFT, 1, 1, content.hash(), content,
                Map.of(SpeedSeed.PATIENTS, OrganisationKind.PATIENT, SpeedSeed.PROVIDERS, OrganisationKind.PROVIDER,
                        SpeedSeed.INSURERS, OrganisationKind.INSURER), List.of(), null,
                ApplicableFramework.notYetSubmitted(LocalDate.now(Clock.systemUTC())));
    }
}
