package org.peipao.seeds;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.AwardHonourCommand;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.RegisterCompanionCommand;
import org.peipao.api.companion.RetireCompanionCommand;
import org.peipao.api.companion.SuspendCompanionCommand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The four companion teams: 510 active companions (the article's figure) split by kind as {@link #ACTIVE}
 * says, plus a few suspended and retired ones. Hands out companions to projects within their capacity.
 */
final class CompanionTeams {

    /** Active companions per kind (the split is invented; the total, 510, is the article's). */
    static final Map<CompanionKind, Integer> ACTIVE = Map.of(CompanionKind.TECH_BROKER, 190,
            CompanionKind.INCUBATOR_MANAGER, 120, CompanionKind.INVESTMENT_MANAGER, 110,
            CompanionKind.PROFESSIONAL_MANAGER, 90);
    static final Map<CompanionKind, Integer> SUSPENDED = Map.of(CompanionKind.TECH_BROKER, 2,
            CompanionKind.INCUBATOR_MANAGER, 1, CompanionKind.INVESTMENT_MANAGER, 2,
            CompanionKind.PROFESSIONAL_MANAGER, 1);
    static final Map<CompanionKind, Integer> RETIRED = Map.of(CompanionKind.TECH_BROKER, 1,
            CompanionKind.INCUBATOR_MANAGER, 1, CompanionKind.INVESTMENT_MANAGER, 1,
            CompanionKind.PROFESSIONAL_MANAGER, 1);
    static final String GOLD_COMPANION = "金牌陪跑人";
    static final int GOLD_COMPANIONS = 12;

    private final Random random;
    private final List<Member> active = new ArrayList<>();

    private static final class Member {
        final String id;
        final CompanionKind kind;
        final List<IndustryDomain> domains;
        final int capacity;
        int load;

        Member(String id, CompanionKind kind, List<IndustryDomain> domains, int capacity) {
            this.id = id;
            this.kind = kind;
            this.domains = domains;
            this.capacity = capacity;
        }
    }

    CompanionTeams(Random random) {
        this.random = random;
    }

    /** Registers every companion, kind after kind; then suspends and retires the last few of each kind. */
    void register(History history, People people) {
        int number = 0;
        List<Object> departures = new ArrayList<>();
        for (CompanionKind kind : CompanionKind.values()) {
            int activeCount = ACTIVE.get(kind);
            int suspended = SUSPENDED.get(kind);
            int total = activeCount + suspended + RETIRED.get(kind);
            for (int i = 0; i < total; i++) {
                String id = String.format("seed-c-%03d", ++number);
                List<IndustryDomain> domains = domains();
                Integer capacity = capacity();
                history.add(new RegisterCompanionCommand(id, people.chinese(), kind,
                        Organisations.of(kind, random), domains, null, capacity));
                if (i < activeCount) {
                    active.add(new Member(id, kind, domains, capacity == null ? 8 : capacity));
                } else if (i < activeCount + suspended) {
                    departures.add(new SuspendCompanionCommand(id, "资质年审材料待补充，暂停陪跑"));
                } else {
                    departures.add(new RetireCompanionCommand(id, "调离重庆，退出陪跑人队伍"));
                }
            }
        }
        departures.forEach(history::add);
    }

    /**
     * An active companion of {@code kind} for a project in {@code domain}, with room under its capacity:
     * one who knows the domain if there is one, else any of the kind, else anyone.
     */
    String pick(CompanionKind kind, IndustryDomain domain) {
        List<Member> free = active.stream().filter(m -> m.load < m.capacity).toList();
        List<Member> candidates = free.stream().filter(m -> m.kind == kind && m.domains.contains(domain)).toList();
        if (candidates.isEmpty()) {
            candidates = free.stream().filter(m -> m.kind == kind).toList();
        }
        if (candidates.isEmpty()) {
            candidates = free;
        }
        Member chosen = candidates.get(random.nextInt(candidates.size()));
        chosen.load++;
        return chosen.id;
    }

    /** The Gold Companion title of 2025 for the companions who accompany the most projects. */
    void awardGoldCompanions(History history) {
        active.stream().sorted(Comparator.comparingInt((Member m) -> -m.load).thenComparing(m -> m.id))
                .limit(GOLD_COMPANIONS)
                .forEach(m -> history.add(new AwardHonourCommand(m.id, GOLD_COMPANION, 2025)));
    }

    private List<IndustryDomain> domains() {
        List<IndustryDomain> shuffled = new ArrayList<>(SeedContext.DOMAINS);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, 1 + random.nextInt(3)).stream().sorted().toList();
    }

    private Integer capacity() {
        int roll = random.nextInt(20);
        return roll < 14 ? null : roll < 17 ? 10 : roll < 19 ? 12 : 5;
    }
}
