package org.peipao.seeds;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.project.LandingForm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The life-science industry talent conference (15 November): 11 industrial projects signed to land in the
 * Chongqing International Bio-City, Banan district, for 3.685 billion CNY in all (the article's figures). The
 * first three are the article's; the other eight, and every single amount, are invented.
 */
final class LifeScienceConference {

    static final LocalDate SIGNED_ON = Dates.day(11, 15);
    static final String PARK = "重庆国际生物城";

    private record Signing(String title, LandingForm form, long millionCny) {
    }

    /** The amounts add up to 3,685 million CNY (36.85亿元). */
    private static final List<Signing> SIGNINGS = List.of(
            new Signing("百达信疫苗佐剂产业化项目", LandingForm.NEW_COMPANY, 620),
            new Signing("宸蓝医疗齿科CBCT产业化项目", LandingForm.NEW_COMPANY, 480),
            new Signing("海博为小分子药物中试平台项目", LandingForm.PLATFORM, 450),
            new Signing("mRNA疫苗递送载体产业化项目", LandingForm.PILOT_LINE, 400),
            new Signing("抗体药物原液生产基地项目", LandingForm.NEW_COMPANY, 350),
            new Signing("细胞治疗产品中试基地项目", LandingForm.PILOT_LINE, 320),
            new Signing("体外诊断试剂产业化项目", LandingForm.NEW_COMPANY, 300),
            new Signing("高端医用敷料生产基地项目", LandingForm.NEW_COMPANY, 250),
            new Signing("智能康复器械研发制造项目", LandingForm.BRANCH, 220),
            new Signing("生物药无菌灌装线项目", LandingForm.PILOT_LINE, 180),
            new Signing("核酸药物研发实验室项目", LandingForm.LAB, 115));

    private LifeScienceConference() {
    }

    static void write(SeedContext seed) {
        for (int i = 0; i < SIGNINGS.size(); i++) {
            Signing signing = SIGNINGS.get(i);
            String id = String.format("seed-biocity-%02d", i + 1);
            seed.history.registerProject(id, signing.title(), IndustryDomain.LIFE_SCIENCES,
                    Sources.BIO_CITY_CONFERENCE, "China", seed.people.chinese(),
                    "生命科学产业人才发展大会签约落地重庆国际生物城");
            seed.accompany(id, IndustryDomain.LIFE_SCIENCES, Dates.between(seed.random, Dates.day(6, 1),
                    Dates.day(9, 30)), CompanionKind.INVESTMENT_MANAGER, CompanionKind.INCUBATOR_MANAGER, 70);
            seed.history.land(id, Districts.BANAN, PARK, signing.form(),
                    BigDecimal.valueOf(signing.millionCny() * 1_000_000L), SIGNED_ON);
        }
    }
}
