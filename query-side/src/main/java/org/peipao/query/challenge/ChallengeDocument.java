package org.peipao.query.challenge;

import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.query.shared.TrackedDocument;

import java.time.LocalDate;

public class ChallengeDocument extends TrackedDocument {

    public static final String COLLECTION = "challenges";

    public String enterprise;
    public String enterpriseCode;
    public IndustryDomain domain;
    public String title;
    public String description;
    public ChallengeStatus status;
    public String projectId;
    public String companionId;
    public String solvedByMilestoneId;
    public LocalDate solvedOn;
    public String closureReason;
}
