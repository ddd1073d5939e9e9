package org.peipao.ops.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * One JSON serializer for events, snapshots, sagas and tokens. Its mapper is private to Axon: the web
 * layer's mapper refuses unknown fields, while stored events must stay readable as they evolve. It never
 * uses default typing.
 */
@Configuration(proxyBeanMethods = false)
class SerializationConfiguration {

    static final String WRITE_SIDE_PACKAGE = "org.peipao.command.";

    @Bean
    @Primary
    Serializer serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setAnnotationIntrospector(new WriteSideStateByFields());
        return JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(new AnnotationRevisionResolver())
                .build();
    }

    /**
     * Aggregates and sagas (snapshotted and stored) are state without getters: they are read and written
     * field by field. Every other type (messages, tokens) keeps Jackson's usual rules.
     */
    static final class WriteSideStateByFields extends JacksonAnnotationIntrospector {

        @Override
        public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass type, VisibilityChecker<?> checker) {
            VisibilityChecker<?> found = super.findAutoDetectVisibility(type, checker);
            if (!type.getRawType().getName().startsWith(WRITE_SIDE_PACKAGE)) {
                return found;
            }
            return found.withFieldVisibility(Visibility.ANY)
                    .withGetterVisibility(Visibility.NONE)
                    .withIsGetterVisibility(Visibility.NONE);
        }
    }
}
