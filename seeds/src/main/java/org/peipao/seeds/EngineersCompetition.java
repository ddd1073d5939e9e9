package org.peipao.seeds;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.project.WithdrawProjectCommand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 4th Global Excellent Engineers Competition (全球卓越工程师大赛): 1,126 teams from 31 countries and regions
 * entered; through matching it solved 227 technical problems for 113 enterprises (the article's figures).
 * The seed follows the teams the companions accompanied (invented: {@link #PROJECTS} of them).
 */
final class EngineersCompetition {

    static final int PROJECTS = 100;
    static final int WITHDRAWN = 3;
    static final int PROBLEMS_SOLVED = 227;
    static final int ENTERPRISES = 113;
    static final String SHALE_GAS = "seed-geec-001";
    static final String WATER_ENVIRONMENT = "seed-geec-002";

    /** 31 countries and regions, as the article counts them; the first team of each comes from one. */
    private static final List<String> ORIGINS = List.of("China", "Germany", "France", "United Kingdom", "Italy",
            "Netherlands", "Switzerland", "Russia", "United States", "Canada", "Australia", "Japan", "South Korea",
            "Singapore", "Malaysia", "Thailand", "Indonesia", "Vietnam", "India", "Pakistan", "Kazakhstan",
            "Uzbekistan", "Türkiye", "Egypt", "Kenya", "Brazil", "Chile", "Spain", "Poland", "Hong Kong, China",
            "Macao, China");

    private EngineersCompetition() {
    }

    static void write(SeedContext seed) {
        List<SolvedProblems.Solver> accompanied = new ArrayList<>();
        for (int i = 1; i <= PROJECTS; i++) {
            String id = String.format("seed-geec-%03d", i);
            IndustryDomain domain = i <= 2 ? IndustryDomain.GREEN_LOW_CARBON : seed.anyDomain();
            String title = switch (i) {
                case 1 -> "页岩气高效开发关键技术";
                case 2 -> "长江流域水环境保护研究";
                default -> seed.titles.project(domain);
            };
            String origin = i <= ORIGINS.size() ? ORIGINS.get(i - 1)
                    : seed.random.nextInt(10) < 7 ? "China" : seed.pick(ORIGINS);
            seed.history.registerProject(id, title, domain, Sources.ENGINEERS_COMPETITION, origin,
                    seed.people.teamLead(origin), "第四届全球卓越工程师大赛参赛项目");
            if (i > PROJECTS - WITHDRAWN) {
                seed.history.add(new WithdrawProjectCommand(id, "团队未完成赛程，退出陪跑"));
            } else {
                seed.accompany(id, domain, Dates.between(seed.random, Dates.day(3, 1), Dates.day(6, 30)),
                        CompanionKind.TECH_BROKER, CompanionKind.PROFESSIONAL_MANAGER, 40);
                accompanied.add(new SolvedProblems.Solver(id, domain));
            }
        }
        SolvedProblems.write(seed, "seed-ch-geec", accompanied, PROBLEMS_SOLVED, ENTERPRISES, Dates.day(11, 10));

        List<String> ids = accompanied.stream().map(SolvedProblems.Solver::projectId).toList();
        seed.sample(ids, 10).forEach(id -> seed.landElsewhere(id, Dates.day(7, 1), Dates.LAST_DAY, 300, 12_000));
        seed.sample(ids, 12).forEach(id -> seed.financing(id, Dates.LAST_DAY));
        seed.sample(ids, 15).forEach(id -> seed.patent(id, true));
        seed.sample(ids, 4).forEach(id -> seed.patent(id, false));
        seed.sample(ids, 8).forEach(seed::pilot);
    }
}
