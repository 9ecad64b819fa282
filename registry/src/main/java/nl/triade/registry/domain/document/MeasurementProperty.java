package nl.triade.registry.domain.document;

/**
 * Properties of a measurement instrument the Toetsingskader asks evidence of: validity (it measures
 * what it claims to), reliability (repeated measurement gives the same result) and discriminating
 * power (onderscheidend vermogen: it shows real differences between care providers).
 */
public enum MeasurementProperty {
    VALIDITY, RELIABILITY, DISCRIMINATING_POWER
}
