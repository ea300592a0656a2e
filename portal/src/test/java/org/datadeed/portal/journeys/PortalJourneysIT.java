package org.datadeed.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.api.ReviewApi;
import org.datadeed.client.registry.api.StatisticsApi;
import org.datadeed.client.registry.model.Refusal;
import org.datadeed.client.registry.model.Registration;
import org.datadeed.client.registry.model.RegistrationFlow;
import org.datadeed.client.registry.model.RegistrationStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The journeys of every role the portal serves in this phase, driven in a real headless Chromium against the real
 * stack: what each person sees and does, asserted on what the page shows. Screenshots go to
 * {@code target/screenshots/} for review.
 */
class PortalJourneysIT {

    private static PortalTestStack stack;
    private static Arrange arrange;

    @BeforeAll
    static void startStack() throws Exception {
        Browser.requireInstalled();
        stack = PortalTestStack.get();
        arrange = new Arrange(stack);
    }

    @Test
    void thePublicReadsTheNoticeBoardInChineseByDefaultAndInEnglishOnRequest() throws Exception {
        String name = "杭州市公交客流数据集 " + UUID.randomUUID().toString().substring(0, 8);
        arrange.inNotice(name, Arrange.dataset("notice", 20));
        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.open("/notices");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("登记公示");
            assertThat(browser.pageText()).contains(name, "杭州城市大数据公司", "数据资源持有权");
            browser.screenshot("public-notice-board-zh");
            assertThat(browser.accessibilityProblems()).as("notice board").isEmpty();

            browser.submit(By.cssSelector(".lang-switch a[hreflang=en]"));
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Public notices");
            assertThat(browser.pageText()).contains(name, "Holding right");
            browser.open("/verify");
            assertThat(browser.text(By.tagName("h1"))).as("the language choice is remembered").isEqualTo("Verify a certificate");
            browser.screenshot("public-verify-en");
            assertThat(browser.accessibilityProblems()).as("verification form").isEmpty();

            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
            browser.open("/notices?lang=zh-CN");
            assertThat(browser.driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling on a narrow screen").isEqualTo(true);
            browser.screenshot("public-notice-board-narrow");
        }
    }

    @Test
    void anyoneVerifiesACertificateByNumberByItsQrLinkAndByAFingerprintComputedInTheBrowser() throws Exception {
        Arrange.Dataset dataset = Arrange.dataset("verify", 5000);
        Registration registered = arrange.registered("深圳地铁进出站客流统计数据集 " + UUID.randomUUID().toString().substring(0, 8), dataset);
        String number = registered.getCertificate().getNumber();
        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.open("/verify");
            browser.type("number", "not a number!");
            browser.submit(By.cssSelector("[data-testid=verify-number]"));
            assertThat(browser.text(By.cssSelector("[data-testid=problem]"))).contains("证书编号只能包含字母、数字和连字符");

            browser.type("number", number);
            browser.submit(By.cssSelector("[data-testid=verify-number]"));
            assertThat(browser.text(By.cssSelector("[data-testid=verification-status]"))).isEqualTo("有效");
            assertThat(browser.pageText()).contains(number, "杭州城市大数据公司", "推定");
            browser.screenshot("public-verification-by-number");

            browser.open("/verify/certificates/" + number); // where the certificate's QR code leads
            assertThat(browser.text(By.cssSelector("[data-testid=verification-status]"))).isEqualTo("有效");

            browser.open("/verify");
            assertThat(browser.pageText()).contains("文件只在您的浏览器中读取和计算，不会上传");
            browser.find(By.id("verify-file")).sendKeys(dataset.file().toAbsolutePath().toString());
            browser.waiter().until(ExpectedConditions.attributeToBe(By.id("hash"), "value", dataset.sha256()));
            browser.screenshot("public-verify-fingerprint-in-browser");
            browser.submit(By.cssSelector("[data-testid=verify-hash]"));
            assertThat(browser.all(By.cssSelector("[data-testid=verification]"))).hasSize(1);
            assertThat(browser.pageText()).contains(number, dataset.sm3());
        }
    }

    @Test
    void aHolderRegistersThroughTheWizardWithTheFingerprintComputedInTheBrowser() throws Exception {
        Arrange.Dataset dataset = Arrange.dataset("wizard", 20000);
        String name = "杭州市企业用电量月度统计数据集 " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.signIn(PortalTestStack.HOLDER);
            assertThat(browser.text(By.cssSelector("[data-testid=signed-in-as]"))).contains("李华", "杭州城市大数据公司");
            browser.open("/registrations/new");
            browser.screenshot("holder-wizard-type");
            browser.click(By.cssSelector("[data-testid=choose-DATA_RESOURCE]"));
            assertThat(browser.pageText()).contains("文件只在您的浏览器中读取和计算，不会上传，也不会离开您的电脑");

            browser.type("name", name);
            browser.type("description", "按月统计的企业用电量（测试数据）");
            browser.type("industry", "能源");
            browser.type("scenarios", "能耗分析\n产业研究");
            browser.type("sourceStatement", "由电力公司依据数据共享协议提供");
            browser.click(By.id("authorisedBySource1"));
            browser.type("rightScope", "整个数据集");
            browser.find(By.id("dataset-file")).sendKeys(dataset.file().toAbsolutePath().toString());
            browser.waiter().until(ExpectedConditions.attributeToBe(By.id("fingerprintSha256"), "value", dataset.sha256()));
            assertThat(browser.find(By.id("fingerprintSm3")).getAttribute("value")).as("SM3 computed in the browser").isEqualTo(dataset.sm3());
            browser.screenshot("holder-wizard-particulars");
            assertThat(browser.accessibilityProblems()).as("wizard form").isEmpty();
            browser.submit(By.cssSelector("[data-testid=save-draft]"));

            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("草稿已保存");
            assertThat(browser.text(By.cssSelector("[data-testid=missing-evidence]"))).contains("登记申请书", "承诺书", "数据来源说明", "字段说明", "数据样例");
            assertThat(browser.text(By.cssSelector("[data-testid=fingerprint-sha256]"))).isEqualTo(dataset.sha256());
            String url = browser.driver.getCurrentUrl();

            browser.submit(By.cssSelector("[data-testid=submit-application]"));
            assertThat(browser.text(By.cssSelector("[data-testid=problem]"))).as("submitting too early is refused, with the reason")
                    .contains("证明材料不齐全", "COMMITMENT_LETTER", "没有做任何更改");
            assertThat(browser.text(By.cssSelector(".meta .status"))).isEqualTo("草稿");
            browser.screenshot("holder-submit-refused");

            for (String kind : List.of("APPLICATION_LETTER", "COMMITMENT_LETTER", "SOURCE_STATEMENT", "FIELD_DICTIONARY", "DATA_SAMPLE")) {
                new Select(browser.find(By.id("evidence-kind"))).selectByValue(kind);
                browser.find(By.id("evidence-file")).sendKeys(Arrange.evidenceFile(kind).toAbsolutePath().toString());
                browser.submit(By.cssSelector("form[action$='/evidence'] button[type=submit]"));
                assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("材料已上传并附加");
            }
            assertThat(browser.all(By.cssSelector("[data-testid=missing-evidence]"))).isEmpty();
            assertThat(browser.pageText()).contains("材料清单已齐全");
            assertThat(browser.find(By.id("evidence-view")).getAttribute("src")).contains("/evidence/");
            browser.screenshot("holder-evidence-complete");
            assertThat(browser.accessibilityProblems()).as("registration with evidence").isEmpty();

            browser.submit(By.cssSelector("[data-testid=submit-application]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("申请已提交");
            assertThat(browser.text(By.cssSelector(".meta .status"))).isEqualTo("已提交");
            assertThat(browser.text(By.cssSelector("[data-testid=timeline]"))).contains("创建草稿", "附加材料", "提交申请");
            browser.screenshot("holder-submitted-timeline");

            browser.open("/registrations");
            assertThat(browser.text(By.cssSelector("[data-testid=registrations]"))).contains(name);
            assertThat(url).contains("/registrations/");
        }
    }

    @Test
    void theRegistrarWorksTheQueueAndTheHolderAnswersACorrectionRequest() throws Exception {
        String name = "深圳市公交刷卡出行OD数据集 " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = arrange.submitted(name);
        try (Browser reviewer = new Browser(stack.portalUrl); Browser holder = new Browser(stack.portalUrl)) {
            reviewer.signIn(PortalTestStack.REVIEWER);
            reviewer.open("/review?stage=ACCEPTANCE");
            WebElement row = reviewer.find(By.xpath("//table[@data-testid='review-queue']//tr[td/a[text()='" + name + "']]"));
            assertThat(row.getText()).as("the holder by its registered name").contains("受理", "杭州城市大数据公司").containsPattern("剩 \\d+ 个工作日");
            reviewer.screenshot("reviewer-queue");
            assertThat(reviewer.accessibilityProblems()).as("review queue").isEmpty();
            row.findElement(By.tagName("a")).click();

            String evidence = reviewer.find(By.id("evidence-view")).getAttribute("src");
            HttpResponse<String> shown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(evidence))
                    .header("Cookie", "DATADEED_PORTAL_SESSION=" + reviewer.driver.manage().getCookieNamed("DATADEED_PORTAL_SESSION").getValue())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(shown.statusCode()).as("evidence shown beside the particulars").isEqualTo(200);
            assertThat(shown.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
            assertThat(shown.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("inline"));
            assertThat(shown.body()).startsWith("%PDF-");
            reviewer.type("accept-reason", "材料齐全，予以受理");
            reviewer.submit(By.cssSelector("form[action$='/review/acceptance'] button"));
            assertThat(reviewer.text(By.cssSelector("[data-testid=notice]"))).contains("决定已记录");
            assertThat(reviewer.text(By.cssSelector(".meta .status"))).isEqualTo("形式审查");
            assertThat(reviewer.text(By.cssSelector("[data-testid=registration-number]"))).isNotBlank();

            reviewer.type("correction-reason", "字段说明与样例不一致");
            reviewer.type("correction-items", "补充字段 boardings 的单位\n更新数据样例");
            reviewer.submit(By.cssSelector("form[action$='/review/correction-request'] button"));
            assertThat(reviewer.text(By.cssSelector(".meta .status"))).isEqualTo("待补正");
            reviewer.screenshot("reviewer-correction-requested");

            holder.signIn(PortalTestStack.HOLDER);
            holder.open("/registrations/" + id);
            assertThat(holder.text(By.cssSelector("[data-testid=correction-request]"))).contains("字段说明与样例不一致", "更新数据样例", "请在");
            holder.type("resubmit-statement", "已补充单位并更新样例");
            holder.submit(By.cssSelector("form[action$='/resubmission'] button"));
            assertThat(holder.text(By.cssSelector("[data-testid=notice]"))).contains("补正后已重新提交");
            holder.screenshot("holder-correction-resubmitted");

            reviewer.open("/registrations/" + id);
            assertThat(reviewer.text(By.cssSelector(".meta .status"))).isEqualTo("形式审查");
            reviewer.type("formal-reason", "形式审查通过");
            reviewer.submit(By.cssSelector("form[action$='/review/formal-review'] button"));
            assertThat(reviewer.text(By.cssSelector(".meta .status"))).isEqualTo("待公示");
            reviewer.type("notice-reason", "予以公示");
            reviewer.submit(By.cssSelector("form[action$='/review/notice'] button"));
            assertThat(reviewer.text(By.cssSelector(".meta .status"))).isEqualTo("公示中");
            assertThat(reviewer.text(By.cssSelector("[data-testid=timeline]"))).contains("受理", "要求补正", "补正后重新提交", "形式审查通过", "发布公示");
            reviewer.screenshot("reviewer-notice-published");
        }
        assertThat(new RegistrationsApi(stack.registryAs(PortalTestStack.HOLDER)).getRegistration(id).getStatus())
                .isEqualTo(RegistrationStatus.IN_NOTICE);
    }

    @Test
    void someoneObjectsDuringNoticeTheHolderRespondsAndTheRegistrarDecides() throws Exception {
        String name = "杭州市停车泊位数据 " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = arrange.inNotice(name, Arrange.dataset("objection", 30));
        try (Browser objector = new Browser(stack.portalUrl)) {
            objector.open("/notices/" + id + "/objection");
            objector.fillLogin(PortalTestStack.OTHER_HOLDER); // objecting needs an identified person: sign-in first
            assertThat(objector.text(By.tagName("h1"))).contains(name);
            objector.type("grounds", "该数据集的部分站点数据由我单位采集，权属存在争议");
            objector.find(By.id("objection-evidence")).sendKeys(Arrange.evidenceFile("objection").toAbsolutePath().toString());
            objector.submit(By.cssSelector("[data-testid=file-objection]"));
            assertThat(objector.text(By.cssSelector("[data-testid=notice]"))).contains("异议已提交");
            objector.screenshot("public-objection-filed");
        }
        try (Browser holder = new Browser(stack.portalUrl); Browser reviewer = new Browser(stack.portalUrl)) {
            holder.signIn(PortalTestStack.HOLDER);
            holder.open("/registrations/" + id);
            WebElement objection = holder.find(By.cssSelector("[data-testid=objection]"));
            assertThat(objection.getText()).contains("深圳市城市交通数据公司", "权属存在争议", "待答辩");
            holder.find(By.cssSelector("[data-testid=objection] textarea")).sendKeys("相关站点数据系本单位独立采集，附采集记录");
            holder.submit(By.cssSelector("[data-testid=objection] button"));
            assertThat(holder.text(By.cssSelector("[data-testid=notice]"))).contains("答辩已提交");
            holder.screenshot("holder-objection-response");

            reviewer.signIn(PortalTestStack.REVIEWER);
            reviewer.open("/registrations/" + id);
            assertThat(reviewer.text(By.cssSelector("[data-testid=objection]"))).contains("相关站点数据系本单位独立采集");
            reviewer.find(By.cssSelector("[data-testid=objection] textarea")).sendKeys("异议人未提供采集证据，异议不成立");
            reviewer.submit(By.cssSelector("[data-testid=objection] button"));
            assertThat(reviewer.text(By.cssSelector("[data-testid=objection]"))).contains("不成立", "异议人未提供采集证据");
            reviewer.screenshot("reviewer-objection-decided");
        }
    }

    @Test
    void aHolderPrintsTheCertificateAndDownloadsItsPdfAndARefusedFilingChangesNothing() throws Exception {
        Registration registered = arrange.registered("杭州市公交站点客流 " + UUID.randomUUID().toString().substring(0, 8),
                Arrange.dataset("certificate", 10));
        String number = registered.getCertificate().getNumber();
        try (Browser holder = new Browser(stack.portalUrl)) {
            holder.signIn(PortalTestStack.HOLDER);
            holder.open("/registrations/" + registered.getRegistrationId() + "/certificate");
            WebElement certificate = holder.find(By.cssSelector("[data-testid=certificate]"));
            assertThat(certificate.getText()).contains("数据产权登记证书", number, "杭州城市大数据公司", "推定证明",
                    stack.portalUrl + "/verify/certificates/" + number);
            assertThat(certificate.findElement(By.cssSelector(".qr svg")).getAttribute("aria-label"))
                    .isEqualTo(stack.portalUrl + "/verify/certificates/" + number);
            holder.screenshot("holder-certificate-printable");
            assertThat(holder.accessibilityProblems()).as("certificate").isEmpty();

            Cookie session = holder.driver.manage().getCookieNamed("DATADEED_PORTAL_SESSION");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(stack.portalUrl + "/registrations/" + registered.getRegistrationId() + "/certificate.pdf"))
                    .header("Cookie", "DATADEED_PORTAL_SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            java.nio.file.Files.write(Browser.SCREENSHOTS.resolve("holder-certificate.pdf"), pdf.body()); // for review

            holder.open("/registrations/" + registered.getRegistrationId());
            holder.type("renewal-reason", "有效期即将届满，申请续展");
            holder.submit(By.cssSelector("form[action$='/filings/renewal'] button"));
            assertThat(holder.text(By.cssSelector("[data-testid=problem]"))).as("renewal outside its window")
                    .contains("尚未到续展期", "没有做任何更改");
            assertThat(holder.all(By.cssSelector("[data-testid=filing]"))).isEmpty();
            holder.screenshot("holder-renewal-refused");
        }
    }

    @Test
    void aHolderPledgesARightTheRegistrarApprovesAndVerificationShowsThePledge() throws Exception {
        Registration registered = arrange.registered("杭州市公交线路数据 " + UUID.randomUUID().toString().substring(0, 8),
                Arrange.dataset("pledge", 10));
        UUID id = registered.getRegistrationId();
        try (Browser holder = new Browser(stack.portalUrl); Browser reviewer = new Browser(stack.portalUrl)) {
            holder.signIn(PortalTestStack.HOLDER);
            holder.open("/registrations/" + id);
            holder.type("pledge-org", "org-hz-bank");
            holder.type("pledge-name", "杭州银行");
            holder.type("pledge-amount", "1500000");
            holder.driver.executeScript("arguments[0].value = '2026-04-01'", holder.find(By.id("pledge-from")));
            holder.type("pledge-reason", "以数据资源持有权出质，担保流动资金贷款");
            holder.find(By.id("pledge-contract")).sendKeys(Arrange.evidenceFile("pledge-contract").toAbsolutePath().toString());
            holder.submit(By.cssSelector("form[action$='/filings/pledge'] button"));
            assertThat(holder.text(By.cssSelector("[data-testid=notice]"))).contains("申请已提交");
            assertThat(holder.text(By.cssSelector("[data-testid=filing]"))).contains("质押登记", "待审查");
            holder.screenshot("holder-pledge-filed");

            reviewer.signIn(PortalTestStack.REVIEWER);
            reviewer.open("/review?stage=FILING");
            assertThat(reviewer.text(By.cssSelector("[data-testid=review-queue]"))).contains(registered.getName(), "质押登记");
            reviewer.open("/registrations/" + id);
            reviewer.find(By.cssSelector("[data-testid=filing] form[action$='/approval'] textarea")).sendKeys("质押合同齐备，准予登记");
            reviewer.submit(By.cssSelector("[data-testid=filing] form[action$='/approval'] button"));
            assertThat(reviewer.text(By.cssSelector("[data-testid=filing]"))).contains("已批准", "质押合同齐备");
            reviewer.screenshot("reviewer-pledge-approved");

            reviewer.open("/verify/certificates/" + registered.getCertificate().getNumber());
            assertThat(reviewer.text(By.cssSelector("[data-testid=verification]"))).contains("已质押");

            holder.open("/registrations/" + id);
            assertThat(holder.text(By.cssSelector("[data-testid=pledge]"))).contains("杭州银行", "¥1,500,000.00");
            holder.find(By.cssSelector("[data-testid=pledge] textarea")).sendKeys("贷款已清偿，解除质押");
            holder.find(By.cssSelector("[data-testid=pledge] input[type=file]"))
                    .sendKeys(Arrange.evidenceFile("pledge-release").toAbsolutePath().toString());
            holder.submit(By.cssSelector("[data-testid=pledge] button"));
            assertThat(holder.text(By.cssSelector("[data-testid=notice]"))).contains("申请已提交");
            reviewer.open("/registrations/" + id);
            reviewer.find(By.xpath("//article[@data-testid='filing'][contains(., '解除质押')]//form[contains(@action, '/approval')]//textarea"))
                    .sendKeys("已核实解除质押证明");
            reviewer.submit(By.xpath("//article[@data-testid='filing'][contains(., '解除质押')]//form[contains(@action, '/approval')]//button"));
            reviewer.open("/verify/certificates/" + registered.getCertificate().getNumber());
            assertThat(reviewer.text(By.cssSelector("[data-testid=verification]"))).as("the pledge is released").doesNotContain("已质押");

            holder.open("/registrations/" + id);
            holder.type("change-frequency", "每日");
            holder.type("change-reason", "数据改为每日更新");
            holder.submit(By.cssSelector("form[action$='/filings/change'] button:not([formaction])"));
            assertThat(holder.all(By.cssSelector("[data-testid=filing]"))).extracting(WebElement::getText)
                    .anySatisfy(text -> assertThat(text).contains("变更登记", "待审查"));
        }
    }

    @Test
    void aRegulatorSeesTheDashboardAndVerifiesAnEventInTheBrowserAgainstTheAnchoredCheckpoint() throws Exception {
        UUID id = arrange.inNotice("监管核验数据集 " + UUID.randomUUID().toString().substring(0, 8), Arrange.dataset("audit", 10));
        try (Browser regulator = new Browser(stack.portalUrl)) {
            regulator.signIn(PortalTestStack.REGULATOR);
            regulator.open("/audit");
            assertThat(regulator.text(By.cssSelector("[data-testid=log-status]"))).contains("datadeed.test/ledger");
            assertThat(regulator.all(By.cssSelector("figure.chart svg rect"))).hasSizeGreaterThan(3);
            assertThat(regulator.pageText()).contains("各状态登记数", "公示中");
            regulator.screenshot("regulator-dashboard");
            assertThat(regulator.accessibilityProblems()).as("dashboard").isEmpty();

            regulator.open("/audit/checkpoints?anchoredOnly=true");
            assertThat(regulator.all(By.cssSelector("[data-testid=anchor]"))).isNotEmpty();
            assertThat(regulator.all(By.cssSelector("[data-testid=cosignature]"))).isNotEmpty();
            regulator.screenshot("regulator-checkpoints");

            regulator.open("/audit");
            regulator.type("lookup-registration", id.toString());
            regulator.submit(By.cssSelector("form[action$='/audit/lookup'] button"));
            assertThat(regulator.text(By.tagName("h1"))).isEqualTo("可证明的历史");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
                regulator.open("/audit/registrations/" + id);
                List<WebElement> rows = regulator.all(By.cssSelector("[data-testid=proven-history] tbody tr"));
                return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains("已锚定"));
            });
            regulator.screenshot("regulator-proven-history");
            List<WebElement> events = regulator.all(By.cssSelector("[data-testid=proven-history] tbody tr a"));
            events.get(events.size() - 1).click();
            regulator.click(By.cssSelector("[data-testid=verify-proof]"));
            regulator.waitForText(By.cssSelector("[data-testid=proof-summary]"), "核验通过");
            assertThat(regulator.all(By.cssSelector("[data-testid=proof-results] li.ok"))).hasSize(4);
            regulator.screenshot("regulator-event-verified-in-browser");
            HttpResponse<String> receipt = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(regulator.find(By.cssSelector("[data-testid=receipt]")).getAttribute("href")))
                    .header("Cookie", "DATADEED_PORTAL_SESSION=" + regulator.driver.manage().getCookieNamed("DATADEED_PORTAL_SESSION").getValue())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(receipt.statusCode()).isEqualTo(200);
            assertThat(receipt.body()).startsWith("c2sp.org/tlog-proof@v1\n").contains("datadeed.test/ledger");
            assertThat(regulator.accessibilityProblems()).as("event proof").isEmpty();

            regulator.open("/audit/report");
            regulator.submit(By.cssSelector("[data-testid=run-audit]"));
            assertThat(regulator.text(By.cssSelector("[data-testid=audit-verdict]"))).isEqualTo("审计通过：没有发现问题。");
            regulator.screenshot("regulator-full-audit");
        }
    }

    @Test
    void theRegulatorSeesThisMonthsSubmissionsRefusalsAndObjectionsAndChoosesTheMonths() throws Exception {
        YearMonth month = YearMonth.from(stack.clock.instant().atZone(PortalTestStack.CHINA));
        RegistrationFlow before = new StatisticsApi(stack.registryAs(PortalTestStack.REGULATOR))
                .getRegistrationStatistics(month.toString(), month.toString()).getTotals();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        arrange.submitted("监管统计 待受理 " + tag);
        UUID notAccepted = arrange.submitted("监管统计 不予受理 " + tag);
        new ReviewApi(stack.registryAs(PortalTestStack.REVIEWER)).refuseAcceptance(notAccepted,
                new Refusal().grounds(Refusal.GroundsEnum.INCOMPLETE).reason("缺少数据来源合同"), Arrange.key());
        UUID objected = arrange.inNotice("监管统计 有异议 " + tag, Arrange.dataset("statistics-" + tag, 10));
        assertThat(arrange.objectionDecided(objected, true).getStatus()).isEqualTo(RegistrationStatus.REJECTED);

        try (Browser regulator = new Browser(stack.portalUrl)) {
            regulator.signIn(PortalTestStack.REGULATOR);
            regulator.open("/audit");
            // three submitted; none registered; two refused: one not accepted, one rejected on the upheld objection
            assertThat(cells(regulator, "applications-chart", month)).containsExactly(String.valueOf(before.getSubmitted() + 3),
                    String.valueOf(before.getRegistered()), String.valueOf(before.getRefused() + 2));
            assertThat(cells(regulator, "objections-chart", month)).containsExactly(String.valueOf(before.getObjectionsRaised() + 1),
                    String.valueOf(before.getObjectionsUpheld() + 1), String.valueOf(before.getObjectionsDismissed()));
            assertThat(regulator.all(By.cssSelector("[data-testid=applications-chart-table] tbody tr")))
                    .as("the twelve months up to this one").hasSize(12);
            assertThat(regulator.all(By.cssSelector("[data-testid=applications-chart] svg rect"))).hasSize(36);
            assertThat(regulator.pageText()).contains("每月申请：提交、登记、拒绝", "各状态登记数");
            regulator.driver.executeScript("arguments[0].scrollIntoView()",
                    regulator.find(By.cssSelector("[data-testid=decisions-per-month]")));
            regulator.screenshot("regulator-dashboard-decisions-per-month");
            assertThat(regulator.accessibilityProblems()).as("dashboard with the monthly charts").isEmpty();

            regulator.type("from", month.toString());
            regulator.type("to", month.toString());
            regulator.submit(By.cssSelector("[data-testid=month-range] button"));
            assertThat(regulator.all(By.cssSelector("[data-testid=objections-chart-table] tbody tr"))).hasSize(1);
            assertThat(regulator.text(By.cssSelector("[data-testid=refusals]")))
                    .contains("共拒绝 " + (before.getRefused() + 2) + " 件", "不予受理 " + (before.getNotAccepted() + 1) + " 件");

            regulator.open("/audit?from=" + month.plusMonths(1) + "&to=" + month);
            assertThat(regulator.text(By.cssSelector("[data-testid=problem]"))).contains("填写的内容不符合要求", "from");
            assertThat(regulator.all(By.cssSelector("[data-testid=applications-chart-table] tbody tr")))
                    .as("the default months instead").hasSize(12);
            regulator.screenshot("regulator-dashboard-bad-month-range");
        }
    }

    @Test
    void eachRoleIsKeptToItsOwnPages() throws Exception {
        try (Browser anonymous = new Browser(stack.portalUrl); Browser holder = new Browser(stack.portalUrl)) {
            anonymous.open("/registrations");
            assertThat(anonymous.find(By.name("username"))).as("asked to sign in").isNotNull();

            holder.signIn(PortalTestStack.HOLDER);
            for (String page : List.of("/review", "/audit", "/market", "/market/licences", "/operator/approvals", "/operator/mar")) {
                holder.open(page);
                assertThat(holder.text(By.tagName("h1"))).as(page).isEqualTo("无权访问");
            }
            holder.open("/");
            holder.submit(By.cssSelector("form[action$='/logout'] button"));
            holder.find(By.cssSelector("header a.button[href$='/oauth2/authorization/datadeed']"));
            assertThat(holder.all(By.cssSelector("[data-testid=signed-in-as]"))).as("signed out").isEmpty();
        }
    }

    @Test
    void theBrowserCodeMatchesTheReferenceVectors() throws Exception {
        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.open("/verify");
            Object sm3 = browser.driver.executeScript("""
                    const hex = s => DataDeedSm3.hex(new TextEncoder().encode(s));
                    return [hex('abc'), hex('abcd'.repeat(16))];""");
            assertThat(sm3).isEqualTo(List.of(
                    "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
                    "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"));

            browser.driver.executeScript("const s = document.createElement('script'); s.src = '/js/proof.js'; document.head.appendChild(s);");
            browser.waiter().until(driver -> browser.driver.executeScript("return typeof DataDeedProof") .equals("object"));
            Object valid = browser.driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; DataDeedProof.verify(arguments[0]).then(done, e => done(String(e)));",
                    FormatExample.proof(FormatExample.LEAF_1));
            assertThat(checks(valid)).containsExactly("leafHash=true", "logSignature=true", "witnessSignature=true", "inclusion=true");
            Object tampered = browser.driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; DataDeedProof.verify(arguments[0]).then(done, e => done(String(e)));",
                    FormatExample.proof(FormatExample.LEAF_1.replace("\"sequenceNumber\":1", "\"sequenceNumber\":2")));
            assertThat(checks(tampered)).contains("leafHash=false", "inclusion=false");
        }
    }

    /** The verifier's results as "check=ok" lines; a rejected promise (a string) fails with its message. */
    private static List<String> checks(Object results) {
        assertThat(results).as("the verifier's results, not an error").isInstanceOf(List.class);
        return ((List<?>) results).stream().map(r -> (Map<?, ?>) r).map(r -> r.get("check") + "=" + r.get("ok")).toList();
    }

    /** The figures of the month's row in the table under a chart. */
    private static List<String> cells(Browser browser, String chart, YearMonth month) {
        return browser.all(By.cssSelector("[data-testid=" + chart + "-table] tr[data-month='" + month + "'] td")).stream()
                .map(WebElement::getText).toList();
    }
}
