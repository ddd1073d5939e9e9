package org.peipao.query.dashboard;

import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.ChallengePostedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.companion.CompanionRetiredEvent;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.companion.CompanionSuspendedEvent;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.CompanionAssignedEvent;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.LandingRecordedEvent;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.peipao.api.project.MilestoneRejectedEvent;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.MilestoneVerifiedEvent;
import org.peipao.api.project.ProjectIncubationStartedEvent;
import org.peipao.api.project.ProjectLandedEvent;
import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.ProjectWithdrawnEvent;
import org.peipao.query.support.EventFeed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.peipao.api.IndustryDomain.AI;
import static org.peipao.api.IndustryDomain.LIFE_SCIENCES;
import static org.peipao.api.IndustryDomain.NEW_MATERIALS;

/**
 * A small programme whose every dashboard figure is worked out by hand in {@code DashboardProjectionTest}.
 * Standing figures move on the events' recording day (2025-03-01 in the feed); what happened is dated by its
 * business date.
 */
final class DashboardScenario {

    static final String GEEC = "GEEC";
    static final String XINGYU = "XINGYU_CUP";
    static final String BANAN = "巴南区";
    static final String YUBEI = "渝北区";

    private DashboardScenario() {
    }

    static void play(EventFeed feed) {
        companion(feed, "c-tb1", "Li Wei", CompanionKind.TECH_BROKER);
        companion(feed, "c-tb2", "Wang Fang", CompanionKind.TECH_BROKER);
        companion(feed, "c-im", "Chen Jing", CompanionKind.INCUBATOR_MANAGER);
        companion(feed, "c-inv", "Zhao Lei", CompanionKind.INVESTMENT_MANAGER);
        feed.feed("c-tb2", new CompanionSuspendedEvent("c-tb2", CompanionKind.TECH_BROKER, "on leave"), "admin");
        feed.feed("c-im", new CompanionRetiredEvent("c-im", CompanionKind.INCUBATOR_MANAGER, CompanionStatus.ACTIVE,
                "moved"), "admin");

        project(feed, "p1", AI, GEEC);
        project(feed, "p2", LIFE_SCIENCES, XINGYU);
        project(feed, "p3", AI, XINGYU);
        assign(feed, "p1", "c-tb1", AI, GEEC, date("2025-01-10"));
        assign(feed, "p2", "c-inv", LIFE_SCIENCES, XINGYU, date("2025-02-01"));
        feed.feed("p3", new ProjectWithdrawnEvent("p3", ProjectStage.REGISTERED, "team left", AI, XINGYU), "admin");

        milestone(feed, "p1", "m1", MilestoneType.FINANCING_CLOSED, "2025-03-05", new BigDecimal("5000000.00"), null, AI, GEEC);
        feed.feed("p1", new MilestoneVerifiedEvent("p1", "m1", MilestoneType.FINANCING_CLOSED, date("2025-03-05"),
                new BigDecimal("5000000.00"), null, null, null, null, List.of("c-tb1"), AI, GEEC), "admin");
        milestone(feed, "p1", "m2", MilestoneType.AWARD_WON, "2025-03-10", null, null, AI, GEEC);
        feed.feed("p1", new MilestoneRejectedEvent("p1", "m2", MilestoneType.AWARD_WON, date("2025-03-10"), "no proof",
                AI, GEEC), "admin");
        milestone(feed, "p1", "m3", MilestoneType.PATENT_GRANTED, "2025-07-01", null, null, AI, GEEC);

        challenge(feed, "ch1", "E1", NEW_MATERIALS);
        challenge(feed, "ch2", "E1", NEW_MATERIALS);
        challenge(feed, "ch3", "E2", AI);
        challenge(feed, "ch4", "E3", AI);
        feed.feed("ch1", new ChallengeMatchedEvent("ch1", "p2", "c-inv", "E1", NEW_MATERIALS), "admin");
        feed.feed("ch2", new ChallengeMatchedEvent("ch2", "p1", "c-tb1", "E1", NEW_MATERIALS), "admin");
        feed.feed("ch3", new ChallengeClosedEvent("ch3", ChallengeStatus.POSTED, "withdrawn by the enterprise", AI),
                "admin");
        milestone(feed, "p2", "m4", MilestoneType.TECH_PROBLEM_SOLVED, "2025-04-02", null, "ch1", LIFE_SCIENCES, XINGYU);
        feed.feed("p2", new MilestoneVerifiedEvent("p2", "m4", MilestoneType.TECH_PROBLEM_SOLVED, date("2025-04-02"),
                null, "ch1", null, null, null, List.of("c-inv"), LIFE_SCIENCES, XINGYU), "admin");
        feed.feed("ch1", new ChallengeSolvedEvent("ch1", "p2", "m4", date("2025-04-02"), "E1", "E1", NEW_MATERIALS,
                List.of("c-inv"), LIFE_SCIENCES, XINGYU), "system");
        feed.feed("ch2", new ChallengeSolvedEvent("ch2", "p1", "m5", date("2025-05-05"), "E1", "E1", NEW_MATERIALS,
                List.of("c-tb1"), AI, GEEC), "system");

        landing(feed, "p1", "l1", BANAN, LandingForm.NEW_COMPANY, "100.50", "2025-04-20", "c-tb1", AI, GEEC);
        feed.feed("p1", new ProjectLandedEvent("p1", date("2025-04-20"), date("2025-01-10"), BANAN, List.of("c-tb1"),
                AI, GEEC), "admin");
        landing(feed, "p1", "l2", YUBEI, LandingForm.BRANCH, "200.00", "2025-06-01", "c-tb1", AI, GEEC);
        landing(feed, "p2", "l3", BANAN, LandingForm.LAB, "1000.00", "2025-05-01", "c-inv", LIFE_SCIENCES, XINGYU);
        feed.feed("p2", new ProjectLandedEvent("p2", date("2025-05-01"), date("2025-02-01"), BANAN, List.of("c-inv"),
                LIFE_SCIENCES, XINGYU), "admin");
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static void companion(EventFeed feed, String id, String name, CompanionKind kind) {
        feed.feed(id, new CompanionRegisteredEvent(id, name, kind, "Org", List.of(AI), null, 8), "admin");
    }

    private static void project(EventFeed feed, String id, IndustryDomain domain, String source) {
        feed.feed(id, new ProjectRegisteredEvent(id, "Project " + id, domain, source, "China", "Lead", null), "admin");
    }

    private static void assign(EventFeed feed, String project, String companion, IndustryDomain domain, String source,
                               LocalDate since) {
        feed.feed(project, new CompanionAssignedEvent(project, companion, AssignmentRole.LEAD, since, domain, source),
                "admin");
        feed.feed(project, new ProjectIncubationStartedEvent(project, since, domain, source), "admin");
    }

    private static void milestone(EventFeed feed, String project, String id, MilestoneType type, String occurredOn,
                                  BigDecimal amount, String challengeId, IndustryDomain domain, String source) {
        feed.feed(project, new MilestoneLoggedEvent(project, id, type, date(occurredOn), "summary", null, amount,
                amount == null ? null : "CNY", challengeId, null, null, null, domain, source), "admin");
    }

    private static void challenge(EventFeed feed, String id, String enterprise, IndustryDomain domain) {
        feed.feed(id, new ChallengePostedEvent(id, enterprise, null, domain, "Problem " + id, null), "admin");
    }

    private static void landing(EventFeed feed, String project, String id, String district, LandingForm form,
                                String amount, String signedOn, String companion, IndustryDomain domain, String source) {
        feed.feed(project, new LandingRecordedEvent(project, id, district, null, form, new BigDecimal(amount),
                date(signedOn), List.of(companion), domain, source), "admin");
    }
}
