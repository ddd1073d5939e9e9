package org.peipao.query.companion;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.project.AssignmentRole;
import org.peipao.query.shared.TrackedDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A companion's profile, its current assignments and the outcomes credited to it. */
public class CompanionDocument extends TrackedDocument {

    public static final String COLLECTION = "companions";

    public String name;
    public CompanionKind kind;
    public String organisation;
    public List<IndustryDomain> domains = new ArrayList<>();
    public String email;
    public CompanionStatus status;
    public String statusReason;
    public int capacity;
    public List<Assignment> activeAssignments = new ArrayList<>();
    public List<Honour> honours = new ArrayList<>();
    public Set<String> landedProjectIds = new LinkedHashSet<>();
    public Set<String> solvedChallengeIds = new LinkedHashSet<>();
    /** "projectId/milestoneId": milestone ids are unique within their project only. */
    public Set<String> verifiedMilestoneIds = new LinkedHashSet<>();

    public record Assignment(String projectId, AssignmentRole role, LocalDate since) {
    }

    public record Honour(String title, int year) {
    }
}
