package org.peipao.query.shared;

import java.util.List;

/** The event processors that build read models; each can be replayed on its own. */
public final class ReadModelProcessors {

    public static final List<String> NAMES = List.of("companions", "projects", "challenges", "dashboard");

    private ReadModelProcessors() {
    }
}
