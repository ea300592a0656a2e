package org.datadeed.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.model.LicencePage;
import org.datadeed.devsupport.OAuthTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * An enterprise manages its API credentials in a real headless Chromium against the shared stack: it creates an API
 * client and sees the secret once, its program then obtains a client-credentials token with it and calls the
 * marketplace; it rotates the secret (the old one is refused, the new one works) and revokes the client (token
 * requests are refused); another organisation never sees the client. Screenshots go to {@code target/screenshots/}.
 */
class CredentialsJourneysIT {

    private static PortalTestStack stack;
    private static OAuthTokens tokens;

    @BeforeAll
    static void startStack() throws Exception {
        Browser.requireInstalled();
        stack = PortalTestStack.get();
        tokens = new OAuthTokens(stack.auth.issuer());
    }

    @Test
    void anEnterpriseCreatesRotatesAndRevokesAnApiClientItsProgramUses() throws Exception {
        String name = "ERP 授权同步 " + UUID.randomUUID().toString().substring(0, 8);
        String clientId;
        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.signIn(PortalTestStack.ENTERPRISE);
            browser.submit(By.linkText("API 凭证"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("API 凭证");
            assertThat(browser.all(By.cssSelector("[data-testid=new-secret]"))).as("no secret before one is made").isEmpty();
            assertThat(browser.accessibilityProblems()).as("credentials page").isEmpty();

            // the service's own refusal (RFC 9457, with the field) is shown, and nothing is created
            browser.driver.executeScript("document.getElementById('credential-name').value = arguments[0];", "长".repeat(101));
            browser.submit(By.cssSelector("[data-testid=create]"));
            assertThat(browser.text(By.cssSelector("[data-testid=problem]"))).contains("填写的内容不符合要求", "name", "没有做任何更改");
            assertThat(browser.all(By.cssSelector("[data-testid=new-secret]"))).isEmpty();
            browser.screenshot("credentials-refused");

            browser.type("credential-name", name);
            browser.type("credential-description", "每晚同步授权与用量");
            browser.submit(By.cssSelector("[data-testid=create]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("API 客户端已创建");
            assertThat(browser.text(By.cssSelector("[data-testid=new-secret]")))
                    .contains("请立即复制密钥", "密钥只显示这一次", "无法再次查看");
            clientId = browser.text(By.cssSelector("[data-testid=new-client-id]"));
            String secret = browser.find(By.cssSelector("[data-testid=new-secret-value]")).getDomProperty("value");
            assertThat(clientId).startsWith("dd-");
            assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
            assertThat(browser.text(By.cssSelector("[data-testid=token-example]")))
                    .contains("curl -u " + clientId + ":$SECRET", "grant_type=client_credentials", stack.auth.issuer() + "/oauth2/token")
                    .doesNotContain(secret);
            browser.click(By.cssSelector("[data-testid=copy-secret]"));
            browser.waiter().until(driver -> !browser.text(By.cssSelector("[data-copy-status]")).isBlank());
            assertThat(browser.text(By.cssSelector("[data-copy-status]"))).isIn("已复制到剪贴板。",
                    "无法自动复制：密钥已选中，请按 Ctrl+C（Mac 上按 ⌘+C）复制。");
            browser.screenshot("credentials-secret-once");
            assertThat(browser.accessibilityProblems()).as("credentials page with the new secret").isEmpty();

            // the enterprise's program: a client-credentials token, then the marketplace as the enterprise
            assertThat(myLicences(tokens.clientCredentials(clientId, secret)).getItems())
                    .allSatisfy(licence -> assertThat(licence.getLicenseeOrganisation()).isEqualTo("org-ent"));

            browser.open("/credentials");
            assertThat(browser.all(By.cssSelector("[data-testid=new-secret]"))).as("the secret is shown once only").isEmpty();
            assertThat(browser.pageText()).doesNotContain(secret);
            String row = "[data-client='" + clientId + "']";
            assertThat(browser.text(By.cssSelector(row))).contains(name, "每晚同步授权与用量", clientId, "由 采购部 赵", "从未", "有效");

            browser.submit(By.cssSelector(row + " [data-testid=rotate]"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("轮换这个客户端的密钥？");
            assertThat(browser.text(By.cssSelector("[data-testid=confirm-warning]"))).contains("旧密钥会立即失效");
            browser.screenshot("credentials-confirm-rotate");
            assertThat(browser.accessibilityProblems()).as("rotation confirmation").isEmpty();
            browser.submit(By.cssSelector("[data-testid=confirm]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("密钥已轮换");
            String rotated = browser.find(By.cssSelector("[data-testid=new-secret-value]")).getDomProperty("value");
            assertThat(rotated).isNotBlank().isNotEqualTo(secret);
            assertThat(browser.text(By.cssSelector(row))).doesNotContain("从未").contains("由 采购部 赵");
            assertThatThrownBy(() -> tokens.clientCredentials(clientId, secret)).as("the old secret").hasMessageContaining("401");
            assertThat(myLicences(tokens.clientCredentials(clientId, rotated))).isNotNull();

            browser.submit(By.cssSelector(row + " [data-testid=revoke]"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("吊销这个 API 客户端？");
            assertThat(browser.text(By.cssSelector("[data-testid=confirm-warning]"))).contains("不能恢复");
            browser.submit(By.cssSelector("[data-testid=cancel]"));
            assertThat(browser.text(By.cssSelector(row + " [data-testid=credential-status]"))).as("cancelled").isEqualTo("有效");
            browser.submit(By.cssSelector(row + " [data-testid=revoke]"));
            browser.screenshot("credentials-confirm-revoke");
            browser.submit(By.cssSelector("[data-testid=confirm]"));
            assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("API 客户端已吊销");
            assertThat(browser.text(By.cssSelector(row + " [data-testid=credential-status]"))).isEqualTo("已吊销");
            assertThat(browser.all(By.cssSelector(row + " [data-testid=rotate]"))).as("a revoked client has no actions").isEmpty();
            assertThatThrownBy(() -> tokens.clientCredentials(clientId, rotated)).as("revoked").hasMessageContaining("401");
            browser.screenshot("credentials-revoked");

            browser.driver.manage().window().setSize(new Dimension(375, 800));
            browser.open("/credentials");
            assertThat(browser.driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling of the page on a narrow screen").isEqualTo(true);
            browser.screenshot("credentials-narrow");
        }

        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.signIn(PortalTestStack.OPERATOR);
            browser.submit(By.linkText("API 凭证"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("API 凭证");
            assertThat(browser.pageText()).as("another organisation's client").doesNotContain(clientId).doesNotContain(name);
            browser.open("/credentials/" + clientId + "/revoke");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("未找到");
            browser.screenshot("credentials-other-organisation");
        }

        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.signIn(PortalTestStack.HOLDER);
            assertThat(browser.all(By.linkText("API 凭证"))).as("holders have no API credentials").isEmpty();
            browser.open("/credentials");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("无权访问");
        }
    }

    @Test
    void theCredentialsPageSpeaksEnglish() throws Exception {
        try (Browser browser = new Browser(stack.portalUrl)) {
            browser.signIn(PortalTestStack.OPERATOR);
            browser.open("/credentials?lang=en");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("API credentials");
            browser.type("credential-name", "usage feed " + UUID.randomUUID().toString().substring(0, 8));
            browser.submit(By.cssSelector("[data-testid=create]"));
            assertThat(browser.text(By.cssSelector("[data-testid=new-secret]"))).contains("Copy the secret now", "shown this once");
            String clientId = browser.text(By.cssSelector("[data-testid=new-client-id]"));
            String secret = browser.find(By.cssSelector("[data-testid=new-secret-value]")).getDomProperty("value");
            assertThat(claim(tokens.clientCredentials(clientId, secret), "roles")).isEqualTo("[\"OPERATOR\"]");
            browser.screenshot("credentials-en-operator");
        }
    }

    private static LicencePage myLicences(String token) throws Exception {
        org.datadeed.client.marketplace.ApiClient client = new org.datadeed.client.marketplace.ApiClient();
        client.updateBaseUri(stack.marketplaceUrl);
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new LicencesApi(client).searchLicences(null, null, 0, 50);
    }

    private static String claim(String jwt, String name) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload).get(name).toString();
    }
}
