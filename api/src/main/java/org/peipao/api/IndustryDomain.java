package org.peipao.api;

/** The industry domains the innovation office reports by (the article's six fields in focus). */
public enum IndustryDomain {
    AI,
    INTELLIGENT_CONNECTED_NEV,
    NEW_MATERIALS,
    LIFE_SCIENCES,
    GREEN_LOW_CARBON,
    ELECTRONIC_INFORMATION,
    OTHER
}
