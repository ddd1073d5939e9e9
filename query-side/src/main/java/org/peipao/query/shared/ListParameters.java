package org.peipao.query.shared;

/** Limits of the paged lists: pages count from 0, and a page holds at most {@link #MAX_SIZE} items. */
public final class ListParameters {

    public static final String DEFAULT_SIZE = "20";
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 200;

    private ListParameters() {
    }
}
