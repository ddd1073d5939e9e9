package org.peipao.seeds;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.MilestoneType;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The talent innovation results matching fair (人才创新成果转化应用对接会, 15 November): 670+ results from 60+
 * units, 130+ selected after evaluation, 12 key results promoted on site (the article's figures). The seed
 * registers the {@link #SELECTED} selected results as projects; which are accompanied, and what they
 * achieved, is invented.
 */
final class ResultsFair {

    static final int SELECTED = 130;
    static final int KEY_RESULTS = 12;
    static final int ACCOMPANIED_BEFORE = 36;
    static final LocalDate FAIR = Dates.day(11, 15);

    /** The five units the article names first, then invented ones. */
    private static final List<String> UNITS = List.of("重庆大学", "柔性电子全国重点实验室", "金凤实验室",
            "中国长安汽车集团", "人才创新创业服务港", "山城先进制造研究院", "嘉陵新材料研究所", "长江生态环境研究中心",
            "两江智能网联汽车创新中心", "缙云生物医药研究院", "巴渝数字经济研究院", "科学城微电子技术研究所");
    private static final List<ClinicalPhase> DRUG_STAGES = List.of(ClinicalPhase.PHASE_III, ClinicalPhase.PHASE_II,
            ClinicalPhase.PHASE_I, ClinicalPhase.PHASE_I, ClinicalPhase.PRECLINICAL, ClinicalPhase.PRECLINICAL);

    private ResultsFair() {
    }

    static void write(SeedContext seed) {
        int firstDrug = KEY_RESULTS + 1;
        for (int i = 1; i <= SELECTED; i++) {
            String id = id(i);
            boolean drug = i >= firstDrug && i < firstDrug + DRUG_STAGES.size();
            IndustryDomain domain = i == 1 ? IndustryDomain.INTELLIGENT_CONNECTED_NEV
                    : drug ? IndustryDomain.LIFE_SCIENCES : seed.anyDomain();
            String title = i == 1 ? "新能源汽车电池热管理与紧凑型换热技术"
                    : drug ? DrugPipeline.title(20 + i, seed) : seed.titles.project(domain);
            String unit = i == 1 ? "重庆市科学技术研究院能源效率优化研究中心" : seed.pick(UNITS);
            seed.history.registerProject(id, title, domain, Sources.RESULTS_FAIR, "China", seed.people.chinese(),
                    "人才创新成果转化应用对接会评价筛选成果；成果来源：" + unit);
            if (i <= KEY_RESULTS) {
                seed.accompany(id, domain, FAIR, CompanionKind.TECH_BROKER, CompanionKind.INVESTMENT_MANAGER, 30);
                seed.history.milestone(id, MilestoneType.OTHER, FAIR, "在人才创新成果转化应用对接会上现场推介").verified();
            } else if (i <= KEY_RESULTS + ACCOMPANIED_BEFORE) {
                LocalDate since = drug ? Dates.between(seed.random, Dates.day(1, 10), Dates.day(2, 28))
                        : Dates.between(seed.random, Dates.day(5, 1), Dates.day(9, 30));
                seed.accompany(id, domain, since, CompanionKind.TECH_BROKER, CompanionKind.INCUBATOR_MANAGER, 35);
            }
            if (drug) {
                DrugPipeline.advance(seed, id, DRUG_STAGES.get(i - firstDrug));
            }
        }
        seed.history.milestone(id(firstDrug), MilestoneType.LICENSING_DEAL, Dates.day(10, 28),
                "海外权益许可交易（首付款）").amount(seed.wan(6_000, 12_000)).verified();

        List<String> earlier = IntStream.rangeClosed(KEY_RESULTS + 1, KEY_RESULTS + ACCOMPANIED_BEFORE)
                .mapToObj(ResultsFair::id).toList();
        seed.sample(earlier, 5).forEach(id -> seed.landElsewhere(id, Dates.day(8, 1), FAIR, 200, 5_000));
        seed.sample(earlier, 8).forEach(id -> seed.financing(id, Dates.LAST_DAY));
        seed.sample(earlier, 8).forEach(id -> seed.patent(id, true));
        seed.sample(earlier, 4).forEach(id -> seed.patent(id, false));
        seed.sample(earlier, 4).forEach(seed::pilot);
    }

    private static String id(int number) {
        return String.format("seed-fair-%03d", number);
    }
}
