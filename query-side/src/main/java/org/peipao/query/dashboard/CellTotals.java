package org.peipao.query.dashboard;

import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

import java.util.ArrayList;
import java.util.List;

/**
 * The totals of one cube cell over one {@linkplain Periods period}: counters and, for a day, set members (enterprises
 * served) and each credited companion's line of the leaderboard (months keep counters only, so that they stay small).
 * Counters are one string ({@link StoredCounters}), not a map, because names contain characters MongoDB does not allow
 * in field names (district names, ids with dots); and not lists of names and values or of pairs, whose many elements
 * the embedded store decodes and encodes again on every write. Remembers the last event applied, so redelivered events
 * change nothing.
 * <p>
 * The all-time document of a cell ({@link Periods#ALL_TIME}) holds, instead of sets and lines, what the default
 * dashboard needs at once: the number of distinct enterprises served ({@link EnterpriseServed}), the top of the
 * leaderboard ({@link LeaderTotals}) and the first and last day of the cell's facts.
 */
public class CellTotals {

    public static final String COLLECTION = "dashboard_cells";

    @MongoId(FieldType.STRING)
    public String id;
    public String period;
    public String domain;
    public String source;
    public String district;
    public String kind;
    /** The counters by name, in their {@linkplain StoredCounters stored form}; {@code null} while there are none. */
    public String counters;
    public List<Members> sets = new ArrayList<>();
    public List<Leader> leaders = new ArrayList<>();
    /** All-time document: the office days of the cell's first and last fact (ISO dates). */
    public String firstDay;
    public String lastDay;
    /** All-time document: distinct enterprises with a solved challenge. */
    public long enterprisesServed;
    /** All-time document: the leaderboard's top lines, best first ({@link Leaders#ORDER}). */
    public List<Leaders.Line> top = new ArrayList<>();
    /** The checkpoints whose state of this document is kept as a {@link PastVersion} ({@link KeptCheckpoints}). */
    public byte[] kept;
    public long lastEventIndex = -1;

    public record Members(String key, List<String> values) {
    }

    /** A companion's credits in the period: projects that landed, challenges solved, milestones verified. */
    public record Leader(String companionId, List<String> landedProjects, long problemsSolved, long verifiedMilestones) {
    }

    static String idOf(CubeCell cell, String period) {
        return cell.key() + "|" + period;
    }
}
