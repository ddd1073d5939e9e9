package org.peipao.api.project;

public enum ClinicalPhase {
    PRECLINICAL,
    PHASE_I,
    PHASE_II,
    PHASE_III
}
