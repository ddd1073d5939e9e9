package org.peipao.query.shared;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The ids of the documents an event concerns, read from its payload before it is handled, so that a processor batch
 * can read every document it will change in one query ({@link TrackedDocuments}). Advisory: an id it misses is read
 * when the handler asks for it, an id it names in vain costs a look-up that finds nothing.
 */
@FunctionalInterface
public interface EventKeys {

    /** The ids {@code payload} names; empty when it names none. */
    Collection<String> of(Object payload);

    /** Names no id: every document is read when a handler first asks for it. */
    EventKeys NONE = payload -> List.of();

    /**
     * The values of the payload's record components with one of {@code names}, a string or a list of strings each
     * (for example {@code companionId} and {@code creditedCompanionIds}); a payload that is no record names none.
     */
    static EventKeys components(String... names) {
        Set<String> wanted = Set.of(names);
        ClassValue<List<RecordComponent>> componentsOf = new ClassValue<>() {
            @Override
            protected List<RecordComponent> computeValue(Class<?> type) {
                if (!type.isRecord()) {
                    return List.of();
                }
                List<RecordComponent> found = new ArrayList<>();
                for (RecordComponent component : type.getRecordComponents()) {
                    if (wanted.contains(component.getName()) && (component.getType() == String.class
                            || List.class.isAssignableFrom(component.getType()))) {
                        component.getAccessor().setAccessible(true);
                        found.add(component);
                    }
                }
                return List.copyOf(found);
            }
        };
        return payload -> {
            List<RecordComponent> components = componentsOf.get(payload.getClass());
            if (components.isEmpty()) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            for (RecordComponent component : components) {
                Object value;
                try {
                    value = component.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException unreadable) {
                    continue;
                }
                if (value instanceof String id) {
                    ids.add(id);
                } else if (value instanceof List<?> list) {
                    list.forEach(item -> {
                        if (item instanceof String id) {
                            ids.add(id);
                        }
                    });
                }
            }
            return ids;
        };
    }
}
