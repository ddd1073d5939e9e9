package org.peipao.seeds;

import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.MilestoneType;

import java.time.LocalDate;
import java.util.List;

/**
 * Innovative-drug projects and the stages they pass (the four stages the city funds: before clinical trials,
 * phase I, II and III). Names, indications and dates are invented.
 */
final class DrugPipeline {

    private static final List<String> INDICATIONS = List.of("抗肿瘤小分子", "自身免疫单克隆抗体", "长效降糖多肽",
            "抗病毒核酸药物", "非阿片类镇痛药", "眼科基因治疗", "抗纤维化小分子", "双特异性抗体");

    private DrugPipeline() {
    }

    static String title(int number, SeedContext seed) {
        return String.format("1类创新药 CQ-%d%02d（%s）", 1 + number / 10, number % 10 + 1, seed.pick(INDICATIONS));
    }

    /**
     * Verified milestones for each stage from the preclinical one up to {@code reached}, 45 to 75 days apart
     * (a project accompanied since February at the latest reaches phase III within 2025).
     */
    static void advance(SeedContext seed, String projectId, ClinicalPhase reached) {
        LocalDate on = Dates.after(seed.random, seed.history.accompaniedSince(projectId), 5, 25, Dates.LAST_DAY);
        for (ClinicalPhase phase : ClinicalPhase.values()) {
            if (phase.compareTo(reached) > 0 || on.isAfter(Dates.LAST_DAY)) {
                return;
            }
            seed.history.milestone(projectId, MilestoneType.CLINICAL_PHASE_ENTERED, on, summary(phase))
                    .phase(phase).verified();
            on = on.plusDays(45 + seed.random.nextInt(31));
        }
    }

    private static String summary(ClinicalPhase phase) {
        return switch (phase) {
            case PRECLINICAL -> "完成临床前研究，进入临床试验申报";
            case PHASE_I -> "获批开展Ⅰ期临床试验";
            case PHASE_II -> "进入Ⅱ期临床试验";
            case PHASE_III -> "进入Ⅲ期临床试验";
        };
    }
}
