package org.peipao.api.project;

/** Official figures count VERIFIED milestones only. */
public enum MilestoneStatus {
    LOGGED,
    VERIFIED,
    REJECTED
}
