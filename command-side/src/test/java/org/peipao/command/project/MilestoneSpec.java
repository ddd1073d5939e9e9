package org.peipao.command.project;

import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.LogMilestoneCommand;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.peipao.api.project.MilestoneRejectedEvent;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.MilestoneVerifiedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.peipao.command.project.ProjectTestData.DOMAIN;
import static org.peipao.command.project.ProjectTestData.PROJECT;
import static org.peipao.command.project.ProjectTestData.SOURCE;

/** A milestone of the test project, and the log command and events that state it. Amounts are given in normal form. */
record MilestoneSpec(String id, MilestoneType type, LocalDate occurredOn, String summary, BigDecimal amountCny,
                     String challengeId, ClinicalPhase phase, Integer count) {

    static final LocalDate OCCURRED_ON = LocalDate.of(2025, 11, 1);

    static MilestoneSpec milestone(String id, MilestoneType type) {
        return new MilestoneSpec(id, type, OCCURRED_ON, "Won the gold award", null, null, null, null);
    }

    MilestoneSpec on(LocalDate date) {
        return new MilestoneSpec(id, type, date, summary, amountCny, challengeId, phase, count);
    }

    MilestoneSpec summary(String text) {
        return new MilestoneSpec(id, type, occurredOn, text, amountCny, challengeId, phase, count);
    }

    MilestoneSpec amount(String cny) {
        return new MilestoneSpec(id, type, occurredOn, summary, cny == null ? null : new BigDecimal(cny), challengeId,
                phase, count);
    }

    MilestoneSpec challenge(String challenge) {
        return new MilestoneSpec(id, type, occurredOn, summary, amountCny, challenge, phase, count);
    }

    MilestoneSpec phase(ClinicalPhase clinicalPhase) {
        return new MilestoneSpec(id, type, occurredOn, summary, amountCny, challengeId, clinicalPhase, count);
    }

    MilestoneSpec count(Integer jobs) {
        return new MilestoneSpec(id, type, occurredOn, summary, amountCny, challengeId, phase, jobs);
    }

    LogMilestoneCommand log() {
        return new LogMilestoneCommand(PROJECT, id, type, occurredOn, summary, null, amountCny, challengeId, phase,
                count);
    }

    MilestoneLoggedEvent logged(String byCompanionId) {
        return new MilestoneLoggedEvent(PROJECT, id, type, occurredOn, summary, null, amountCny,
                amountCny == null ? null : "CNY", challengeId, phase,
                count, byCompanionId, DOMAIN, SOURCE);
    }

    MilestoneVerifiedEvent verified(String note, List<String> credited) {
        return new MilestoneVerifiedEvent(PROJECT, id, type, occurredOn, amountCny, challengeId, phase, count, note,
                credited, DOMAIN, SOURCE);
    }

    MilestoneRejectedEvent rejected(String reason) {
        return new MilestoneRejectedEvent(PROJECT, id, type, occurredOn, reason, DOMAIN, SOURCE);
    }
}
