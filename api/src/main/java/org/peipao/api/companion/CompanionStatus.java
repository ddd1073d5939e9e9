package org.peipao.api.companion;

public enum CompanionStatus {
    ACTIVE,
    SUSPENDED,
    RETIRED
}
