package org.peipao.seeds;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.MilestoneType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** What every section of the seed writes with, and the steps they share (all figures here are invented). */
final class SeedContext {

    static final List<IndustryDomain> DOMAINS = List.of(IndustryDomain.AI, IndustryDomain.INTELLIGENT_CONNECTED_NEV,
            IndustryDomain.NEW_MATERIALS, IndustryDomain.LIFE_SCIENCES, IndustryDomain.GREEN_LOW_CARBON,
            IndustryDomain.ELECTRONIC_INFORMATION);
    private static final List<LandingForm> FORMS = List.of(LandingForm.NEW_COMPANY, LandingForm.NEW_COMPANY,
            LandingForm.NEW_COMPANY, LandingForm.BRANCH, LandingForm.LAB, LandingForm.PILOT_LINE);
    private static final List<String> ROUNDS = List.of("天使轮", "Pre-A轮", "A轮", "B轮");

    final Random random;
    final History history = new History();
    final CompanionTeams teams;
    final People people;
    final Titles titles;
    final Enterprises enterprises;

    SeedContext(long seed) {
        random = new Random(seed);
        teams = new CompanionTeams(random);
        people = new People(random);
        titles = new Titles(random);
        enterprises = new Enterprises(random);
    }

    IndustryDomain anyDomain() {
        return DOMAINS.get(random.nextInt(DOMAINS.size()));
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code count} distinct elements of {@code values}, in a random order. */
    <T> List<T> sample(List<T> values, int count) {
        List<T> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, count));
    }

    /** A lead companion of {@code lead}'s kind and, for some projects, a supporting one of another kind. */
    void accompany(String projectId, IndustryDomain domain, LocalDate since, CompanionKind lead,
                   CompanionKind supporting, int supportingPercent) {
        history.assign(projectId, teams.pick(lead, domain), AssignmentRole.LEAD, since);
        if (random.nextInt(100) < supportingPercent) {
            history.assign(projectId, teams.pick(supporting, domain), AssignmentRole.SUPPORTING,
                    Dates.after(random, since, 0, 45, Dates.LAST_DAY));
        }
    }

    /** An amount of CNY between {@code min} and {@code max} ten-thousands (万元), in whole ten-thousands. */
    BigDecimal wan(int min, int max) {
        return BigDecimal.valueOf((min + random.nextInt(max - min + 1)) * 10_000L);
    }

    void financing(String projectId, LocalDate latest) {
        LocalDate on = Dates.after(random, history.accompaniedSince(projectId), 20, 200, latest);
        history.milestone(projectId, MilestoneType.FINANCING_CLOSED, on, pick(ROUNDS) + "融资完成")
                .amount(wan(200, 6_000)).verified();
    }

    void patent(String projectId, boolean verified) {
        LocalDate on = Dates.after(random, history.accompaniedSince(projectId), 10, 240, Dates.LAST_DAY);
        MilestoneDraft patent = history.milestone(projectId, MilestoneType.PATENT_GRANTED, on, "发明专利授权");
        if (verified) {
            patent.verified();
        } else {
            patent.pending();
        }
    }

    void pilot(String projectId) {
        LocalDate on = Dates.after(random, history.accompaniedSince(projectId), 20, 200, Dates.LAST_DAY);
        history.milestone(projectId, MilestoneType.PILOT_STARTED, on, "中试线启动").verified();
    }

    /** A landing outside Banan district, and for some the jobs it created since. */
    void landElsewhere(String projectId, LocalDate earliest, LocalDate latest, int minWan, int maxWan) {
        LocalDate signedOn = Dates.between(random, max(earliest, history.accompaniedSince(projectId).plusDays(30)),
                latest);
        history.land(projectId, pick(Districts.ELSEWHERE), null, pick(FORMS), wan(minWan, maxWan), signedOn);
        if (random.nextBoolean() && signedOn.isBefore(Dates.LAST_DAY.minusDays(20))) {
            history.milestone(projectId, MilestoneType.JOBS_CREATED, Dates.after(random, signedOn, 10, 90,
                    Dates.LAST_DAY), "落地后新增就业岗位").count(8 + random.nextInt(60)).verified();
        }
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
