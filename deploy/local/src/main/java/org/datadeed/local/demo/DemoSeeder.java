package org.datadeed.local.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.datadeed.client.registry.ApiClient;
import org.datadeed.client.registry.ApiException;
import org.datadeed.client.registry.api.EvidenceApi;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.api.ReviewApi;
import org.datadeed.client.registry.model.Classification;
import org.datadeed.client.registry.model.CorrectionRequest;
import org.datadeed.client.registry.model.DataSource;
import org.datadeed.client.registry.model.Decision;
import org.datadeed.client.registry.model.EvidenceAttachment;
import org.datadeed.client.registry.model.EvidenceKind;
import org.datadeed.client.registry.model.Fingerprint;
import org.datadeed.client.registry.model.FingerprintMethod;
import org.datadeed.client.registry.model.ObjectType;
import org.datadeed.client.registry.model.ProductForm;
import org.datadeed.client.registry.model.Registration;
import org.datadeed.client.registry.model.RegistrationDraft;
import org.datadeed.client.registry.model.RightClaim;
import org.datadeed.client.registry.model.RightKind;
import org.datadeed.client.registry.model.Statement;
import org.datadeed.client.registry.model.StoredEvidence;
import org.datadeed.client.registry.model.Term;
import org.datadeed.devsupport.OAuthTokens;
import org.datadeed.devsupport.SettableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo registrations once per data folder, through the registry's public API with the generated Java
 * client and real client-credentials tokens, exactly as an API user would: evidence uploads, drafts, attachments,
 * submission and the registrar's actions. The registrations end in different states, so every role has something
 * to look at: a draft, a submitted application, one in formal review after a correction round, one awaiting the
 * holder's correction, and one in public notice; and one registered, whose operation right the public-data operator
 * holds, so the marketplace has a product to license ({@link MarketplaceDemo}). That one is seeded first, on a clock
 * running some weeks behind, which is then moved past its public notice period and catches up with the present: the
 * demo history is back-dated, and every rule of the registry still applies to it.
 *
 * <p>Each registration is seeded on its own and skipped when its holder already has one of that name, so a run that
 * failed half-way can simply be repeated. A failure is reported, never thrown: the stack stays up.
 */
public final class DemoSeeder {

    /** Wall-clock time, only to measure and report how long starting took. */
    private static final java.time.Clock CLOCK = java.time.Clock.systemUTC();

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Which client-credentials client acts for whom, and the secret it authenticates with. */
    public record ApiCredentials(String clientId, String secret) {
    }

    /**
     * @param alreadySeeded the data folder was seeded before (the marker exists); nothing was done
     * @param seeded "name: STATUS" of each registration seeded now
     * @param skipped names of registrations that were there already
     * @param failures one line per registration that could not be seeded, with the step and the API's answer
     */
    public record Outcome(boolean alreadySeeded, List<String> seeded, List<String> skipped, List<String> failures,
                          Duration took) {
        public boolean complete() {
            return failures.isEmpty();
        }
    }

    private final String registryUrl;
    private final OAuthTokens tokens;
    private final ApiCredentials holderHangzhou;
    private final ApiCredentials holderShenzhen;
    private final ApiCredentials registrar;
    private final ApiCredentials operator;
    private final Path files;
    private final Path marker;
    private final String run = HexFormat.of().formatHex(randomBytes(4));
    private final AtomicInteger keys = new AtomicInteger();
    private final SettableClock clock;
    private final LocalDate today;

    public DemoSeeder(String registryUrl, OAuthTokens tokens, ApiCredentials holderHangzhou,
                      ApiCredentials holderShenzhen, ApiCredentials registrar, ApiCredentials operator, Path files,
                      Path marker, SettableClock clock) {
        this.operator = operator;
        this.clock = clock;
        this.today = LocalDate.now(clock.withZone(ZONE));
        this.registryUrl = registryUrl;
        this.tokens = tokens;
        this.holderHangzhou = holderHangzhou;
        this.holderShenzhen = holderShenzhen;
        this.registrar = registrar;
        this.files = files;
        this.marker = marker;
    }

    /** Seeds what is missing unless the data folder's marker says it was all done before. */
    public Outcome seedOnce() {
        Instant started = CLOCK.instant();
        if (Files.exists(marker)) {
            return new Outcome(true, List.of(), List.of(), List.of(), Duration.ZERO);
        }
        List<String> seeded = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Party hz;
        Party sz;
        Party reviewer;
        try {
            hz = new Party(holderHangzhou, "杭州城市大数据公司", "org-hz-bigdata");
            sz = new Party(holderShenzhen, "深圳市城市交通数据公司", "org-sz-transit");
            reviewer = new Party(registrar, DemoDocuments.REGISTRAR_NAME, "org-registrar");
        } catch (RuntimeException e) {
            failures.add("no tokens from the authorization server: " + e.getMessage());
            return report(new Outcome(false, seeded, skipped, failures, Duration.between(started, CLOCK.instant())));
        }
        List<DemoCase> cases = List.of(
                new DemoCase(REGISTERED_PRODUCT, hz, () -> busArrivalApi(hz, reviewer,
                        new Party(operator, org.datadeed.local.DemoDirectory.ORGANISATION_NAMES.get(org.datadeed.local.DemoDirectory.OPERATOR),
                                org.datadeed.local.DemoDirectory.OPERATOR))),
                new DemoCase("杭州市公交客流数据集", hz, () -> busPassengerFlow(hz, reviewer)),
                new DemoCase("杭州市企业用电量月度统计数据集", hz, () -> enterpriseElectricity(hz, reviewer)),
                new DemoCase("深圳市公交刷卡出行OD数据集", sz, () -> busCardJourneys(sz, reviewer)),
                new DemoCase("深圳地铁进出站客流统计数据集", sz, () -> metroStationFlow(sz)),
                new DemoCase("杭州市停车泊位实时状态数据接口", hz, () -> parkingApi(hz)));
        for (DemoCase demo : cases) {
            try {
                if (demo.holder().hasRegistration(demo.name())) {
                    skipped.add(demo.name());
                    continue;
                }
                Registration registration = demo.seed().get();
                seeded.add(demo.name() + ": " + registration.getStatus()
                        + (registration.getRegistrationNumber() == null ? "" : " " + registration.getRegistrationNumber()));
                log.info("Demo data: {} seeded ({})", demo.name(), registration.getStatus());
            } catch (SeedFailure failure) {
                failures.add(demo.name() + " — " + failure.getMessage());
            } catch (RuntimeException e) {
                failures.add(demo.name() + " — " + e);
                log.debug("Demo data: {} failed", demo.name(), e);
            } finally {
                clock.catchUp(); // the back-dated history ends with the registered product
            }
        }
        Outcome outcome = new Outcome(false, seeded, skipped, failures, Duration.between(started, CLOCK.instant()));
        if (outcome.complete()) {
            try {
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, "Demo data seeded " + CLOCK.instant() + "\n" + String.join("\n", seeded) + "\n");
            } catch (IOException e) {
                log.warn("Demo data: cannot write {}; the next start will check again", marker, e);
            }
        }
        return report(outcome);
    }

    private static Outcome report(Outcome outcome) {
        if (!outcome.complete()) {
            log.warn("Demo data: {} registration(s) could not be seeded; the stack runs on, the next start tries again:\n  {}",
                    outcome.failures().size(), String.join("\n  ", outcome.failures()));
        }
        return outcome;
    }

    // ---------------------------------------------------------------- the demo registrations

    /** The registered product the marketplace demo licenses. */
    public static final String REGISTERED_PRODUCT = "杭州市公交实时到站数据接口";

    /**
     * Hangzhou bus arrivals API: registered, its operation right held by the public-data operator. The notice period
     * passes on the seeding clock, which runs weeks behind until then.
     */
    private Registration busArrivalApi(Party hz, Party reviewer, Party operatorParty) {
        Dataset data = DemoDatasets.hangzhouBusArrivals();
        RegistrationDraft draft = new RegistrationDraft()
                .objectType(ObjectType.DATA_RESOURCE).productForm(ProductForm.API)
                .name(REGISTERED_PRODUCT)
                .description("杭州市公交线路分站点的实时到站预测，每分钟更新，以REST API方式在授权运营域内对外服务，"
                        + "原始车载定位数据不出域。登记指纹为2025年5月20日的接口快照。")
                .industry("交通运输、仓储和邮政业")
                .scenarios(List.of("出行服务与导航", "公交到站提醒", "城市交通运行监测"))
                .dataFormat("JSON（REST API）")
                .storageLocation("杭州城市大数据公司 政务云数据中心（杭州）")
                .storageMethod("时序数据库")
                .updateFrequency("每分钟")
                .timeSpan(new Term().from(LocalDate.of(2025, 5, 20)))
                .recordCount(data.records()).sizeBytes((long) data.content().length)
                .classification(Classification.GENERAL)
                .personalInformation(false).sensitivePersonalInformation(false)
                .source(new DataSource()
                        .statement("数据来源于杭州市公共交通集团车载定位系统，经公共数据授权运营机制在授权运营域内加工为到站预测。")
                        .authorisedBySource(true).ownershipDisputed(false))
                .fingerprint(fingerprint(data))
                .rights(List.of(
                        right(RightKind.HOLDING, "对到站预测数据的自主管控", LocalDate.of(2025, 6, 1), null),
                        right(RightKind.OPERATION, "通过数据接口对外提供服务并依法取得收益", LocalDate.of(2025, 6, 1),
                                LocalDate.of(2030, 5, 31))
                                .holderOrganisation(org.datadeed.local.DemoDirectory.OPERATOR)
                                .holderName(org.datadeed.local.DemoDirectory.ORGANISATION_NAMES.get(org.datadeed.local.DemoDirectory.OPERATOR))));
        UUID id = hz.createDraft(draft);
        attachStandardEvidence(hz, id, data, "资源", REGISTERED_PRODUCT, "数据资源持有权、数据产品经营权", "一般数据",
                List.of("本数据的原始数据为杭州市公共交通集团车载定位系统的车辆位置记录。",
                        "依据授权运营协议，数据产品经营权由公共数据授权运营单位享有，本单位已取得其书面确认。"));
        operatorParty.confirmRight(id, RightKind.OPERATION);
        hz.submit(id);
        reviewer.accept(id, "申请材料齐全，予以受理。");
        reviewer.passFormalReview(id, "形式审查通过。");
        Registration inNotice = reviewer.publishNotice(id, "经审查，拟予以登记，现予公示。");
        LocalDate endsOn = inNotice.getNotice().getEndsOn();
        clock.advancePast(endsOn.plusDays(1).atStartOfDay(ZONE).toInstant());
        Instant deadline = CLOCK.instant().plusSeconds(60);
        while (CLOCK.instant().isBefore(deadline)) {
            Registration now = hz.get(id);
            if (now.getStatus() == org.datadeed.client.registry.model.RegistrationStatus.REGISTERED) {
                return now;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new SeedFailure("wait for the registration after its notice period", "still " + hz.get(id).getStatus(), null);
    }

    /** Hangzhou bus ridership: submitted, accepted, formal review passed, now in public notice. */
    private Registration busPassengerFlow(Party hz, Party reviewer) {
        Dataset data = DemoDatasets.hangzhouBusPassengerFlow();
        String name = "杭州市公交客流数据集";
        RegistrationDraft draft = new RegistrationDraft()
                .objectType(ObjectType.DATA_RESOURCE).productForm(ProductForm.DATASET)
                .name(name)
                .description("杭州市主城区公交线路分站点、分方向、分小时的上下车客流统计数据，由公交IC卡、交通联合卡及扫码乘车的"
                        + "刷卡记录汇总而成，仅含统计结果，不含卡号或任何个人标识。本次登记为2025年1月6条线路（含快速公交B1线）的统计数据，"
                        + "覆盖元旦与春节假期，反映工作日早晚高峰与节假日出行特征。")
                .industry("交通运输、仓储和邮政业")
                .scenarios(List.of("公交线网优化", "客流预测与运力调度", "城市规划与职住分析", "商业选址评估"))
                .dataFormat("CSV（UTF-8）")
                .storageLocation("杭州城市大数据公司 政务云数据中心（杭州）")
                .storageMethod("分布式关系数据库，对象存储异地备份")
                .updateFrequency("每日")
                .timeSpan(new Term().from(LocalDate.of(2025, 1, 1)).until(LocalDate.of(2025, 1, 31)))
                .recordCount(data.records()).sizeBytes((long) data.content().length)
                .classification(Classification.GENERAL)
                .personalInformation(false).sensitivePersonalInformation(false)
                .source(new DataSource()
                        .statement("数据来源于杭州市公共交通集团运营的公交收费系统，经杭州市公共数据授权运营机制汇聚至本单位，"
                                + "依据授权运营协议对刷卡明细进行统计汇总后形成本数据集，明细数据不出域。")
                        .authorisedBySource(true).ownershipDisputed(false))
                .fingerprint(fingerprint(data))
                .rights(List.of(
                        right(RightKind.HOLDING, "对本数据集的自主管控，包括存储、管理与安全保护", LocalDate.of(2025, 2, 1), null),
                        right(RightKind.USE, "对本数据集进行加工、分析与模型训练", LocalDate.of(2025, 2, 1), LocalDate.of(2030, 1, 31)),
                        right(RightKind.OPERATION, "以本数据集为基础开发数据产品并对外提供，依法取得收益",
                                LocalDate.of(2025, 2, 1), LocalDate.of(2030, 1, 31))));
        UUID id = hz.createDraft(draft);
        attachStandardEvidence(hz, id, data, "资源", name, "数据资源持有权、数据加工使用权、数据产品经营权", "一般数据",
                List.of("本数据集的原始数据为杭州市公共交通集团公交收费系统产生的刷卡与扫码乘车记录。",
                        "依据《杭州市公共数据授权运营实施方案》及本单位与数据提供方签订的授权运营协议，本单位在授权运营域内对原始记录按"
                                + "“线路-方向-站点-小时”进行统计汇总，输出结果不含卡号、手机号等个人信息，不能识别特定个人。",
                        "数据提供方已书面同意本单位就统计结果申请数据资源持有权、数据加工使用权和数据产品经营权登记。"));
        hz.submit(id);
        reviewer.accept(id, "申请材料齐全，符合受理条件，予以受理。");
        reviewer.passFormalReview(id, "形式审查通过：申请信息与证明材料一致，数据指纹与样例数据可核验，无需实质审查。");
        return reviewer.publishNotice(id, "经审查，拟对该数据资源予以登记，现予公示。公示期内任何单位和个人可提出异议。");
    }

    /** Hangzhou enterprise electricity: accepted, correction requested, corrected and resubmitted, back in formal review. */
    private Registration enterpriseElectricity(Party hz, Party reviewer) {
        Dataset data = DemoDatasets.hangzhouEnterpriseElectricity();
        String name = "杭州市企业用电量月度统计数据集";
        RegistrationDraft draft = new RegistrationDraft()
                .objectType(ObjectType.DATA_RESOURCE).productForm(ProductForm.DATASET)
                .name(name)
                .description("杭州市辖区内1500家规模以上企业2022年至2024年的月度用电量及同比变化，企业以标识令牌表示，"
                        + "附行业门类与所属区县，可用于经济运行监测、企业信用评价与绿色金融。")
                .industry("电力、热力、燃气及水生产和供应业")
                .scenarios(List.of("经济运行监测", "企业信用评价", "绿色金融与碳排放核算"))
                .dataFormat("CSV（UTF-8）")
                .storageLocation("杭州城市大数据公司 政务云数据中心（杭州）")
                .storageMethod("分布式关系数据库")
                .updateFrequency("每月")
                .timeSpan(new Term().from(LocalDate.of(2022, 1, 1)).until(LocalDate.of(2024, 12, 31)))
                .recordCount(data.records()).sizeBytes((long) data.content().length)
                .classification(Classification.GENERAL)
                .personalInformation(false).sensitivePersonalInformation(false)
                .source(new DataSource()
                        .statement("数据来源于供电企业的营销系统抄表数据，经市大数据资源管理部门归集后由本单位在授权运营域内加工。")
                        .authorisedBySource(true).ownershipDisputed(false))
                .fingerprint(fingerprint(data))
                .rights(List.of(
                        right(RightKind.HOLDING, "对本数据集的自主管控，包括存储、管理与安全保护", LocalDate.of(2025, 3, 1), null),
                        right(RightKind.USE, "对本数据集进行加工、统计分析与模型训练", LocalDate.of(2025, 3, 1), LocalDate.of(2028, 2, 29))));
        UUID id = hz.createDraft(draft);
        attachStandardEvidence(hz, id, data, "资源", name, "数据资源持有权、数据加工使用权", "一般数据",
                List.of("本数据集的原始数据为供电企业营销系统中的企业用电户月度抄表电量。",
                        "原始数据经市大数据资源管理部门归集，本单位依据授权运营协议在授权运营域内完成企业标识令牌化与按月汇总。"));
        hz.submit(id);
        reviewer.accept(id, "申请材料齐全，予以受理。");
        reviewer.requestCorrection(id, "形式审查发现以下问题，请在期限内补正：", List.of(
                "字段字典未说明企业标识令牌的生成方式及是否可逆。",
                "数据来源说明提及的授权运营协议未作为证明材料提交，请补充数据来源合同。",
                "数据描述未说明“规模以上企业”的口径。"));
        hz.updateDraft(id, draft.description("杭州市辖区内1500家规模以上工业企业及年用电量100万千瓦时以上的非工业企业（口径见字段字典）"
                + "2022年至2024年的月度用电量及同比变化。企业以统一社会信用代码经加盐SM3运算后的不可逆令牌表示，附行业门类与所属区县，"
                + "可用于经济运行监测、企业信用评价与绿色金融。"));
        EvidenceAttachment dictionary = hz.upload(EvidenceKind.FIELD_DICTIONARY, "字段字典（补正版）.csv", "field-dictionary-v2.csv",
                data.dictionary("补正：企业标识令牌为统一社会信用代码加盐后的SM3摘要前24位，盐值由本单位密钥管理系统保管，令牌不可逆。"),
                "补正：补充企业标识令牌的生成方式");
        EvidenceAttachment contract = hz.upload(EvidenceKind.SOURCE_CONTRACT, "公共数据授权运营协议（摘要）.pdf", "source-contract.pdf",
                DemoDocuments.report("公共数据授权运营协议（摘要）", hz.name, List.of(
                        " 甲方（数据提供方）：杭州市大数据资源管理部门",
                        " 乙方（授权运营单位）：" + hz.name,
                        "",
                        "第一条 甲方授权乙方在授权运营域内对企业用电量数据进行加工处理，形成统计数据产品并对外提供服务。",
                        "第二条 乙方对加工形成的统计数据享有数据资源持有权和数据加工使用权，原始明细数据不出域。",
                        "第三条 授权期限自2025年3月1日起至2028年2月29日止。",
                        "第四条 乙方应当落实数据安全保护义务，对企业标识进行不可逆处理。"), today),
                "补正：数据来源合同");
        return hz.resubmit(id, "已按补正通知逐项补正：补充了令牌生成方式、授权运营协议摘要，并在数据描述中明确了统计口径。",
                List.of(dictionary, contract));
    }

    /** Shenzhen card-level bus journeys (personal information): accepted, correction requested, awaiting the holder. */
    private Registration busCardJourneys(Party sz, Party reviewer) {
        Dataset data = DemoDatasets.shenzhenBusCardJourneys();
        String name = "深圳市公交刷卡出行OD数据集";
        RegistrationDraft draft = new RegistrationDraft()
                .objectType(ObjectType.DATA_RESOURCE).productForm(ProductForm.DATASET)
                .name(name)
                .description("深圳市公交出行链级别的起讫点（OD）数据：每条记录为一次公交出行的上车时间、上下车站点与换乘次数，"
                        + "乘客以按周轮换盐值的卡号令牌表示。本次登记为2025年3月10日至16日一周的数据。")
                .industry("交通运输、仓储和邮政业")
                .scenarios(List.of("公交线网与站点规划", "通勤走廊识别", "换乘优化"))
                .dataFormat("CSV（UTF-8）")
                .storageLocation("深圳市城市交通数据公司 数据中心（深圳）")
                .storageMethod("隐私计算平台内加密存储")
                .updateFrequency("每周")
                .timeSpan(new Term().from(LocalDate.of(2025, 3, 10)).until(LocalDate.of(2025, 3, 16)))
                .recordCount(data.records()).sizeBytes((long) data.content().length)
                .classification(Classification.GENERAL)
                .personalInformation(true).sensitivePersonalInformation(true)
                .source(new DataSource()
                        .statement("数据来源于深圳通及公交乘车码的刷卡交易记录，由公交运营企业依据乘车服务协议收集，"
                                + "经个人信息去标识化处理后提供给本单位。")
                        .authorisedBySource(true).ownershipDisputed(false))
                .fingerprint(fingerprint(data))
                .rights(List.of(
                        right(RightKind.HOLDING, "对本数据集的自主管控与安全保护", LocalDate.of(2025, 4, 1), null),
                        right(RightKind.USE, "在隐私计算平台内对本数据集进行统计分析", LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31))));
        UUID id = sz.createDraft(draft);
        attachStandardEvidence(sz, id, data, "资源", name, "数据资源持有权、数据加工使用权", "一般数据",
                List.of("本数据集的原始数据为深圳通卡及公交乘车码的刷卡交易记录，由公交运营企业在提供乘车服务时收集。",
                        "公交运营企业已在乘车服务协议中告知乘客交易记录用于公交规划的统计分析，并在向本单位提供前完成去标识化处理。"));
        sz.attach(id, sz.upload(EvidenceKind.COMPLIANCE_REPORT, "个人信息保护影响评估报告.pdf", "pia-report.pdf",
                DemoDocuments.report("个人信息保护影响评估报告", sz.name, List.of(
                        "一、评估对象：深圳市公交刷卡出行OD数据集。",
                        "二、处理目的与方式：用于公交线网规划与通勤分析的统计处理，仅在隐私计算平台内进行。",
                        "三、去标识化措施：卡号与乘车码用户标识经加盐SM3运算后截取前32位作为令牌，盐值每周轮换。",
                        "四、评估结论：在落实上述措施的前提下，处理活动对个人权益的影响可控。"), today),
                "依据《个人信息保护法》第五十五条开展的评估"));
        sz.submit(id);
        reviewer.accept(id, "申请材料齐全，予以受理。");
        return reviewer.requestCorrection(id, "本数据涉及行踪轨迹等敏感个人信息，形式审查发现以下问题，请补正：", List.of(
                "个人信息保护影响评估报告未说明盐值的保管方式与访问控制措施。",
                "样例数据的上车时间精确到秒，请说明去标识化后的重识别风险评估结论，或将时间粒度调整为分钟。",
                "请补充公交运营企业向本单位提供数据的授权文件。"));
    }

    /** Shenzhen metro station flows: complete and submitted, awaiting acceptance. */
    private Registration metroStationFlow(Party sz) {
        Dataset data = DemoDatasets.shenzhenMetroStationFlow();
        String name = "深圳地铁进出站客流统计数据集";
        RegistrationDraft draft = new RegistrationDraft()
                .objectType(ObjectType.DATA_RESOURCE).productForm(ProductForm.DATASET)
                .name(name)
                .description("深圳地铁1号线、4号线、5号线22个车站分小时的进站量与出站量统计，来源于自动售检票系统闸机记录，"
                        + "本次登记为2025年3月全月数据。")
                .industry("交通运输、仓储和邮政业")
                .scenarios(List.of("站点客流监测", "商圈活力评估", "应急疏散预案"))
                .dataFormat("CSV（UTF-8）")
                .storageLocation("深圳市城市交通数据公司 数据中心（深圳）")
                .storageMethod("分布式关系数据库")
                .updateFrequency("每日")
                .timeSpan(new Term().from(LocalDate.of(2025, 3, 1)).until(LocalDate.of(2025, 3, 31)))
                .recordCount(data.records()).sizeBytes((long) data.content().length)
                .classification(Classification.GENERAL)
                .personalInformation(false).sensitivePersonalInformation(false)
                .source(new DataSource()
                        .statement("数据来源于地铁运营企业自动售检票系统的闸机进出记录，按车站与小时统计后依据数据合作协议提供给本单位。")
                        .authorisedBySource(true).ownershipDisputed(false))
                .fingerprint(fingerprint(data))
                .rights(List.of(
                        right(RightKind.HOLDING, "对本数据集的自主管控，包括存储、管理与安全保护", LocalDate.of(2025, 4, 15), null),
                        right(RightKind.OPERATION, "以本数据集为基础开发客流指数等数据产品并对外提供",
                                LocalDate.of(2025, 4, 15), LocalDate.of(2028, 4, 14))));
        UUID id = sz.createDraft(draft);
        attachStandardEvidence(sz, id, data, "资源", name, "数据资源持有权、数据产品经营权", "一般数据",
                List.of("本数据集由地铁运营企业自动售检票系统的闸机进出记录统计而成，统计粒度为车站、小时。",
                        "本单位依据与地铁运营企业签订的数据合作协议取得统计数据，协议约定本单位可就统计数据申请登记并开发数据产品。"));
        return sz.submit(id);
    }

    /** Hangzhou parking availability API: a data product still being drafted, its checklist incomplete. */
    private Registration parkingApi(Party hz) {
        Dataset data = DemoDatasets.hangzhouParkingOccupancy();
        String name = "杭州市停车泊位实时状态数据接口";
        RegistrationDraft draft = new RegistrationDraft()
                .objectType(ObjectType.DATA_PRODUCT).productForm(ProductForm.API)
                .name(name)
                .description("提供杭州市60个公共停车场及路内泊位的实时空余泊位查询，每5分钟更新一次，"
                        + "以REST API方式对外服务，适用于导航、出行服务与停车诱导。登记指纹为2025年4月15日全天的接口快照。")
                .industry("交通运输、仓储和邮政业")
                .scenarios(List.of("导航与出行服务", "停车诱导", "城市交通运行监测"))
                .dataFormat("JSON（REST API）")
                .storageLocation("杭州城市大数据公司 政务云数据中心（杭州）")
                .storageMethod("时序数据库")
                .updateFrequency("每5分钟")
                .timeSpan(new Term().from(LocalDate.of(2025, 4, 15)))
                .recordCount(data.records()).sizeBytes((long) data.content().length)
                .classification(Classification.GENERAL)
                .personalInformation(false).sensitivePersonalInformation(false)
                .source(new DataSource()
                        .statement("数据来源于杭州市城市停车管理平台汇聚的各停车场泊位检测数据，依据授权运营协议提供。")
                        .authorisedBySource(true).ownershipDisputed(false))
                .fingerprint(fingerprint(data))
                .rights(List.of(
                        right(RightKind.USE, "对停车泊位数据进行加工并形成接口服务", LocalDate.of(2025, 6, 1), LocalDate.of(2028, 5, 31)),
                        right(RightKind.OPERATION, "通过数据接口对外提供服务并依法取得收益", LocalDate.of(2025, 6, 1), LocalDate.of(2028, 5, 31))));
        UUID id = hz.createDraft(draft);
        hz.attach(id, hz.upload(EvidenceKind.APPLICATION_LETTER, "数据产品登记申请书.pdf", "parking-application-letter.pdf",
                DemoDocuments.applicationLetter(hz.name, "产品", name, "数据加工使用权、数据产品经营权", "一般数据", today), null));
        return hz.attach(id, hz.upload(EvidenceKind.DATA_DESCRIPTION, "数据产品说明书.pdf", "parking-product-description.pdf",
                DemoDocuments.report("数据产品说明书：杭州市停车泊位实时状态数据接口", hz.name, List.of(
                        "一、产品形态：REST API，JSON格式，HTTPS访问，调用方以OAuth2客户端凭证认证。",
                        "二、接口内容：停车场编号、名称、所属区县、总泊位数、空余泊位数、采集时间。",
                        "三、服务水平：每5分钟更新，月可用性不低于99.9%，单次查询响应时间不超过300毫秒。",
                        "四、数据质量：泊位检测数据与人工抽查一致率不低于98%。"), today), null));
    }

    /** The five documents every initial application needs (the registry's standard checklist). */
    /** @param objectType 资源 or 产品, as in 数据资源 and 数据产品 */
    private void attachStandardEvidence(Party holder, UUID id, Dataset data, String objectType, String name, String rights,
                                        String classification, List<String> sourceStatement) {
        String slug = data.fileName().substring(0, data.fileName().indexOf('.'));
        holder.attach(id, holder.upload(EvidenceKind.APPLICATION_LETTER, "数据" + objectType + "登记申请书.pdf",
                slug + "-application-letter.pdf",
                DemoDocuments.applicationLetter(holder.name, objectType, name, rights, classification, today), null));
        holder.attach(id, holder.upload(EvidenceKind.COMMITMENT_LETTER, "数据登记真实性承诺书.pdf", slug + "-commitment-letter.pdf",
                DemoDocuments.commitmentLetter(holder.name, name, today), null));
        holder.attach(id, holder.upload(EvidenceKind.SOURCE_STATEMENT, "数据来源说明.pdf", slug + "-source-statement.pdf",
                DemoDocuments.sourceStatement(holder.name, name, sourceStatement, today), null));
        holder.attach(id, holder.upload(EvidenceKind.FIELD_DICTIONARY, "字段字典.csv", slug + "-field-dictionary.csv",
                data.dictionary(null), null));
        holder.attach(id, holder.upload(EvidenceKind.DATA_SAMPLE, "样例数据（前" + data.sampleLines().size() + "条）"
                        + data.fileName().substring(data.fileName().indexOf('.')), slug + "-sample" + data.fileName().substring(data.fileName().indexOf('.')),
                data.sample(), "样例为数据集的前" + data.sampleLines().size() + "条记录，其SHA-256即登记指纹中的样例摘要"));
    }

    private Fingerprint fingerprint(Dataset data) {
        try {
            Path dir = files.resolve("datasets");
            Files.createDirectories(dir);
            Files.write(dir.resolve(data.fileName()), data.content());
        } catch (IOException e) {
            throw new SeedFailure("write " + data.fileName(), e.toString(), e);
        }
        return new Fingerprint().sha256(data.sha256()).sm3(data.sm3()).method(FingerprintMethod.WHOLE_DATASET)
                .sampleSha256(data.sampleSha256());
    }

    private static RightClaim right(RightKind kind, String scope, LocalDate from, LocalDate until) {
        return new RightClaim().kind(kind).scope(scope).term(new Term().from(from).until(until)).territory("CN");
    }

    // ---------------------------------------------------------------- talking to the registry

    private record DemoCase(String name, Party holder, java.util.function.Supplier<Registration> seed) {
    }

    /** An organisation acting through its API client, with a fresh client-credentials token. */
    private final class Party {

        final String name;
        final String organisation;
        final String clientId;
        final EvidenceApi evidence;
        final RegistrationsApi registrations;
        final ReviewApi review;

        Party(ApiCredentials credentials, String name, String organisation) {
            this.name = name;
            this.organisation = organisation;
            this.clientId = credentials.clientId();
            String token = tokens.clientCredentials(credentials.clientId(), credentials.secret());
            ApiClient api = new ApiClient();
            api.updateBaseUri(registryUrl);
            api.setConnectTimeout(Duration.ofSeconds(5));
            api.setReadTimeout(Duration.ofSeconds(60));
            api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
            this.evidence = new EvidenceApi(api);
            this.registrations = new RegistrationsApi(api);
            this.review = new ReviewApi(api);
        }

        boolean hasRegistration(String registrationName) {
            Long found = call("search registrations of " + organisation, () -> registrations.searchRegistrations(
                    registrationName, organisation, null, null, null, null, null, 0, 1, null)).getTotalItems();
            return found != null && found > 0;
        }

        UUID createDraft(RegistrationDraft draft) {
            return call("create the draft", () -> registrations.createDraft(draft, key())).getRegistrationId();
        }

        Registration updateDraft(UUID id, RegistrationDraft draft) {
            return call("update the draft", () -> registrations.updateDraft(id, draft));
        }

        EvidenceAttachment upload(EvidenceKind kind, String fileName, String storedAs, byte[] content, String note) {
            Path file = files.resolve("evidence").resolve(storedAs);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            } catch (IOException e) {
                throw new SeedFailure("write " + file, e.toString(), e);
            }
            StoredEvidence stored = call("upload " + fileName, () -> evidence.uploadEvidence(file.toFile(), key()));
            String sha256 = Fingerprints.sha256(content);
            if (!sha256.equals(stored.getSha256())) {
                log.warn("Demo data: the registry stored {} as {}, but its SHA-256 is {}", fileName, stored.getSha256(), sha256);
            }
            return new EvidenceAttachment().kind(kind).sha256(sha256).fileName(fileName).note(note);
        }

        Registration attach(UUID id, EvidenceAttachment attachment) {
            return call("attach " + attachment.getFileName(), () -> registrations.attachEvidence(id, attachment, key()));
        }

        Registration confirmRight(UUID id, RightKind kind) {
            return call("confirm the " + kind + " right claimed in its name", () -> registrations.confirmRightClaim(id,
                    new org.datadeed.client.registry.model.RightConfirmation().kind(kind), key()));
        }

        Registration get(UUID id) {
            return call("read the registration", () -> registrations.getRegistration(id));
        }

        Registration submit(UUID id) {
            return call("submit", () -> registrations.submitApplication(id, key()));
        }

        Registration resubmit(UUID id, String statement, List<EvidenceAttachment> evidence) {
            return call("resubmit after correction",
                    () -> registrations.resubmitCorrected(id, new Statement().statement(statement).evidence(evidence), key()));
        }

        Registration accept(UUID id, String reason) {
            return call("accept", () -> review.acceptApplication(id, new Decision().reason(reason), key()));
        }

        Registration requestCorrection(UUID id, String reason, List<String> items) {
            return call("request a correction",
                    () -> review.requestCorrection(id, new CorrectionRequest().reason(reason).items(items), key()));
        }

        Registration passFormalReview(UUID id, String reason) {
            return call("pass formal review", () -> review.passFormalReview(id, new Decision().reason(reason), key()));
        }

        Registration publishNotice(UUID id, String reason) {
            return call("publish the notice", () -> review.publishNotice(id, new Decision().reason(reason), key()));
        }

        private <T> T call(String step, ApiCall<T> call) {
            try {
                return call.call();
            } catch (ApiException e) {
                throw new SeedFailure(step + " (as " + clientId + ")", describe(e), e);
            }
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** A new Idempotency-Key per intended change: a retry inside this run could reuse it, a later run never does. */
    private String key() {
        return "demo-seed-" + run + "-" + keys.incrementAndGet();
    }

    /** The API's answer in one line: status, problem type and detail, with a hint when the endpoint is missing. */
    static String describe(ApiException e) {
        if (e.getCode() == 0) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return "no answer from the registry: " + cause;
        }
        String type = null;
        String detail = null;
        String body = e.getResponseBody();
        if (body != null && body.startsWith("{")) {
            try {
                JsonNode problem = JSON.readTree(body);
                type = problem.hasNonNull("type") ? problem.get("type").asString() : null;
                detail = problem.hasNonNull("detail") ? problem.get("detail").asString() : null;
            } catch (RuntimeException notJson) {
                // fall through to the raw body
            }
        }
        StringBuilder text = new StringBuilder("HTTP ").append(e.getCode());
        if (type != null) {
            text.append(' ').append(type);
        }
        if (detail != null) {
            text.append(": ").append(detail);
        } else if (type == null && body != null && !body.isBlank()) {
            text.append(": ").append(body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
        if (e.getCode() == 404 && (detail == null || detail.startsWith("No static resource"))
                || e.getCode() == 405 || e.getCode() == 501) {
            text.append(" — the registry does not serve this endpoint yet");
        }
        return text.toString();
    }

    @FunctionalInterface
    private interface ApiCall<T> {
        T call() throws ApiException;
    }

    /** One step of seeding failed; the message names the step and the API's answer. */
    static final class SeedFailure extends RuntimeException {
        SeedFailure(String step, String answer, Throwable cause) {
            super(step + ": " + answer, cause);
        }
    }
}
