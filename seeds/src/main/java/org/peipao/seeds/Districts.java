package org.peipao.seeds;

import java.util.List;

/** Chongqing districts and zones where the seed's projects land. */
final class Districts {

    /** 巴南区, home of the Chongqing International Bio-City: the life-science conference's landings only. */
    static final String BANAN = "巴南区";
    /** 西部科学城重庆高新区, the Western Science City Chongqing High-tech Zone. */
    static final String HIGH_TECH_ZONE = "西部科学城重庆高新区";
    static final String LIANGJIANG = "两江新区";

    /** Where the other sources' projects land (never Banan, whose figure is the Bio-City's alone). */
    static final List<String> ELSEWHERE = List.of(LIANGJIANG, HIGH_TECH_ZONE, "渝北区", "九龙坡区", "沙坪坝区", "江北区",
            "南岸区", "北碚区", "璧山区", "永川区", "江津区", "涪陵区");

    private Districts() {
    }
}
