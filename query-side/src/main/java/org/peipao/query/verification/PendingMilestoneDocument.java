package org.peipao.query.verification;

import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.MilestoneType;
import org.peipao.query.shared.TrackedDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A milestone in the verification queue; its id is {@code projectId/milestoneId} (milestone ids are per project). */
public class PendingMilestoneDocument extends TrackedDocument {

    public static final String COLLECTION = "verification_queue";

    public String projectId;
    public String milestoneId;
    public MilestoneType type;
    public LocalDate occurredOn;
    public String summary;
    public String evidenceUrl;
    public BigDecimal amountCny;
    public String challengeId;
    public ClinicalPhase phase;
    public Integer count;
    public String loggedByCompanionId;
    public Instant loggedAt;

    static String idOf(String projectId, String milestoneId) {
        return projectId + "/" + milestoneId;
    }
}
