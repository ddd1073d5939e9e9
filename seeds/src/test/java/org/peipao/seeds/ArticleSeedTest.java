package org.peipao.seeds;

import org.junit.jupiter.api.Test;
import org.peipao.api.challenge.PostChallengeCommand;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.RecordLandingCommand;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The article seed: the same every run, valid for the command side, and shaped by the article's figures. */
class ArticleSeedTest {

    private static final SeedSet SEED = ArticleSeed.generate();
    private static final CommandLedger LEDGER = CommandLedger.of(SEED.commands());

    @Test
    void everyRunWritesTheSameHistory() {
        assertThat(ArticleSeed.generate()).isEqualTo(SEED);
    }

    @Test
    void loadsInAFewThousandCommandsEndingWithTheCreationOfItsCompletionMark() {
        assertThat(SEED.commands()).hasSizeBetween(1_000, 5_000);
        assertThat(SEED.commands().get(SEED.commands().size() - 1)).isInstanceOfSatisfying(PostChallengeCommand.class,
                last -> assertThat(last.challengeId()).isEqualTo(SEED.completionMark()));
    }

    @Test
    void has510ActiveCompanionsSplitByKindAndAFewSuspendedAndRetiredOnes() {
        Map<String, Long> byKindAndStatus = LEDGER.companions.values().stream()
                .collect(Collectors.groupingBy(c -> c.kind + " " + c.status, Collectors.counting()));
        assertThat(byKindAndStatus).containsOnly(Map.entry("TECH_BROKER ACTIVE", 190L),
                Map.entry("INCUBATOR_MANAGER ACTIVE", 120L), Map.entry("INVESTMENT_MANAGER ACTIVE", 110L),
                Map.entry("PROFESSIONAL_MANAGER ACTIVE", 90L), Map.entry("TECH_BROKER SUSPENDED", 2L),
                Map.entry("INCUBATOR_MANAGER SUSPENDED", 1L), Map.entry("INVESTMENT_MANAGER SUSPENDED", 2L),
                Map.entry("PROFESSIONAL_MANAGER SUSPENDED", 1L), Map.entry("TECH_BROKER RETIRED", 1L),
                Map.entry("INCUBATOR_MANAGER RETIRED", 1L), Map.entry("INVESTMENT_MANAGER RETIRED", 1L),
                Map.entry("PROFESSIONAL_MANAGER RETIRED", 1L));
        assertThat(LEDGER.companions.values().stream().filter(c -> c.honours.contains("2025 金牌陪跑人")))
                .hasSize(12);
        assertThat(LEDGER.companions.values().stream().map(c -> c.kind).distinct()).hasSize(CompanionKind.values().length);
    }

    @Test
    void solves227ProblemsFor113EnterprisesAnd46For38AndNoEnterpriseTwice() {
        assertThat(solved(Sources.ENGINEERS_COMPETITION)).hasSize(227);
        assertThat(enterprises(Sources.ENGINEERS_COMPETITION)).hasSize(113);
        assertThat(solved(Sources.XINGYU_CUP)).hasSize(46);
        assertThat(enterprises(Sources.XINGYU_CUP)).hasSize(38);
        assertThat(solved(null)).hasSize(273);
        assertThat(enterprises(null)).hasSize(151);
        assertThat(LEDGER.challenges.values().stream().filter(c -> c.status.equals("POSTED"))).hasSize(15);
    }

    @Test
    void theXingyuCupHas24VerifiedAwardsAndNineLandedProjectsWithTheArtificialBone() {
        assertThat(verified(MilestoneType.AWARD_WON, Sources.XINGYU_CUP)).hasSize(24);
        Set<String> landed = landings(Sources.XINGYU_CUP).stream().map(RecordLandingCommand::projectId)
                .collect(Collectors.toSet());
        assertThat(landed).hasSize(9).contains(ArticleSeed.ARTIFICIAL_BONE_PROJECT);
        assertThat(LEDGER.projects.get(ArticleSeed.ARTIFICIAL_BONE_PROJECT).registration.title())
                .contains("注射型高活性人工骨");
    }

    @Test
    void theBioCityConferenceSigns11ProjectsFor3685MillionInBananAlone() {
        List<RecordLandingCommand> bioCity = landings(Sources.BIO_CITY_CONFERENCE);
        assertThat(bioCity).hasSize(11).allSatisfy(l -> assertThat(l.district()).isEqualTo("巴南区"));
        assertThat(bioCity.stream().map(RecordLandingCommand::signedAmountCny).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("3685000000");
        assertThat(LEDGER.landings.stream().filter(l -> l.district().equals("巴南区"))).hasSize(11);
    }

    @Test
    void theEuropeanAcademyCenterLandsInTheHighTechZone() {
        assertThat(LEDGER.landings.stream().filter(l -> l.projectId().equals(ArticleSeed.EUROPEAN_ACADEMY_CENTER_PROJECT)))
                .singleElement().satisfies(l -> assertThat(l.district()).isEqualTo("西部科学城重庆高新区"));
    }

    @Test
    void theFairSelects130ResultsAndDrugsFinancingAndPendingWorkShowUp() {
        assertThat(LEDGER.projects.values().stream()
                .filter(p -> p.registration.source().equals(Sources.RESULTS_FAIR))).hasSize(130);
        assertThat(verified(MilestoneType.CLINICAL_PHASE_ENTERED, null).stream().map(m -> m.log.phase()))
                .contains(ClinicalPhase.PRECLINICAL, ClinicalPhase.PHASE_I, ClinicalPhase.PHASE_II, ClinicalPhase.PHASE_III);
        assertThat(verified(MilestoneType.FINANCING_CLOSED, null)).hasSizeGreaterThan(20);
        assertThat(LEDGER.milestones.values().stream().filter(m -> m.status.equals("LOGGED"))).isNotEmpty();
        assertThat(LEDGER.milestones.values().stream().filter(m -> m.status.equals("REJECTED"))).isNotEmpty();
    }

    private static List<CommandLedger.Milestone> verified(MilestoneType type, String source) {
        return LEDGER.milestones.values().stream()
                .filter(m -> m.status.equals("VERIFIED") && m.log.type() == type)
                .filter(m -> source == null || source(m.log.projectId()).equals(source))
                .toList();
    }

    private static List<CommandLedger.Milestone> solved(String source) {
        return verified(MilestoneType.TECH_PROBLEM_SOLVED, source);
    }

    /** Distinct enterprises (by credit code) whose problems projects of {@code source} solved. */
    private static Set<String> enterprises(String source) {
        return solved(source).stream()
                .map(m -> LEDGER.challenges.get(m.log.challengeId()).posting.enterpriseCode())
                .collect(Collectors.toSet());
    }

    private static List<RecordLandingCommand> landings(String source) {
        return LEDGER.landings.stream().filter(l -> source(l.projectId()).equals(source)).toList();
    }

    private static String source(String projectId) {
        return LEDGER.projects.get(projectId).registration.source();
    }
}
