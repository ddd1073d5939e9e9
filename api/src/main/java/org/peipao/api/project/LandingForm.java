package org.peipao.api.project;

public enum LandingForm {
    NEW_COMPANY,
    BRANCH,
    LAB,
    PILOT_LINE,
    PLATFORM
}
