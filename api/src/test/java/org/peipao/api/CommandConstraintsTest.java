package org.peipao.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.peipao.api.challenge.PostChallengeCommand;
import org.peipao.api.companion.RegisterCompanionCommand;
import org.peipao.api.companion.SuspendCompanionCommand;
import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.LogMilestoneCommand;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.RecordLandingCommand;
import org.peipao.api.project.RegisterProjectCommand;
import org.peipao.api.project.WithdrawProjectCommand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.api.project.LandingForm.NEW_COMPANY;

/** The commands' constraints: what every sender is refused with, field by field (issue 9 §3 and issue 11 §3, §7). */
class CommandConstraintsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    @Test
    void aWellFormedRegistrationPasses() {
        assertThat(refusals(project("Injectable artificial bone", "XINGYU_CUP"))).isEmpty();
    }

    @Test
    void brokenUnicodeAndControlCharactersAreRefusedNamingTheField() {
        assertThat(refusals(project("bad \ud800 title", "XINGYU_CUP"))).containsOnlyKeys("title");
        assertThat(refusals(project("nul \u0000", "XINGYU_CUP"))).containsOnlyKeys("title");
        assertThat(refusals(project("two\nlines", "XINGYU_CUP"))).as("a title is one line").containsOnlyKeys("title");
    }

    @Test
    void invisibleTextIsNoTextWhateverTheSpaceItIsMadeOf() {
        for (String invisible : new String[]{" ", "\u3000", "\u200B", "\uFEFF", "\u00A0"}) {
            assertThat(refusals(project(invisible, "XINGYU_CUP"))).as("U+%04X", (int) invisible.charAt(0))
                    .containsOnlyKeys("title");
        }
        assertThat(refusals(new WithdrawProjectCommand("p-1", "\u200B"))).containsOnlyKeys("reason");
        assertThat(refusals(new SuspendCompanionCommand("c-1", "on leave\nuntil May"))).as("a reason may break lines")
                .isEmpty();
    }

    @Test
    void aLabelMayNotBeStarOrHoldABarEvenBehindInvisibleCharacters() {
        assertThat(refusals(project("Bone", "\u200B*"))).containsOnlyKeys("source");
        assertThat(refusals(project("Bone", "A|B"))).containsOnlyKeys("source");
        assertThat(refusals(landing("\uFEFF"))).containsOnlyKeys("district");
        assertThat(refusals(landing("巴南区\u200B"))).isEmpty();
    }

    @Test
    void eachTypeSpecificFieldIsRequiredByName() {
        assertThat(refusals(milestone(MilestoneType.FINANCING_CLOSED, null, null, null, null))).containsOnlyKeys("amountCny");
        assertThat(refusals(milestone(MilestoneType.LICENSING_DEAL, BigDecimal.ZERO, null, null, null)))
                .containsOnlyKeys("amountCny");
        assertThat(refusals(milestone(MilestoneType.TECH_PROBLEM_SOLVED, null, null, null, null)))
                .containsOnlyKeys("challengeId");
        assertThat(refusals(milestone(MilestoneType.CLINICAL_PHASE_ENTERED, null, null, null, null)))
                .containsOnlyKeys("phase");
        assertThat(refusals(milestone(MilestoneType.JOBS_CREATED, null, null, null, null))).containsOnlyKeys("count");
        assertThat(refusals(milestone(MilestoneType.JOBS_CREATED, null, null, null, 12))).isEmpty();
        assertThat(refusals(milestone(MilestoneType.CLINICAL_PHASE_ENTERED, null, null, ClinicalPhase.PHASE_I, null)))
                .isEmpty();
        assertThat(refusals(milestone(MilestoneType.AWARD_WON, null, null, null, null))).isEmpty();
    }

    @Test
    void anEnterpriseCodeIsAValidCreditCodeInAnySpellingOrAbsent() {
        assertThat(refusals(challenge("９１３５ ０１００m000100y43"))).isEmpty();
        assertThat(refusals(challenge("  "))).isEmpty();
        assertThat(refusals(challenge(null))).isEmpty();
        assertThat(refusals(challenge("91350100M000100Y44"))).containsOnlyKeys("enterpriseCode");
        assertThat(refusals(challenge("n/a"))).containsOnlyKeys("enterpriseCode");
    }

    @Test
    void idsAreOfTheContractsForm() {
        assertThat(refusals(new RegisterCompanionCommand("..", "Li Wei", org.peipao.api.companion.CompanionKind.TECH_BROKER,
                "Org", List.of(), null, null))).containsOnlyKeys("companionId");
    }

    private static Map<String, String> refusals(Object command) {
        Map<String, String> byField = new TreeMap<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(command)) {
            byField.put(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return byField;
    }

    private static RegisterProjectCommand project(String title, String source) {
        return new RegisterProjectCommand("p-1", title, IndustryDomain.LIFE_SCIENCES, source, "Germany", "Dr. Weber",
                null);
    }

    private static RecordLandingCommand landing(String district) {
        return new RecordLandingCommand("p-1", "l-1", district, null, NEW_COMPANY, new BigDecimal("335000000"), DAY);
    }

    private static LogMilestoneCommand milestone(MilestoneType type, BigDecimal amount, String challengeId,
                                                 ClinicalPhase phase, Integer count) {
        return new LogMilestoneCommand("p-1", "m-1", type, DAY, "summary", null, amount, challengeId, phase, count);
    }

    private static PostChallengeCommand challenge(String code) {
        return new PostChallengeCommand("ch-1", "Chongqing Special Steel", code, IndustryDomain.NEW_MATERIALS,
                "Fatigue cracks", null);
    }
}
