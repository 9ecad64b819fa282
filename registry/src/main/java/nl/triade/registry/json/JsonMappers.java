package nl.triade.registry.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Arrays;
import nl.triade.registry.domain.WireNames;

/**
 * The one Jackson configuration of the HTTP layer and the store: ISO dates, kebab-case enum values,
 * nulls written out, strict reading (unknown fields, numbers for text and unknown enum values are
 * errors), and every stored record under its canonical names ({@link CanonicalNames}), so what is
 * stored survives a Java rename as the content hash does. What goes out over HTTP is written by
 * {@link #forTheWire}, which refuses the domain's records: the API is spelled by its own response
 * records, never by a domain record's Java names.
 */
public final class JsonMappers {
    private static final String DOMAIN = "nl.triade.registry.domain.";

    private JsonMappers() {
    }

    public static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .annotationIntrospector(AnnotationIntrospector.pair(new CanonicalNames(), new JacksonAnnotationIntrospector()))
                .addModule(new JavaTimeModule())
                .addModule(wireEnums())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /**
     * A copy of {@code mapper} that refuses to write any class of the domain other than an enum
     * (whose wire spelling is {@link WireNames}, one explicit mapping). A domain record reaching a
     * response is a programming error that fails loudly, in every test that makes that response.
     */
    public static ObjectMapper forTheWire(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("triade-wire-only");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                      JsonSerializer<?> serializer) {
                Class<?> type = description.getBeanClass();
                return isDomainRecord(type) ? new RefusedOnTheWire(type) : serializer;
            }
        });
        return mapper.copy().registerModule(module);
    }

    private static boolean isDomainRecord(Class<?> type) {
        return type.getName().startsWith(DOMAIN) && !Enum.class.isAssignableFrom(type);
    }

    private static final class RefusedOnTheWire extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;
        private final String refused;

        RefusedOnTheWire(Class<?> type) {
            super(Object.class);
            this.refused = type.getName();
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            throw new IllegalStateException(refused + " reached an HTTP response: give the wire its own record in http/");
        }
    }

    private static SimpleModule wireEnums() {
        SimpleModule module = new SimpleModule("triade-wire-enums");
        module.addSerializer(new WireEnumSerializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description, JsonDeserializer<?> deserializer) {
                return new WireEnumDeserializer(type.getRawClass());
            }
        });
        return module;
    }

    @SuppressWarnings("rawtypes")
    private static final class WireEnumSerializer extends StdSerializer<Enum> {
        private static final long serialVersionUID = 1L;

        WireEnumSerializer() {
            super(Enum.class);
        }

        @Override
        public void serialize(Enum value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(WireNames.of(value));
        }
    }

    private static final class WireEnumDeserializer extends JsonDeserializer<Enum<?>> {
        private final Class<?> type;

        WireEnumDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        public Enum<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String wire = parser.getValueAsString();
            if (wire != null && parser.currentToken().isScalarValue() && parser.currentToken().id() == com.fasterxml.jackson.core.JsonTokenId.ID_STRING) {
                for (Object constant : type.getEnumConstants()) {
                    if (WireNames.of((Enum<?>) constant).equals(wire)) {
                        return (Enum<?>) constant;
                    }
                }
            }
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> WireNames.of((Enum<?>) c)).toList().toString();
            return (Enum<?>) context.handleWeirdStringValue(type, String.valueOf(wire), "must be one of %s", allowed);
        }
    }
}
