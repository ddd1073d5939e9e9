package org.peipao.query.shared;

import org.peipao.api.text.TextLimits;

/** Limits of the paged lists: pages count from 0, and a page holds at most {@link #MAX_SIZE} items. */
public final class ListParameters {

    public static final String DEFAULT_SIZE = "20";
    public static final int MAX_SIZE = 100;
    /** The longest text a filter takes: as long as the labels it is compared with. */
    public static final int MAX_TEXT = TextLimits.NAME;

    private ListParameters() {
    }
}
