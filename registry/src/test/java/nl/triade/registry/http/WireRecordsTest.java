package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No record of the HTTP layer holds a domain record, however deeply in its type: responses are
 * spelled by their own records (enums excepted: their wire spelling is one explicit mapping).
 * Values typed {@code Object}, such as a diff's before and after, are kept honest at run time
 * by the wire's mapper, which refuses domain records in every response any test makes.
 * {@link Routes} is wiring, not a body: it holds the controllers. {@code RenderedDocuments.Rendered} is a cache
 * entry, not a body either: it keeps the domain document beside its written JSON to check who may read it.
 */
class WireRecordsTest {

    @Test
    void noHttpRecordHoldsADomainRecord() {
        List<String> found = new ArrayList<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.triade.registry.http").stream()
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .filter(type -> type != Routes.class)
                .filter(type -> !type.getName().equals("nl.triade.registry.http.document.RenderedDocuments$Rendered"))
                .forEach(type -> Arrays.stream(type.getRecordComponents()).forEach(component -> check(type, component, found)));
        assertEquals(List.of(), found, "give these their own response records in http/ (mapped by hand from the domain)");
    }

    private static void check(Class<?> owner, RecordComponent component, List<String> found) {
        List<Class<?>> types = new ArrayList<>();
        collect(component.getGenericType(), types);
        types.stream().filter(WireRecordsTest::isDomainRecord)
                .forEach(type -> found.add(owner.getName() + "." + component.getName() + " holds " + type.getName()));
    }

    private static void collect(Type type, List<Class<?>> types) {
        if (type instanceof Class<?> plain) {
            types.add(plain.isArray() ? plain.getComponentType() : plain);
        } else if (type instanceof ParameterizedType generic) {
            collect(generic.getRawType(), types);
            Arrays.stream(generic.getActualTypeArguments()).forEach(argument -> collect(argument, types));
        } else if (type instanceof WildcardType wildcard) {
            Arrays.stream(wildcard.getUpperBounds()).forEach(bound -> collect(bound, types));
        }
    }

    private static boolean isDomainRecord(Class<?> type) {
        return type.getName().startsWith("nl.triade.registry.domain.") && !type.isEnum();
    }
}
