package org.peipao.seeds;

/**
 * The project sources of the article seed: the {@code source} of every project it registers, and the value
 * of the dashboard's {@code source=} filter. Each is an event of the 2025 programme the article names.
 */
public final class Sources {

    /** 全球卓越工程师大赛, the 4th Global Excellent Engineers Competition. */
    public static final String ENGINEERS_COMPETITION = "GEEC-2025";
    /** “兴渝杯”国际创新创业项目大赛, the Xingyu Cup international innovation and entrepreneurship competition. */
    public static final String XINGYU_CUP = "XINGYU-CUP-2025";
    /** 人才创新成果转化应用对接会, the talent innovation results matching fair (15 November). */
    public static final String RESULTS_FAIR = "RESULTS-FAIR-2025";
    /** 生命科学产业人才发展大会, the life-science industry talent conference at the Bio-City (15 November). */
    public static final String BIO_CITY_CONFERENCE = "BIO-CITY-2025";
    /** 新一代电子信息制造业产业人才发展大会, the electronic-information manufacturing talent conference (16 November). */
    public static final String ELECTRONICS_CONFERENCE = "EIC-CONFERENCE-2025";

    private Sources() {
    }
}
