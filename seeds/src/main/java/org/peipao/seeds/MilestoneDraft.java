package org.peipao.seeds;

import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.LogMilestoneCommand;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.RejectMilestoneCommand;
import org.peipao.api.project.VerifyMilestoneCommand;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A milestone being written: its type-specific facts, then logged and verified, left pending, or rejected. */
final class MilestoneDraft {

    private final History history;
    private final String projectId;
    private final String milestoneId;
    private final MilestoneType type;
    private final LocalDate occurredOn;
    private final String summary;
    private BigDecimal amountCny;
    private String challengeId;
    private ClinicalPhase phase;
    private Integer count;

    MilestoneDraft(History history, String projectId, String milestoneId, MilestoneType type, LocalDate occurredOn,
                   String summary) {
        this.history = history;
        this.projectId = projectId;
        this.milestoneId = milestoneId;
        this.type = type;
        this.occurredOn = occurredOn;
        this.summary = summary;
    }

    MilestoneDraft amount(BigDecimal value) {
        amountCny = value;
        return this;
    }

    MilestoneDraft challenge(String id) {
        challengeId = id;
        return this;
    }

    MilestoneDraft phase(ClinicalPhase value) {
        phase = value;
        return this;
    }

    MilestoneDraft count(int value) {
        count = value;
        return this;
    }

    void verified() {
        pending();
        history.add(new VerifyMilestoneCommand(projectId, milestoneId, null));
    }

    void pending() {
        history.add(new LogMilestoneCommand(projectId, milestoneId, type, occurredOn, summary, null, amountCny,
                challengeId, phase, count));
    }

    void rejected(String reason) {
        pending();
        history.add(new RejectMilestoneCommand(projectId, milestoneId, reason));
    }
}
