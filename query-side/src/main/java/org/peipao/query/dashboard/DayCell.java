package org.peipao.query.dashboard;

import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

import java.util.ArrayList;
import java.util.List;

/**
 * The counters of one cube cell on one day (the day a fact happened). Keys are kept in entry lists, not
 * maps, because they contain characters MongoDB does not allow in field names (district names, ids with
 * dots). Remembers the last event applied, so redelivered events change nothing.
 */
public class DayCell {

    public static final String COLLECTION = "dashboard_days";

    @MongoId(FieldType.STRING)
    public String id;
    public String day;
    public String domain;
    public String source;
    public String district;
    public String kind;
    public List<Count> counters = new ArrayList<>();
    public List<Members> sets = new ArrayList<>();
    public List<Leader> leaders = new ArrayList<>();
    public long lastEventIndex = -1;

    public record Count(String key, long value) {
    }

    public record Members(String key, List<String> values) {
    }

    /** A companion's credits on that day: projects that landed, challenges solved, milestones verified. */
    public record Leader(String companionId, List<String> landedProjects, long problemsSolved, long verifiedMilestones) {
    }

    static String idOf(CubeCell cell, String day) {
        return cell.key() + "|" + day;
    }
}
