package org.peipao.seeds;

import org.peipao.api.companion.CompanionKind;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Invented organisations the companions work for, by kind of companion. */
final class Organisations {

    private static final Map<CompanionKind, List<String>> BY_KIND = Map.of(
            CompanionKind.TECH_BROKER, List.of("渝创技术转移有限公司", "巴渝科技成果转化服务中心",
                    "嘉陵知识产权运营有限公司", "山城技术经纪事务所", "长江上游技术交易服务中心", "缙云科技服务有限公司",
                    "两江创新成果转化中心", "西部科学城技术转移服务站", "沙磁高校成果转化联盟", "渝北科技中介服务有限公司",
                    "九龙坡技术市场服务中心", "北碚科创技术经纪有限公司"),
            CompanionKind.INCUBATOR_MANAGER, List.of("渝创空间孵化器", "两江众创孵化基地", "嘉陵江科技企业孵化器",
                    "科学城青年创业孵化园", "巴南生命科学孵化中心", "长嘉汇创新加速器", "缙云山大学科技园",
                    "悦来国际创新港", "渝北智能制造孵化基地", "南岸新材料中试孵化园"),
            CompanionKind.INVESTMENT_MANAGER, List.of("渝信创业投资管理有限公司", "嘉陵资本管理有限公司",
                    "山城天使投资基金", "长江上游产业投资基金管理有限公司", "两江科创投资有限公司", "缙云创业投资有限公司",
                    "渝北产业引导基金管理有限公司", "巴渝生物医药产业基金", "科学城种子投资基金"),
            CompanionKind.PROFESSIONAL_MANAGER, List.of("渝企职业经理人协会", "巴渝企业管理咨询有限公司",
                    "山城职业经理人服务中心", "两江企业运营服务有限公司", "嘉陵人力资源服务有限公司",
                    "科学城企业成长服务中心", "渝商管理咨询有限公司", "长江经理人发展研究院"));

    private Organisations() {
    }

    static String of(CompanionKind kind, Random random) {
        List<String> organisations = BY_KIND.get(kind);
        return organisations.get(random.nextInt(organisations.size()));
    }
}
