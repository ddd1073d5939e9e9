package org.peipao.seeds;

import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.CloseChallengeCommand;
import org.peipao.api.challenge.MatchChallengeCommand;
import org.peipao.api.challenge.PostChallengeCommand;
import org.peipao.api.project.MilestoneType;

import java.util.List;

/**
 * Problems not solved by the end of the conference (all invented): some matched to a project and in work
 * (two with a solution awaiting verification), some closed by their enterprise, and the problems posted
 * during the conference that still wait for a match. One of those is the last command of the seed.
 */
final class OpenChallenges {

    static final List<String> IN_WORK = List.of("seed-geec-010", "seed-geec-020", "seed-xingyu-15", "seed-fair-020",
            "seed-fair-030", "seed-fair-040");
    static final int AWAITING_VERIFICATION = 2;
    static final int CLOSED = 4;
    static final int WAITING = 15;

    private OpenChallenges() {
    }

    /** Writes them and answers the id of the last challenge posted. */
    static String write(SeedContext seed) {
        int number = 0;
        for (String projectId : IN_WORK) {
            String id = id(++number);
            IndustryDomain domain = seed.anyDomain();
            String title = post(seed, id, domain);
            seed.history.add(new MatchChallengeCommand(id, projectId, seed.history.lead(projectId)));
            if (number <= AWAITING_VERIFICATION) {
                seed.history.milestone(projectId, MilestoneType.TECH_PROBLEM_SOLVED,
                        Dates.between(seed.random, Dates.day(11, 1), Dates.day(11, 14)), "解决难题：" + title)
                        .challenge(id).pending();
            }
        }
        for (int i = 0; i < CLOSED; i++) {
            String id = id(++number);
            post(seed, id, seed.anyDomain());
            seed.history.add(new CloseChallengeCommand(id, i % 2 == 0 ? "企业已自行解决" : "企业调整产品规划，需求取消"));
        }
        String last = null;
        for (int i = 0; i < WAITING; i++) {
            last = id(++number);
            post(seed, last, seed.anyDomain());
        }
        return last;
    }

    private static String post(SeedContext seed, String id, IndustryDomain domain) {
        Enterprises.Enterprise enterprise = seed.enterprises.next(domain);
        String title = seed.titles.problem(domain);
        seed.history.add(new PostChallengeCommand(id, enterprise.name(), enterprise.code(), domain, title,
                "重庆国际人才交流大会期间征集的企业技术难题"));
        return title;
    }

    private static String id(int number) {
        return String.format("seed-ch-open-%02d", number);
    }
}
