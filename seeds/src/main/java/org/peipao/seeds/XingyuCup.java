package org.peipao.seeds;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.MilestoneType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Xingyu Cup (“兴渝杯”): 779 contestants from 10 countries and regions, first collection zones in Europe,
 * the Greater Bay Area and Shanghai; 24 talents or teams won; 46 problems solved for 38 enterprises; 9 projects
 * landed in Chongqing, among them the world's first injectable high-activity artificial bone (the article's
 * figures). The seed follows the 24 winners and {@link #FINALISTS} other finalists (invented).
 */
final class XingyuCup {

    static final int WINNERS = 24;
    static final int FINALISTS = 12;
    static final int PROBLEMS_SOLVED = 46;
    static final int ENTERPRISES = 38;
    static final int LANDED = 9;
    static final String ARTIFICIAL_BONE = "seed-xingyu-01";
    static final LocalDate FINAL = Dates.day(9, 26);

    /** Ten countries and regions; the Europe, Greater Bay Area and Shanghai zones send most teams. */
    private static final List<String> ORIGINS = List.of("China", "Germany", "France", "United Kingdom", "Italy",
            "Netherlands", "Switzerland", "Hong Kong, China", "Macao, China", "Singapore");

    private XingyuCup() {
    }

    static void write(SeedContext seed) {
        List<SolvedProblems.Solver> solvers = new ArrayList<>();
        for (int i = 1; i <= WINNERS + FINALISTS; i++) {
            String id = String.format("seed-xingyu-%02d", i);
            boolean drug = i == 10 || i == 11;
            IndustryDomain domain = i == 1 || drug ? IndustryDomain.LIFE_SCIENCES : seed.anyDomain();
            String title = i == 1 ? "全球首款注射型高活性人工骨" : drug ? DrugPipeline.title(i, seed) : seed.titles.project(domain);
            String origin = i == 1 ? "China" : i <= ORIGINS.size() ? ORIGINS.get(i - 1) : seed.pick(ORIGINS);
            seed.history.registerProject(id, title, domain, Sources.XINGYU_CUP, origin, seed.people.teamLead(origin),
                    i == 1 ? "全球首款注射型高活性人工骨（the world's first injectable high-activity artificial bone）"
                            : "“兴渝杯”国际创新创业项目大赛参赛项目");
            LocalDate since = drug ? Dates.between(seed.random, Dates.day(4, 1), Dates.day(4, 30))
                    : Dates.between(seed.random, Dates.day(4, 1), Dates.day(7, 31));
            seed.accompany(id, domain, since, CompanionKind.INCUBATOR_MANAGER, CompanionKind.INVESTMENT_MANAGER, 50);
            if (i <= WINNERS + 6) {
                solvers.add(new SolvedProblems.Solver(id, domain));
            }
            if (drug) {
                DrugPipeline.advance(seed, id, i == 10 ? ClinicalPhase.PHASE_II : ClinicalPhase.PHASE_I);
            }
        }
        for (int i = 1; i <= WINNERS; i++) {
            seed.history.milestone(String.format("seed-xingyu-%02d", i), MilestoneType.AWARD_WON, FINAL,
                    "“兴渝杯”国际创新创业项目大赛获奖").verified();
        }
        seed.history.milestone(String.format("seed-xingyu-%02d", WINNERS + 1), MilestoneType.AWARD_WON, FINAL,
                "“兴渝杯”国际创新创业项目大赛获奖").rejected("未列入24个获奖人才（团队）名单");
        SolvedProblems.write(seed, "seed-ch-xingyu", solvers, PROBLEMS_SOLVED, ENTERPRISES, Dates.day(11, 10));

        seed.history.land(ARTIFICIAL_BONE, Districts.LIANGJIANG, null, LandingForm.NEW_COMPANY, seed.wan(3_000, 8_000),
                Dates.day(10, 18));
        for (int i = 2; i <= LANDED; i++) {
            seed.landElsewhere(String.format("seed-xingyu-%02d", i), FINAL.plusDays(1), Dates.LAST_DAY, 500, 8_000);
        }
        for (int i : List.of(1, 3, 5, 12, 17, 21)) {
            seed.financing(String.format("seed-xingyu-%02d", i), Dates.LAST_DAY);
        }
        for (int i : List.of(2, 6, 8, 14, 19, 27)) {
            seed.patent(String.format("seed-xingyu-%02d", i), i != 27);
        }
    }
}
