package org.peipao.seeds;

/**
 * The 2025 programme of the Chongqing International Talent Exchange Conference article as a demo history
 * (see this module's README for each figure and the article sentence it comes from). The same every run:
 * a fixed random seed, ids that follow from the position of each thing in the history.
 */
public final class ArticleSeed {

    public static final String NAME = "article";
    public static final long RANDOM_SEED = 20_251_116L;
    /** The world's first injectable high-activity artificial bone, a Xingyu Cup project that landed. */
    public static final String ARTIFICIAL_BONE_PROJECT = XingyuCup.ARTIFICIAL_BONE;
    /** The European Academy of Sciences China Center, landed in the Western Science City High-tech Zone. */
    public static final String EUROPEAN_ACADEMY_CENTER_PROJECT = ElectronicsConference.EUROPEAN_ACADEMY_CENTER;

    private ArticleSeed() {
    }

    public static SeedSet generate() {
        SeedContext seed = new SeedContext(RANDOM_SEED);
        seed.teams.register(seed.history, seed.people);
        EngineersCompetition.write(seed);
        XingyuCup.write(seed);
        ResultsFair.write(seed);
        LifeScienceConference.write(seed);
        ElectronicsConference.write(seed);
        seed.teams.awardGoldCompanions(seed.history);
        String lastPosted = OpenChallenges.write(seed);
        return new SeedSet(NAME, seed.history.commands(), lastPosted);
    }
}
