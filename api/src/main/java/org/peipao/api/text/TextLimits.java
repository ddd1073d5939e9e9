package org.peipao.api.text;

/** The longest text each kind of field takes, in characters; each limit is stated here only. */
public final class TextLimits {

    /** Names of people, organisations and enterprises; labels (district, source, park); honour titles; filters. */
    public static final int NAME = 200;
    /** Titles of projects and challenges. */
    public static final int TITLE = 300;
    /** Why something was suspended, retired, rejected, released, closed or withdrawn. */
    public static final int REASON = 1000;
    /** A milestone's summary, a verification note, an evidence link. */
    public static final int NOTE = 2000;
    /** A project's summary, a challenge's description. */
    public static final int DESCRIPTION = 4000;
    /** An e-mail address (RFC 5321's limit). */
    public static final int EMAIL = 254;
    /** An enterprise's code as written, before it is normalised (a valid one has 18 characters). */
    public static final int CODE = 64;

    private TextLimits() {
    }
}
