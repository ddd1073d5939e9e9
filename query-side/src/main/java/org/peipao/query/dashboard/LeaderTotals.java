package org.peipao.query.dashboard;

import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

import java.util.ArrayList;
import java.util.List;

/** One companion's all-time credits in one cube cell, from which the cell's {@linkplain Leaders top} is kept. */
public class LeaderTotals {

    public static final String COLLECTION = "dashboard_leaders";

    @MongoId(FieldType.STRING)
    public String id;
    public String companionId;
    /** The projects whose landings credited the companion, sorted. */
    public List<String> landedProjects = new ArrayList<>();
    public long problemsSolved;
    public long verifiedMilestones;
    /** The checkpoints whose state of this document is kept as a {@link PastVersion} ({@link KeptCheckpoints}). */
    public byte[] kept;
    public long lastEventIndex = -1;

    static String idOf(CubeCell cell, String companionId) {
        return cell.key() + "|" + companionId;
    }

    Leaders.Line line() {
        return new Leaders.Line(companionId, landedProjects.size(), problemsSolved, verifiedMilestones);
    }
}
