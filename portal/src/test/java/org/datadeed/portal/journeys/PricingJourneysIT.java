package org.datadeed.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.api.PricingApi;
import org.datadeed.client.marketplace.model.Delivery;
import org.datadeed.client.marketplace.model.Licence;
import org.datadeed.client.marketplace.model.LicenceStatus;
import org.datadeed.client.marketplace.model.ProductTerms;
import org.datadeed.client.marketplace.model.UseCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The marketplace's pricing in a real headless Chromium against the shared stack: the operator's prices (a schedule
 * above the ceiling refused with the marketplace's reasons, a new ceiling filed and then the schedule accepted, the
 * terms), its cost ledger, MAR history and annual report with its downloads; the enterprise's renewal and a free
 * public-interest application with its eligibility evidence; the regulator's prices-against-ceilings and
 * revenue-against-MAR charts. Screenshots go to {@code target/screenshots/}.
 */
class PricingJourneysIT {

    private static PortalTestStack stack;
    private static Arrange arrange;

    @BeforeAll
    static void startStack() throws Exception {
        Browser.requireInstalled();
        stack = PortalTestStack.get();
        arrange = new Arrange(stack);
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(stack.clock.instant(), PortalTestStack.CHINA);
    }

    @Test
    void anOperatorIsRefusedAScheduleAboveTheCeilingFilesANewCeilingAndKeepsItsAccounts() throws Exception {
        String name = "杭州市公交线网定价测试接口 " + UUID.randomUUID().toString().substring(0, 8);
        UUID productId = arrange.product(name, true);
        int year = today().getYear();
        String reference = "杭发改价格〔" + year + "〕" + UUID.randomUUID().toString().substring(0, 4) + "号";
        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.signIn(PortalTestStack.OPERATOR);
            browser.open("/operator/products");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("我的产品与价格");
            assertThat(browser.text(By.cssSelector("[data-testid=operator-products]"))).contains(name, "¥0.04");
            assertThat(browser.accessibilityProblems()).as("operator's products").isEmpty();

            browser.submit(By.linkText(name));
            assertThat(browser.text(By.cssSelector("[data-testid=schedule]"))).contains("按次", "¥0.04", "¥0.05");
            assertThat(browser.text(By.cssSelector("[data-testid=filings]"))).contains("杭州市发展和改革委员会", "长期");
            assertThat(browser.accessibilityProblems()).as("operator's product page").isEmpty();
            String productUrl = browser.driver.getCurrentUrl();

            // a price the portal cannot send
            browser.type("schedule-price-0", "0,06");
            browser.submit(By.cssSelector("[data-testid=publish-schedule]"));
            assertThat(browser.text(By.cssSelector("[data-testid=problem]"))).contains("单价只能是数字", "没有做任何更改");

            // above the ceiling in force: the marketplace refuses, the page says why and keeps the form as filled in
            browser.type("schedule-price-0", "0.06");
            browser.submit(By.cssSelector("[data-testid=publish-schedule]"));
            assertThat(browser.text(By.cssSelector("[data-testid=problem-title]"))).isEqualTo("实际价格高于现行价格上限。");
            assertThat(browser.text(By.cssSelector("[data-testid=problem]"))).contains("0.06", "没有做任何更改");
            assertThat(browser.find(By.id("schedule-price-0")).getDomProperty("value")).isEqualTo("0.06");
            assertThat(browser.text(By.cssSelector("[data-testid=schedule]"))).as("the prices in force are unchanged")
                    .contains("¥0.04").doesNotContain("¥0.06");
            browser.screenshot("operator-schedule-above-ceiling");

            // a new ceiling, a trial standard for a year
            browser.driver.navigate().to(productUrl);
            browser.type("ceiling-reference", reference);
            browser.type("ceiling-body", "杭州市物价局");
            setDate(browser, "ceiling-from", today());
            setDate(browser, "ceiling-until", today().plusYears(1));
            browser.click(By.id("ceiling-trial"));
            new Select(browser.find(By.id("ceiling-unit-0"))).selectByValue("PER_CALL");
            browser.type("ceiling-price-0", "0.07");
            browser.submit(By.cssSelector("[data-testid=file-ceiling]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("价格上限备案已记录");
            assertThat(browser.text(By.cssSelector("[data-testid=filings]"))).contains(reference, "杭州市物价局", "杭州市发展和改革委员会");
            assertThat(browser.all(By.cssSelector("[data-testid=filings] tbody tr"))).hasSize(2);
            assertThat(browser.text(By.cssSelector("[data-testid=filings] tbody tr"))).as("newest first, a trial")
                    .contains(reference, "是", "¥0.07");
            assertThat(browser.text(By.cssSelector("[data-testid=ceiling-in-force]"))).contains(reference);

            // now under the ceiling in force: accepted, with a scenario discount
            browser.type("schedule-price-0", "0.06");
            browser.type("discount-0", "15");
            browser.submit(By.cssSelector("[data-testid=publish-schedule]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("实际价格已发布");
            assertThat(browser.text(By.cssSelector("[data-testid=schedule]"))).contains("¥0.06", "线路规划 −15%");
            browser.screenshot("operator-product-prices");

            // the terms
            browser.type("terms-calls", "5000");
            browser.submit(By.cssSelector("[data-testid=save-terms]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("授权条款已保存");
            assertThat(browser.find(By.id("terms-calls")).getDomProperty("value")).isEqualTo("5000");

            // the cost ledger: a staff cost allocated to this product
            browser.open("/operator/costs?year=" + year);
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("成本台账");
            String description = "线网定价测试人员成本 " + UUID.randomUUID().toString().substring(0, 6);
            new Select(browser.find(By.id("cost-component"))).selectByValue("STAFF");
            browser.type("cost-amount", "12000.00");
            browser.type("cost-description", description);
            browser.find(By.cssSelector("[data-product='" + productId + "']")).sendKeys("1");
            browser.submit(By.cssSelector("[data-testid=record-cost]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("成本已记录");
            assertThat(browser.text(By.cssSelector("[data-testid=cost-entries]"))).contains(description, "人员", "¥12,000.00");
            assertThat(browser.text(By.cssSelector("[data-testid=cost-by-product]"))).contains(name, "¥12,000.00");
            assertThat(browser.all(By.cssSelector(".chart svg[role=img] rect.chart-bar"))).isNotEmpty();
            browser.screenshot("operator-cost-ledger");
            assertThat(browser.accessibilityProblems()).as("cost ledger").isEmpty();

            // MAR against revenue, three years, with the excess carried
            browser.open("/operator/mar?year=" + year);
            assertThat(browser.text(By.cssSelector("[data-testid=mar-history] figcaption"))).isEqualTo("最高准许收入与已确认收入（近三年）");
            assertThat(browser.text(By.cssSelector("[data-testid=mar-history] .chart-legend")))
                    .contains("最高准许收入", "已确认收入", "超收（结转下年扣减）");
            assertThat(browser.all(By.cssSelector("[data-testid=mar-history] svg[role=img] rect.compare-bar"))).hasSize(9);
            assertThat(svgTexts(browser, "[data-testid=mar-history]")).contains(String.valueOf(year), String.valueOf(year - 2));
            browser.screenshot("operator-mar-history");
            assertThat(browser.accessibilityProblems()).as("MAR page").isEmpty();

            // the annual report and its downloads
            browser.open("/operator/annual-report?year=" + year);
            assertThat(browser.text(By.cssSelector("[data-testid=report-due]"))).contains(String.valueOf(year + 1));
            assertThat(browser.text(By.cssSelector("[data-testid=report-products]"))).contains(name, "¥0.07", "¥0.06");
            browser.screenshot("operator-annual-report");
            assertThat(browser.accessibilityProblems()).as("annual report").isEmpty();
            String report = fetch(browser, browser.find(By.cssSelector("[data-testid=download-report]")).getDomProperty("href"));
            assertThat(report).startsWith("200 attachment; filename=\"annual-report-org-operator-" + year + ".json\"")
                    .contains("\"dueBy\"", "\"year\"", productId.toString());
            String disclosure = fetch(browser, browser.find(By.cssSelector("[data-testid=download-disclosure]")).getDomProperty("href"));
            assertThat(disclosure).startsWith("200 attachment; filename=\"disclosure-" + year + ".json\"")
                    .contains(productId.toString(), "0.07");

            // the marketplace's refusals as pages
            browser.open("/operator/products/" + UUID.randomUUID());
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("未找到");
            browser.open("/audit/market");
            assertThat(browser.text(By.tagName("h1"))).as("the regulator's page is not the operator's").isEqualTo("无权访问");
        }
    }

    @Test
    void anEnterpriseRenewsItsLicenceAndAppliesForFreePublicWelfareUseWithEvidence() throws Exception {
        String name = "杭州市无障碍出行数据接口 " + UUID.randomUUID().toString().substring(0, 8);
        UUID productId = arrange.product(name, true);
        new PricingApi(stack.marketAs(PortalTestStack.OPERATOR)).setProductTerms(productId, new ProductTerms()
                .useCategories(List.of(UseCategory.COMMERCIAL, UseCategory.PUBLIC_WELFARE)).delivery(Delivery.API)
                .termMonths(12).maxCallsPerMonth(1000L).overUseAlertPercent(80).autoApprove(true).crossBorderAllowed(false));
        Licence licence = arrange.application(productId, "公交到站提醒");
        assertThat(licence.getStatus()).isEqualTo(LicenceStatus.ACTIVE);
        Path evidence = Files.createTempFile("eligibility", ".pdf");
        Files.writeString(evidence, "%PDF-1.7\n% 公益资格证明 " + UUID.randomUUID() + "\n");
        String evidenceSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(evidence)));
        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.signIn(PortalTestStack.ENTERPRISE);
            browser.open("/market/licences/" + licence.getLicenceId());
            String before = browser.text(By.cssSelector("[data-testid=validity]"));
            browser.type("renewal-months", "6");
            browser.type("renewal-reason", "继续提供到站提醒服务");
            browser.submit(By.cssSelector("[data-testid=renew]"));
            assertThat(browser.text(By.cssSelector("[data-testid=problem]"))).as("a per-call price needs the calls")
                    .contains("缺少计费所需的用量", "没有做任何更改");
            assertThat(browser.text(By.cssSelector("[data-testid=validity]"))).isEqualTo(before);
            browser.type("renewal-months", "6");
            browser.type("renewal-calls", "3000");
            browser.type("renewal-reason", "继续提供到站提醒服务");
            browser.submit(By.cssSelector("[data-testid=renew]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("已续期，有效期至");
            String after = browser.text(By.cssSelector("[data-testid=validity]"));
            assertThat(after).as("the renewal changes the licence's term").isNotEqualTo(before);
            assertThat(browser.text(By.cssSelector("[data-testid=history]"))).contains("申请续期", "自动续期");
            assertThat(browser.text(By.cssSelector("[data-testid=licence-status]"))).isEqualTo("有效");
            browser.screenshot("enterprise-licence-renewed");
            assertThat(browser.accessibilityProblems()).as("renewed licence").isEmpty();
            Licence renewed = new LicencesApi(stack.marketAs(PortalTestStack.ENTERPRISE)).getLicence(licence.getLicenceId());
            assertThat(renewed.getValidUntil()).isEqualTo(licence.getValidUntil().plusDays(1).plusMonths(6).minusDays(1));
            assertThat(after).contains(String.valueOf(renewed.getValidUntil().getYear()));

            // a free public-welfare application, with the eligibility evidence fingerprinted in the browser
            browser.open("/market/products/" + productId);
            new Select(browser.find(By.id("quote-useCategory"))).selectByValue("PUBLIC_WELFARE");
            browser.type("quote-purpose", "为视障人士提供公交到站语音提示");
            browser.type("quote-calls", "1000");
            browser.submit(By.cssSelector("[data-testid=request-quote]"));
            assertThat(browser.text(By.cssSelector("[data-testid=quote-total]"))).isEqualTo("¥0.00");
            assertThat(browser.text(By.cssSelector("[data-testid=apply-form]"))).contains("本报价为免费用途");
            assertThat(browser.accessibilityProblems()).as("quote page with the evidence fields").isEmpty();
            String quoteUrl = browser.driver.getCurrentUrl();

            browser.type("apply-eligibility", "not-a-hash");
            browser.submit(By.cssSelector("[data-testid=apply]"));
            assertThat(browser.text(By.cssSelector("[data-testid=problem]"))).contains("64 位十六进制", "没有做任何更改");
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(quoteUrl);

            browser.find(By.id("eligibility-file")).sendKeys(evidence.toString());
            browser.waiter().withTimeout(Duration.ofSeconds(30)).until(driver ->
                    evidenceSha256.equals(browser.find(By.id("apply-eligibility")).getDomProperty("value")));
            browser.screenshot("enterprise-free-application");
            browser.submit(By.cssSelector("[data-testid=apply]"));
            assertThat(browser.text(By.cssSelector("[data-testid=licence-status]"))).as("free use waits for the operator's review")
                    .isEqualTo("待审批");
            assertThat(browser.text(By.cssSelector("[data-testid=checks]"))).doesNotContain("未通过");
            browser.screenshot("enterprise-free-application-awaiting");
        }
        assertThat(new LicencesApi(stack.marketAs(PortalTestStack.OPERATOR))
                .searchLicences(LicenceStatus.AWAITING_APPROVAL, productId, 0, 50).getItems())
                .singleElement().satisfies(l -> {
                    assertThat(l.getUseCategory()).isEqualTo(UseCategory.PUBLIC_WELFARE);
                    assertThat(l.getPrice()).isEqualTo("0.00");
                });
    }

    @Test
    void aRegulatorSeesPricesAgainstCeilingsAndRevenueAgainstMaximumPermittedRevenue() throws Exception {
        String name = "杭州市出租车供需指数接口 " + UUID.randomUUID().toString().substring(0, 8);
        UUID productId = arrange.product(name, true);
        assertThat(arrange.application(productId, "出租车调度").getStatus()).isEqualTo(LicenceStatus.ACTIVE);
        int year = today().getYear();
        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.signIn(PortalTestStack.REGULATOR);
            browser.open("/audit");
            browser.submit(By.cssSelector("header a[href$='/audit/market']"));
            browser.open("/audit/market?year=" + year);
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("价格与收入监管");
            assertThat(browser.text(By.cssSelector("[data-testid=prices-chart] figcaption"))).isEqualTo("各产品实际单价与价格上限");
            assertThat(svgTexts(browser, "[data-testid=prices-chart]")).as("the chart shows the product")
                    .anySatisfy(text -> assertThat(text).contains(name))
                    .contains("¥0.04", "¥0.05");
            WebElement row = browser.all(By.cssSelector("[data-testid=price-rows] tbody tr")).stream()
                    .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
            assertThat(row.getText()).contains("杭州公共数据运营公司", "按次", "¥0.04", "¥0.05").doesNotContain("高于上限");
            assertThat(svgTexts(browser, "[data-testid=revenue-chart]")).contains("杭州公共数据运营公司");
            assertThat(browser.text(By.cssSelector("[data-testid=revenue-chart] .chart-legend"))).contains("最高准许收入", "已确认收入");
            assertThat(browser.text(By.cssSelector("[data-testid=operator-rows]"))).contains("杭州公共数据运营公司");
            browser.screenshot("regulator-market-oversight");
            assertThat(browser.accessibilityProblems()).as("market oversight").isEmpty();

            browser.open("/audit/market?year=26");
            assertThat(browser.text(By.cssSelector("[data-testid=problem]"))).contains("四位数字");
        }
    }

    /** Sets a date field's value as a person picking the date would (the browser's date widget is locale-dependent). */
    private static void setDate(Browser browser, String id, LocalDate date) {
        browser.driver.executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), date.toString());
    }

    /** The texts an SVG chart draws. */
    private static List<String> svgTexts(Browser browser, String chart) {
        return browser.all(By.cssSelector(chart + " svg text")).stream().map(t -> t.getDomProperty("textContent")).toList();
    }

    /** Downloads a link with the browser's session: status, Content-Disposition, then the body. */
    private static String fetch(Browser browser, String url) {
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return String.valueOf(browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('content-disposition') + '\\n' + t)))
                  .catch(e => done('failed ' + e));""", url));
    }
}
