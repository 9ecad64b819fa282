package nl.triade.registry.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedConstructor;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.lang.reflect.RecordComponent;
import nl.triade.registry.domain.CanonicalJson;

/**
 * Lets Jackson read and write a record component that has a {@link CanonicalJson.Name} under that
 * name: stored content parts and the other JSON columns (workflow, part revisions, revision
 * manifest, validation findings) then survive a Java rename just as the content hash does. Records
 * without canonical names keep Jackson's own naming. A component marked
 * {@link CanonicalJson.OmitWhenUnset} is written only while it is set, as the canonical form does.
 */
final class CanonicalNames extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    /**
     * A component marked {@link CanonicalJson.OmitWhenUnset} is left out while null or false, one
     * marked {@link CanonicalJson.OmitWhenEmpty} while it is an empty list: a stored part written
     * before the component existed keeps its text, and so its key.
     */
    @Override
    public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
        RecordComponent component = component(annotated);
        if (component != null && component.isAnnotationPresent(CanonicalJson.OmitWhenUnset.class)) {
            return JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.ALWAYS);
        }
        return component != null && component.isAnnotationPresent(CanonicalJson.OmitWhenEmpty.class)
                ? JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS)
                : JsonInclude.Value.empty();
    }

    @Override
    public PropertyName findNameForSerialization(Annotated annotated) {
        return canonical(annotated);
    }

    @Override
    public PropertyName findNameForDeserialization(Annotated annotated) {
        return canonical(annotated);
    }

    private static PropertyName canonical(Annotated annotated) {
        RecordComponent component = component(annotated);
        CanonicalJson.Name name = component == null ? null : component.getAnnotation(CanonicalJson.Name.class);
        return name == null ? null : PropertyName.construct(name.value());
    }

    private static RecordComponent component(Annotated annotated) {
        if (annotated instanceof AnnotatedParameter parameter && parameter.getOwner() instanceof AnnotatedConstructor constructor) {
            RecordComponent[] components = constructor.getDeclaringClass().getRecordComponents();
            return components != null && constructor.getParameterCount() == components.length ? components[parameter.getIndex()] : null;
        }
        if (annotated instanceof AnnotatedMethod method && method.getParameterCount() == 0) {
            return named(method.getDeclaringClass(), method.getName());
        }
        if (annotated instanceof AnnotatedField field) {
            return named(field.getDeclaringClass(), field.getName());
        }
        return null;
    }

    private static RecordComponent named(Class<?> owner, String name) {
        RecordComponent[] components = owner.getRecordComponents();
        if (components != null) {
            for (RecordComponent component : components) {
                if (component.getName().equals(name)) {
                    return component;
                }
            }
        }
        return null;
    }
}
