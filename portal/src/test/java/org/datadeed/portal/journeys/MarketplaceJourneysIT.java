package org.datadeed.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.datadeed.client.marketplace.model.Licence;
import org.datadeed.client.marketplace.model.LicenceStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The marketplace's journeys in a real headless Chromium against the shared stack (the marketplace runs beside the
 * registry and the ledger): an enterprise finds a product, is quoted, applies and holds a licence; an operator approves
 * an application and reads its maximum permitted revenue. Screenshots go to {@code target/screenshots/}.
 */
class MarketplaceJourneysIT {

    private static PortalTestStack stack;
    private static Arrange arrange;

    @BeforeAll
    static void startStack() throws Exception {
        Browser.requireInstalled();
        stack = PortalTestStack.get();
        arrange = new Arrange(stack);
    }

    @Test
    void anEnterpriseSearchesGetsAQuoteAppliesAndHoldsAnActiveLicence() throws Exception {
        String name = "杭州市公交站点客流接口 " + UUID.randomUUID().toString().substring(0, 8);
        UUID productId = arrange.product(name, true);
        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.signIn(PortalTestStack.ENTERPRISE);
            browser.open("/market?q=" + name.substring(name.length() - 8));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("公共数据产品目录");
            assertThat(browser.text(By.cssSelector("[data-testid=products]"))).contains(name, "¥0.04", "按次");
            assertThat(browser.text(By.cssSelector("[data-testid=facets]"))).contains("交通运输 (1)", "线路规划 (1)", "商业用途 (1)");
            browser.screenshot("enterprise-catalogue");
            assertThat(browser.accessibilityProblems()).as("catalogue").isEmpty();

            browser.submit(By.linkText("交通运输 (1)"));
            assertThat(browser.driver.getCurrentUrl()).contains("industry=");
            assertThat(browser.text(By.cssSelector("[data-testid=products]"))).as("the facet keeps the product").contains(name);
            browser.open("/market?minPrice=abc");
            assertThat(browser.text(By.cssSelector("[data-testid=problem]"))).contains("价格只能是数字");

            browser.open("/market/products/" + productId);
            assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
            assertThat(browser.text(By.cssSelector("[data-testid=approval]"))).isEqualTo("通过全部自动核验后即授权");
            assertThat(browser.text(By.cssSelector("[data-testid=rights]"))).contains("数据资源持有权", "数据产品经营权", "杭州公共数据运营公司");
            assertThat(browser.text(By.cssSelector("[data-testid=prices]"))).contains("杭州市发展和改革委员会", "¥0.05", "¥0.04");
            browser.screenshot("enterprise-product");
            assertThat(browser.accessibilityProblems()).as("product page").isEmpty();

            browser.type("quote-purpose", "优化公交线路，减少换乘");
            browser.type("quote-calls", "10000");
            browser.submit(By.cssSelector("[data-testid=request-quote]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("报价已生成");
            assertThat(browser.text(By.cssSelector("[data-testid=quote-lines]"))).as("unit price beside the ceiling's")
                    .contains("¥0.04", "¥0.05");
            assertThat(browser.text(By.cssSelector("[data-testid=quote-total]"))).isEqualTo("¥400.00");
            assertThat(browser.text(By.cssSelector("[data-testid=valid-until]"))).isNotBlank();
            browser.screenshot("enterprise-quote");
            assertThat(browser.accessibilityProblems()).as("quote page").isEmpty();

            String quoteUrl = browser.driver.getCurrentUrl();
            browser.type("apply-country", "C1");
            browser.submit(By.cssSelector("[data-testid=apply]"));
            assertThat(browser.text(By.cssSelector("[data-testid=problem]"))).contains("两位字母代码", "没有做任何更改");
            assertThat(browser.driver.getCurrentUrl()).as("still on the quote").isEqualTo(quoteUrl);
            browser.open("/market/licences");
            assertThat(browser.pageText()).as("nothing was applied for").doesNotContain(name);

            browser.driver.navigate().to(quoteUrl);
            browser.submit(By.cssSelector("[data-testid=apply]"));
            assertThat(browser.text(By.cssSelector("[data-testid=licence-status]"))).isEqualTo("有效");
            assertThat(browser.text(By.cssSelector("[data-testid=checks]"))).contains("申请单位已核验: 通过", "报价有效: 通过")
                    .doesNotContain("未通过");
            assertThat(browser.text(By.cssSelector("[data-testid=document-sha256]"))).matches("[0-9a-f]{64}");
            assertThat(browser.text(By.cssSelector("[data-testid=validity]"))).contains("–");
            assertThat(browser.text(By.cssSelector("[data-testid=usage]"))).contains("已调用 0 次，上限 1,000 次");
            assertThat(browser.all(By.cssSelector("[data-testid=usage] svg[role=img]"))).hasSize(1);
            assertThat(browser.text(By.cssSelector("[data-testid=history]"))).contains("提交申请", "自动授权");
            browser.screenshot("enterprise-licence-active");
            assertThat(browser.accessibilityProblems()).as("licence page").isEmpty();
            String licenceUrl = browser.driver.getCurrentUrl();

            browser.open("/market/licences");
            assertThat(browser.text(By.cssSelector("[data-testid=licences]"))).contains(name, "有效");
            browser.screenshot("enterprise-licences");

            browser.driver.navigate().to(licenceUrl);
            browser.type("terminate-reason", "项目结束");
            browser.submit(By.cssSelector("[data-testid=terminate]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("授权已终止");
            assertThat(browser.text(By.cssSelector("[data-testid=licence-status]"))).isEqualTo("已终止");
        }
    }

    @Test
    void anOperatorApprovesAnApplicationAndReadsItsMaximumPermittedRevenue() throws Exception {
        String name = "杭州市道路拥堵指数接口 " + UUID.randomUUID().toString().substring(0, 8);
        UUID productId = arrange.product(name, false);
        Licence applied = arrange.application(productId, "评估拥堵治理效果");
        assertThat(applied.getStatus()).isEqualTo(LicenceStatus.AWAITING_APPROVAL);
        String application = "[data-licence='" + applied.getLicenceId() + "']";
        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.signIn(PortalTestStack.OPERATOR);
            browser.open("/operator/approvals");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("待审批的授权申请");
            assertThat(browser.text(By.cssSelector(application))).contains(name, "org-ent", "线路规划", "评估拥堵治理效果",
                    "¥200.00", "申请单位已核验: 通过");
            browser.screenshot("operator-approval-queue");
            assertThat(browser.accessibilityProblems()).as("approval queue").isEmpty();

            browser.type("approve-reason-" + applied.getLicenceId(), "用途与场景相符，予以授权");
            browser.submit(By.cssSelector(application + " [data-testid=approve]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("决定已记录");
            assertThat(browser.all(By.cssSelector(application))).as("no longer waiting").isEmpty();

            int year = LocalDate.ofInstant(stack.clock.instant(), PortalTestStack.CHINA).getYear();
            browser.open("/operator/mar?year=" + year);
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("最高准许收入");
            assertThat(browser.text(By.cssSelector("[data-testid=mar]"))).contains(year + " 年度最高准许收入", "运营成本",
                    "准许利润", "税金", "上年超收结转", "已确认收入", "剩余额度");
            assertThat(browser.text(By.cssSelector("[data-testid=mar-revenue]"))).as("the approved licence's price is revenue")
                    .isNotEqualTo("¥0.00");
            assertThat(browser.all(By.cssSelector(".chart svg[role=img] rect.chart-bar"))).hasSize(7);
            browser.screenshot("operator-mar");
            assertThat(browser.accessibilityProblems()).as("MAR page").isEmpty();

            browser.open("/operator/mar?year=26");
            assertThat(browser.text(By.cssSelector("[data-testid=problem]"))).contains("四位数字");
        }
        assertThat(new org.datadeed.client.marketplace.api.LicencesApi(stack.marketAs(PortalTestStack.ENTERPRISE))
                .getLicence(applied.getLicenceId()).getStatus()).isEqualTo(LicenceStatus.ACTIVE);
    }

    @Test
    void anOperatorConfirmsTheRightAHolderClaimsInItsName() throws Exception {
        UUID id = arrange.claimingOperationForOperator("待确认经营权的数据集 " + UUID.randomUUID().toString().substring(0, 8));
        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.signIn(PortalTestStack.OPERATOR);
            browser.open("/registrations/" + id);
            assertThat(browser.text(By.cssSelector("[data-testid=registration-rights]"))).contains("申请人自有", "待权利人确认");
            assertThat(browser.accessibilityProblems()).as("registration page, seen by the operator").isEmpty();
            browser.submit(By.cssSelector("[data-testid=confirm-OPERATION]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("已确认该项权利申报");
            assertThat(browser.text(By.cssSelector("[data-testid=registration-rights]"))).contains("已由权利人确认")
                    .doesNotContain("待权利人确认");
            browser.screenshot("operator-right-confirmed");
            browser.driver.switchTo().frame("evidence-view");
            assertThat(browser.driver.getPageSource()).as("the evidence is shown to the organisation named in the rights")
                    .doesNotContain("无权访问").doesNotContain("403");
            browser.driver.switchTo().defaultContent();
        }
        assertThat(new org.datadeed.client.registry.api.RegistrationsApi(stack.registryAs(PortalTestStack.HOLDER))
                .submitApplication(id, UUID.randomUUID().toString()).getStatus())
                .as("the holder can submit once the operator confirmed")
                .isEqualTo(org.datadeed.client.registry.model.RegistrationStatus.SUBMITTED);
    }

}
