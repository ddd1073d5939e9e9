package org.peipao.api.project;

public enum AssignmentRole {
    LEAD,
    SUPPORTING
}
