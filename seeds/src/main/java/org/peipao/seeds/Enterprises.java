package org.peipao.seeds;

import org.peipao.api.IndustryDomain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Invented Chongqing enterprises that post problems: distinct names and distinct credit codes. */
final class Enterprises {

    record Enterprise(String name, String code) {
    }

    private static final List<String> FIRST = List.of("渝", "巴", "嘉", "江", "山", "川", "缙", "鸿", "恒", "润", "泰",
            "博", "瑞", "德", "华", "宏", "信", "达", "盛", "锦", "峡", "朝", "歌", "龙", "凯", "中", "蜀", "科");
    private static final List<String> SECOND = List.of("创", "航", "源", "通", "新", "力", "晟", "达", "远", "丰", "驰",
            "拓", "联", "欣", "普", "昌", "智", "卓", "合", "锐", "亿", "诚", "跃", "森", "腾", "邦");
    private static final Map<IndustryDomain, List<String>> TRADES = Map.of(
            IndustryDomain.AI, List.of("智能科技", "数据科技", "机器人", "软件技术"),
            IndustryDomain.INTELLIGENT_CONNECTED_NEV, List.of("汽车零部件", "新能源科技", "电驱动技术", "汽车电子"),
            IndustryDomain.NEW_MATERIALS, List.of("新材料", "特种合金", "复合材料", "精细化工"),
            IndustryDomain.LIFE_SCIENCES, List.of("生物科技", "医疗器械", "制药", "生物医药"),
            IndustryDomain.GREEN_LOW_CARBON, List.of("环保科技", "能源技术", "水务", "节能科技"),
            IndustryDomain.ELECTRONIC_INFORMATION, List.of("电子", "半导体", "光电科技", "微电子"),
            IndustryDomain.OTHER, List.of("机械制造", "装备", "建材", "实业"));
    private static final List<String> FORMS = List.of("有限公司", "股份有限公司", "有限责任公司");

    private final Random random;
    private final Set<String> names = new HashSet<>();
    private final Set<String> codes = new HashSet<>();

    Enterprises(Random random) {
        this.random = random;
    }

    /** An enterprise not made before, of a trade in {@code domain}. */
    Enterprise next(IndustryDomain domain) {
        List<String> trades = TRADES.get(domain);
        String name;
        do {
            name = "重庆" + pick(FIRST) + pick(SECOND) + pick(trades) + (random.nextInt(4) == 0 ? pick(FORMS) : "有限公司");
        } while (!names.add(name));
        String code;
        do {
            code = CreditCodes.next(random);
        } while (!codes.add(code));
        return new Enterprise(name, code);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
