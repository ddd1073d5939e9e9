package org.peipao.seeds;

import org.peipao.api.IndustryDomain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/** Invented project and problem titles by industry domain; a project title is given once. */
final class Titles {

    private static final Map<IndustryDomain, List<String>> PROJECTS = Map.of(
            IndustryDomain.AI, List.of("工业视觉缺陷检测大模型", "智能巡检机器人", "多模态工艺知识库", "边缘AI推理模组",
                    "产线排程优化算法", "具身智能搬运机器人", "AI质检云平台", "设备预测性维护系统"),
            IndustryDomain.INTELLIGENT_CONNECTED_NEV, List.of("固态电池热管理系统", "车路协同感知平台", "轮毂电机控制器",
                    "动力电池梯次利用", "智能座舱语音交互", "800V高压快充模块", "线控底盘", "电池包紧凑型换热器"),
            IndustryDomain.NEW_MATERIALS, List.of("高强韧铝合金压铸材料", "石墨烯导热膜", "碳纤维复合材料构件",
                    "柔性电子封装材料", "高熵合金涂层", "生物基可降解材料", "特种玻璃纤维", "稀土永磁材料"),
            IndustryDomain.LIFE_SCIENCES, List.of("新型疫苗佐剂", "AI辅助药物筛选平台", "可穿戴生命体征监测", "骨科植入器械",
                    "核酸药物递送系统", "体外诊断微流控芯片", "细胞治疗制备工艺", "医用高分子敷料"),
            IndustryDomain.GREEN_LOW_CARBON, List.of("页岩气高效开发", "长江支流水环境保护", "工业余热回收",
                    "光伏组件回收", "氢能储运装置", "污泥低碳处置", "建筑能耗智能管控", "页岩气压裂返排液处理"),
            IndustryDomain.ELECTRONIC_INFORMATION, List.of("功率半导体封装", "柔性显示驱动芯片", "毫米波雷达模组",
                    "MEMS传感器", "工业互联网网关", "光通信器件", "智能终端天线", "生物传感芯片"),
            IndustryDomain.OTHER, List.of("智能仓储物流", "山地农业机械", "文创数字化平台", "应急救援装备"));

    private static final List<String> QUALIFIERS = List.of("关键技术", "产业化", "研发与应用", "示范工程", "中试验证",
            "平台建设", "工程化", "国产化替代");

    private static final Map<IndustryDomain, List<String>> PROBLEMS = Map.of(
            IndustryDomain.AI, List.of("产线质检漏检率高", "设备故障难以提前预警", "仓储调度效率低", "工艺参数依赖老师傅经验"),
            IndustryDomain.INTELLIGENT_CONNECTED_NEV, List.of("电池包低温续航衰减", "电机噪声超标", "快充温升过高",
                    "线束装配一致性差"),
            IndustryDomain.NEW_MATERIALS, List.of("压铸件气孔率偏高", "涂层结合力不足", "复合材料分层", "材料批次一致性差"),
            IndustryDomain.LIFE_SCIENCES, List.of("发酵收率偏低", "制剂稳定性不足", "检测通量不足", "灭菌工艺验证周期长"),
            IndustryDomain.GREEN_LOW_CARBON, List.of("废水总氮超标", "余热无法利用", "能耗计量不准", "固废资源化率低"),
            IndustryDomain.ELECTRONIC_INFORMATION, List.of("芯片封装散热不足", "贴片良率波动", "信号完整性问题",
                    "传感器温漂"),
            IndustryDomain.OTHER, List.of("物流分拣效率低", "设备国产化配套难", "产品结构设计不合理", "售后运维成本高"));

    private static final List<String> CONTEXTS = List.of("一号产线", "二号产线", "新建车间", "出口产品", "量产阶段",
            "试制阶段", "关键工序", "核心部件");

    private final Random random;
    private final Set<String> given = new HashSet<>();

    Titles(Random random) {
        this.random = random;
    }

    String project(IndustryDomain domain) {
        List<String> stems = PROJECTS.get(domain);
        return unique(() -> pick(stems) + pick(QUALIFIERS));
    }

    /** Problems recur: two enterprises may well post the same one. */
    String problem(IndustryDomain domain) {
        return pick(CONTEXTS) + pick(PROBLEMS.get(domain));
    }

    private String unique(Supplier<String> title) {
        for (int attempt = 0; ; attempt++) {
            String candidate = title.get();
            if (attempt >= 20) {
                candidate = candidate + "（" + (attempt - 19) + "）";
            }
            if (given.add(candidate)) {
                return candidate;
            }
        }
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
