package org.peipao.command.shared;

import org.axonframework.messaging.MetaData;
import org.peipao.api.MetaDataKeys;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The principal behind a command, as recorded in its metadata by the dispatching side. */
public record Actor(String name, Set<String> roles, String companionId) {

    public static Actor from(MetaData metaData) {
        Object name = metaData.get(MetaDataKeys.ACTOR);
        Object roles = metaData.get(MetaDataKeys.ACTOR_ROLES);
        Object companionId = metaData.get(MetaDataKeys.ACTOR_COMPANION_ID);
        return new Actor(name == null ? MetaDataKeys.SYSTEM : name.toString(),
                roles == null ? Set.of() : Arrays.stream(roles.toString().split(","))
                        .map(String::strip).filter(r -> !r.isEmpty()).collect(Collectors.toUnmodifiableSet()),
                companionId == null || companionId.toString().isBlank() ? null : companionId.toString());
    }

    /** A mentor acts only on the projects they accompany (given by their companions); administrators on any. */
    public void requireAccompanying(Set<String> companionsOfTheProject) {
        if (isMentor()) {
            NotPermitted.requirePermitted(companionId != null && companionsOfTheProject.contains(companionId),
                    "mentor-not-assigned", "mentors act only on projects they accompany");
        }
    }

    public boolean isMentor() {
        return roles.contains("MENTOR") && !roles.contains("ADMIN");
    }
}
