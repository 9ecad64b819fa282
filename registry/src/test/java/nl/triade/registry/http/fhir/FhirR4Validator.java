package nl.triade.registry.http.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI FHIR's validator against the published R4 definitions (structure, cardinality, invariants,
 * bindings to the code systems R4 ships), without a terminology server. It takes seconds to start,
 * so the test JVM shares one; validating is thread-safe.
 */
final class FhirR4Validator {
    private static final FhirValidator VALIDATOR = create();

    private FhirR4Validator() {
    }

    private static FhirValidator create() {
        FhirContext context = FhirContext.forR4();
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context), new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirValidator validator = context.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(support));
        return validator;
    }

    /** Every message of {@code severity} or worse about {@code json}, each with where it applies. */
    static List<String> messages(String json, ResultSeverityEnum severity) {
        return VALIDATOR.validateWithResult(json).getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= severity.ordinal())
                .map(FhirR4Validator::describe).toList();
    }

    /** The errors (and fatal errors) in {@code json}: none for a valid R4 resource. */
    static List<String> errors(String json) {
        return messages(json, ResultSeverityEnum.ERROR);
    }

    private static String describe(SingleValidationMessage message) {
        return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
    }
}
