package org.peipao.api.project;

/** REGISTERED → INCUBATING (first companion assigned) → LANDED (first landing); WITHDRAWN from an open stage. */
public enum ProjectStage {
    REGISTERED,
    INCUBATING,
    LANDED,
    WITHDRAWN
}
