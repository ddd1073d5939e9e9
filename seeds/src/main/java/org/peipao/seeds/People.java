package org.peipao.seeds;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Invented personal names: Chinese names for most people, names of the team's country for teams from abroad. */
final class People {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
            "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏",
            "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "廖", "冉", "向", "秦", "熊");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
            "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "文", "辉", "鑫", "宇", "浩", "婷",
            "欣", "晨", "睿", "博", "凯", "瑶", "怡", "佳", "俊", "航", "琳", "雪", "晓", "建", "国", "华", "志", "红",
            "亮", "斌", "燕", "玲", "峰", "彬", "渝", "川", "嘉", "蕾", "然", "哲", "铭", "昊", "宁", "颖", "翔", "蓉");

    /** Names for teams from abroad, by country or region (Chinese teams get {@link #chinese()} names). */
    private static final Map<String, List<String>> ABROAD = Map.ofEntries(
            Map.entry("Germany", List.of("Anna Weber", "Lukas Becker", "Katrin Hoffmann", "Jonas Richter")),
            Map.entry("Switzerland", List.of("Miriam Keller", "Felix Brunner", "Sabine Meier")),
            Map.entry("Austria", List.of("Tobias Gruber", "Lena Huber")),
            Map.entry("France", List.of("Claire Dubois", "Julien Moreau", "Élodie Laurent", "Antoine Girard")),
            Map.entry("United Kingdom", List.of("Emily Carter", "James Whitfield", "Olivia Bennett", "Thomas Hughes")),
            Map.entry("United States", List.of("Sophie Clarke", "Daniel Price", "Grace Turner")),
            Map.entry("Canada", List.of("Samuel Hayes", "Chloé Tremblay")),
            Map.entry("Australia", List.of("Jack Mitchell", "Ruby Thompson")),
            Map.entry("Italy", List.of("Giulia Romano", "Marco Ferrari", "Chiara Esposito", "Luca Bianchi")),
            Map.entry("Spain", List.of("Mateo García", "Lucía Fernández")),
            Map.entry("Netherlands", List.of("Sanne de Vries", "Daan Bakker", "Femke Visser")),
            Map.entry("Poland", List.of("Katarzyna Nowak", "Piotr Kowalski")),
            Map.entry("Russia", List.of("Anastasia Volkova", "Dmitri Sokolov", "Irina Morozova")),
            Map.entry("Japan", List.of("Haruka Sato", "Kenji Watanabe", "Yui Tanaka")),
            Map.entry("South Korea", List.of("Kim Min-jun", "Park Ji-woo", "Lee Seo-yeon")),
            Map.entry("Malaysia", List.of("Nurul Aziz", "Lim Wei Jie")),
            Map.entry("Thailand", List.of("Siriporn Chaiyasit", "Anan Wongsakul")),
            Map.entry("Indonesia", List.of("Putri Wulandari", "Budi Santoso")),
            Map.entry("Vietnam", List.of("Nguyen Thi Lan", "Tran Van Minh")),
            Map.entry("India", List.of("Priya Raman", "Arjun Mehta")),
            Map.entry("Pakistan", List.of("Tariq Khan", "Ayesha Siddiqui")),
            Map.entry("Kazakhstan", List.of("Aigerim Nurlanova", "Daniyar Seitkali")),
            Map.entry("Uzbekistan", List.of("Dilnoza Karimova", "Jasur Tashkentov")),
            Map.entry("Türkiye", List.of("Aylin Demir", "Emre Yılmaz")),
            Map.entry("Egypt", List.of("Ahmed Hassan", "Mona El-Sayed")),
            Map.entry("Kenya", List.of("Wanjiru Kamau", "Otieno Odhiambo")),
            Map.entry("Brazil", List.of("Lucas Oliveira", "Beatriz Santos")),
            Map.entry("Chile", List.of("Camila Rojas", "Diego Muñoz")),
            Map.entry("Singapore", List.of("Tan Hui Min", "Rachel Lim")));

    private final Random random;
    private final Set<String> used = new HashSet<>();

    People(Random random) {
        this.random = random;
    }

    /** A Chinese name not given before by this generator. */
    String chinese() {
        while (true) {
            String name = pick(SURNAMES) + pick(GIVEN) + (random.nextInt(3) == 0 ? "" : pick(GIVEN));
            if (used.add(name)) {
                return name;
            }
        }
    }

    /** A team lead's name for a team from {@code origin}. */
    String teamLead(String origin) {
        List<String> names = ABROAD.getOrDefault(origin, List.of());
        if (names.isEmpty()) {
            return chinese();
        }
        for (int attempt = 0; attempt < names.size(); attempt++) {
            String name = pick(names);
            if (used.add(name)) {
                return name;
            }
        }
        return pick(names);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
