package nl.triade.registry.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Arrays;
import nl.triade.registry.domain.WireNames;

/**
 * The one Jackson configuration, shared by the HTTP layer and the store so that what is stored
 * and what is served are spelled alike: ISO dates, kebab-case enum values, nulls written out,
 * and strict reading (unknown fields, numbers for text and unknown enum values are errors).
 */
public final class JsonMappers {
    private JsonMappers() {
    }

    public static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
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
