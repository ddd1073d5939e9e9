package org.peipao.api.companion;

/** The four kinds of companion (陪跑人) teams. */
public enum CompanionKind {
    TECH_BROKER,
    INCUBATOR_MANAGER,
    INVESTMENT_MANAGER,
    PROFESSIONAL_MANAGER
}
