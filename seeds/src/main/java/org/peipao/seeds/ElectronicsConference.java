package org.peipao.seeds;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.project.LandingForm;

/**
 * The electronic-information manufacturing talent conference (16 November), where the European Academy of
 * Sciences signed to set up its China Center in the Western Science City Chongqing High-tech Zone (the
 * article's facts). The companion, the day it started and the signed amount are invented.
 */
final class ElectronicsConference {

    static final String EUROPEAN_ACADEMY_CENTER = "seed-eurasc-center";

    private ElectronicsConference() {
    }

    static void write(SeedContext seed) {
        seed.history.registerProject(EUROPEAN_ACADEMY_CENTER, "欧洲科学院中国中心（European Academy of Sciences China Center）",
                IndustryDomain.ELECTRONIC_INFORMATION, Sources.ELECTRONICS_CONFERENCE, "Europe",
                "欧洲科学院（European Academy of Sciences）",
                "促进中欧人才交流和技术转化，聚焦生物传感、智能终端、基础材料等领域");
        seed.accompany(EUROPEAN_ACADEMY_CENTER, IndustryDomain.ELECTRONIC_INFORMATION, Dates.day(9, 15),
                CompanionKind.PROFESSIONAL_MANAGER, CompanionKind.TECH_BROKER, 100);
        seed.history.land(EUROPEAN_ACADEMY_CENTER, Districts.HIGH_TECH_ZONE, null, LandingForm.PLATFORM,
                seed.wan(5_000, 5_000), Dates.LAST_DAY);
    }
}
