package org.datadeed.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.model.Registration;
import org.datadeed.client.registry.model.RegistrationStatus;
import org.datadeed.devauth.DevAuthProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/**
 * The registrar's actions on registered records (each with its reasons and a confirmation step, seen afterwards by
 * the holder and the public), a filing decided, the ledger explorer's consistency proofs checked in the browser, and
 * what happens when a signed-in person's access token has expired. Real Chromium, real tokens, the real stack.
 */
class RegistrarJourneysIT {

    private static PortalTestStack stack;
    private static Arrange arrange;

    @BeforeAll
    static void startStack() throws Exception {
        Browser.requireInstalled();
        stack = PortalTestStack.get();
        arrange = new Arrange(stack);
    }

    @Test
    void theRegistrarFreezesOnAnOrderTheHolderAndThePublicSeeItFrozenThenItIsUnfrozenAndCancelledExOfficio() throws Exception {
        Registration registered = arrange.registered("杭州市地铁客流数据 " + UUID.randomUUID().toString().substring(0, 8),
                Arrange.dataset("freeze", 10));
        UUID id = registered.getRegistrationId();
        String order = "（2026）浙0106执保" + UUID.randomUUID().toString().substring(0, 4) + "号";
        try (Browser reviewer = new Browser(stack.portalUrl); Browser holder = new Browser(stack.portalUrl);
             Browser anyone = new Browser(stack.portalUrl)) {
            reviewer.signIn(PortalTestStack.REVIEWER);
            reviewer.open("/registrations/" + id);
            reviewer.submit(By.cssSelector("[data-testid=registrar-actions]"));
            assertThat(reviewer.text(By.tagName("h1"))).isEqualTo("登记机构处置");
            assertThat(reviewer.all(By.cssSelector("[data-testid=registrar-unfreeze]"))).as("nothing to unfreeze yet").isEmpty();
            assertThat(reviewer.accessibilityProblems()).as("registrar's actions").isEmpty();
            reviewer.type("freeze-reference", order);
            reviewer.type("freeze-authority", "杭州市西湖区人民法院");
            reviewer.find(By.id("freeze-order")).sendKeys(Arrange.evidenceFile("freeze-order").toAbsolutePath().toString());
            reviewer.type("freeze-reason", "依法院协助执行通知书冻结该数据资源持有权");
            reviewer.screenshot("registrar-freeze-form");
            reviewer.submit(By.cssSelector("[data-testid=registrar-freeze] button[type=submit]"));

            WebElement confirmation = reviewer.find(By.cssSelector("[data-testid=registrar-confirmation]"));
            assertThat(confirmation.getText()).contains("确认冻结", registered.getName(), order, "杭州市西湖区人民法院",
                    "依法院协助执行通知书冻结该数据资源持有权", "已登记");
            assertThat(reviewer.text(By.cssSelector("[data-testid=order-sha256]"))).matches("[0-9a-f]{64}");
            assertThat(new RegistrationsApi(stack.registryAs(PortalTestStack.HOLDER)).getRegistration(id).getStatus())
                    .as("nothing happens before the confirmation").isEqualTo(RegistrationStatus.REGISTERED);
            reviewer.screenshot("registrar-freeze-confirmation");
            assertThat(reviewer.accessibilityProblems()).as("confirmation").isEmpty();
            reviewer.submit(By.cssSelector("[data-testid=confirm-registrar-action]"));

            assertThat(reviewer.text(By.cssSelector("[data-testid=notice]"))).isEqualTo("登记已冻结。");
            assertThat(reviewer.text(By.cssSelector(".meta .status"))).isEqualTo("已冻结");
            assertThat(reviewer.text(By.cssSelector("[data-testid=timeline]"))).contains("冻结", "依法院协助执行通知书冻结该数据资源持有权", order);
            reviewer.screenshot("registrar-frozen-timeline");

            holder.signIn(PortalTestStack.HOLDER);
            holder.open("/registrations/" + id);
            assertThat(holder.text(By.cssSelector(".meta .status"))).as("the holder sees the freeze").isEqualTo("已冻结");
            assertThat(holder.text(By.cssSelector("[data-testid=timeline]"))).contains("依法院协助执行通知书冻结该数据资源持有权");
            assertThat(holder.all(By.cssSelector("form[action$='/filings/transfer']"))).as("no filing while frozen").isEmpty();
            holder.screenshot("holder-sees-frozen");
            holder.open("/registrations/" + id + "/review/registrar");
            assertThat(holder.text(By.tagName("h1"))).as("the registrar's actions are the registrar's").isEqualTo("无权访问");
            anyone.open("/verify/certificates/" + registered.getCertificate().getNumber());
            assertThat(anyone.text(By.cssSelector("[data-testid=verification]"))).as("the public sees the freeze").contains("已冻结");

            // lifting a freeze needs the order that imposed it: a wrong one is refused, and nothing changes
            reviewer.open("/registrations/" + id + "/review/registrar");
            assertThat(reviewer.text(By.cssSelector("[data-testid=orders]"))).contains(order);
            reviewer.type("unfreeze-reference", "（2026）浙0106执保0000号");
            reviewer.type("unfreeze-authority", "杭州市西湖区人民法院");
            reviewer.type("unfreeze-reason", "案件已审结，解除冻结");
            reviewer.submit(By.cssSelector("[data-testid=registrar-unfreeze] button[type=submit]"));
            reviewer.submit(By.cssSelector("[data-testid=confirm-registrar-action]"));
            assertThat(reviewer.text(By.cssSelector("[data-testid=problem]"))).contains("没有做任何更改");
            assertThat(reviewer.find(By.id("unfreeze-reason")).getAttribute("value")).as("the form keeps what was entered")
                    .isEqualTo("案件已审结，解除冻结");
            reviewer.screenshot("registrar-unfreeze-refused");
            reviewer.type("unfreeze-reference", order);
            reviewer.submit(By.cssSelector("[data-testid=registrar-unfreeze] button[type=submit]"));
            reviewer.submit(By.cssSelector("[data-testid=confirm-registrar-action]"));
            assertThat(reviewer.text(By.cssSelector("[data-testid=notice]"))).isEqualTo("登记已解冻。");
            assertThat(reviewer.text(By.cssSelector(".meta .status"))).isEqualTo("已登记");
            assertThat(reviewer.text(By.cssSelector("[data-testid=timeline]"))).contains("解冻", "案件已审结，解除冻结");
            holder.open("/registrations/" + id);
            assertThat(holder.text(By.cssSelector(".meta .status"))).isEqualTo("已登记");

            // going back from the confirmation changes nothing; then an ex officio cancellation, confirmed
            reviewer.open("/registrations/" + id + "/review/registrar");
            new Select(reviewer.find(By.id("ex-officio-cancellation-grounds"))).selectByValue("DATA_NO_LONGER_EXISTS");
            reviewer.type("ex-officio-cancellation-reason", "持有人报告原始数据已全部销毁");
            reviewer.submit(By.cssSelector("[data-testid=registrar-cancellation] button[type=submit]"));
            assertThat(reviewer.text(By.cssSelector("[data-testid=registrar-confirmation]"))).contains("确认依职权注销", "数据已不存在", "不可恢复");
            reviewer.submit(By.linkText("返回修改，不做任何处置"));
            assertThat(reviewer.text(By.cssSelector(".meta .status"))).isEqualTo("已登记");
            new Select(reviewer.find(By.id("ex-officio-cancellation-grounds"))).selectByValue("DATA_NO_LONGER_EXISTS");
            reviewer.type("ex-officio-cancellation-reason", "持有人报告原始数据已全部销毁");
            reviewer.submit(By.cssSelector("[data-testid=registrar-cancellation] button[type=submit]"));
            reviewer.submit(By.cssSelector("[data-testid=confirm-registrar-action]"));
            assertThat(reviewer.text(By.cssSelector("[data-testid=notice]"))).isEqualTo("登记已依职权注销。");
            assertThat(reviewer.text(By.cssSelector(".meta .status"))).isEqualTo("已注销");
            assertThat(reviewer.text(By.cssSelector("[data-testid=timeline]"))).contains("注销", "持有人报告原始数据已全部销毁");
            anyone.open("/verify/certificates/" + registered.getCertificate().getNumber());
            assertThat(anyone.text(By.cssSelector("[data-testid=verification]"))).contains("已注销");
            anyone.screenshot("public-verification-cancelled");
        }
    }

    @Test
    void aHolderFilesATransferTheRegistrarApprovesItThenCorrectsTheRecordAndRevokesIt() throws Exception {
        Registration registered = arrange.registered("杭州市共享单车骑行数据 " + UUID.randomUUID().toString().substring(0, 8),
                Arrange.dataset("transfer", 10));
        UUID id = registered.getRegistrationId();
        try (Browser holder = new Browser(stack.portalUrl); Browser reviewer = new Browser(stack.portalUrl);
             Browser anyone = new Browser(stack.portalUrl)) {
            holder.signIn(PortalTestStack.HOLDER);
            holder.open("/registrations/" + id);
            new Select(holder.find(By.id("transfer-right"))).selectByValue("HOLDING");
            holder.type("transfer-org", "org-sz");
            holder.type("transfer-name", "深圳市城市交通数据公司");
            holder.type("transfer-reason", "数据资源持有权整体转让");
            holder.find(By.id("transfer-contract")).sendKeys(Arrange.evidenceFile("transfer-contract").toAbsolutePath().toString());
            holder.submit(By.cssSelector("form[action$='/filings/transfer'] button"));
            assertThat(holder.text(By.cssSelector("[data-testid=filing]"))).contains("转让登记", "待审查");

            reviewer.signIn(PortalTestStack.REVIEWER);
            reviewer.open("/registrations/" + id);
            reviewer.find(By.cssSelector("[data-testid=filing] form[action$='/approval'] textarea")).sendKeys("转让合同真实有效，准予转让登记");
            reviewer.submit(By.cssSelector("[data-testid=filing] form[action$='/approval'] button"));
            assertThat(reviewer.text(By.cssSelector("[data-testid=filing]"))).contains("已批准", "转让合同真实有效");
            assertThat(reviewer.text(By.cssSelector("[data-testid=registration-rights]"))).contains("深圳市城市交通数据公司");
            assertThat(reviewer.text(By.cssSelector("[data-testid=timeline]"))).contains("权利转让");
            reviewer.screenshot("registrar-transfer-approved");
            anyone.open("/verify/certificates/" + registered.getCertificate().getNumber());
            assertThat(anyone.text(By.cssSelector("[data-testid=verification]"))).contains("已转让");

            reviewer.open("/registrations/" + id + "/review/registrar");
            reviewer.type("correction-frequency", "每小时");
            reviewer.type("ex-officio-correction-reason", "登记时误录更新频率");
            reviewer.submit(By.cssSelector("[data-testid=registrar-correction] button[type=submit]"));
            WebElement corrections = reviewer.find(By.cssSelector("[data-testid=corrections]"));
            assertThat(corrections.getText()).contains("更新频率", "每小时").doesNotContain("名称");
            reviewer.screenshot("registrar-correction-confirmation");
            reviewer.submit(By.cssSelector("[data-testid=confirm-registrar-action]"));
            assertThat(reviewer.text(By.cssSelector("[data-testid=notice]"))).isEqualTo("登记已依职权更正。");
            assertThat(reviewer.text(By.cssSelector("[data-testid=timeline]"))).contains("登记更正", "登记时误录更新频率");

            reviewer.open("/registrations/" + id + "/review/registrar");
            new Select(reviewer.find(By.id("revocation-grounds"))).selectByValue("FRAUD");
            reviewer.type("revocation-reason", "经查，来源授权书系伪造");
            reviewer.submit(By.cssSelector("[data-testid=registrar-revocation] button[type=submit]"));
            assertThat(reviewer.text(By.cssSelector("[data-testid=registrar-confirmation]"))).contains("确认撤销", "欺诈");
            reviewer.submit(By.cssSelector("[data-testid=confirm-registrar-action]"));
            assertThat(reviewer.text(By.cssSelector(".meta .status"))).isEqualTo("已撤销");
            assertThat(reviewer.text(By.cssSelector("[data-testid=timeline]"))).contains("撤销", "经查，来源授权书系伪造");
            reviewer.open("/registrations/" + id + "/review/registrar");
            assertThat(reviewer.text(By.cssSelector("[data-testid=no-registrar-action]"))).contains("没有可执行的处置");
            anyone.open("/verify/certificates/" + registered.getCertificate().getNumber());
            assertThat(anyone.text(By.cssSelector("[data-testid=verification]"))).contains("已撤销");
            anyone.screenshot("public-verification-revoked");
        }
    }

    @Test
    void aRegulatorVerifiesAConsistencyProofInTheBrowserAndATamperedOneIsRefused() throws Exception {
        arrange.inNotice("一致性核验数据集 " + UUID.randomUUID().toString().substring(0, 8), Arrange.dataset("consistency", 10));
        try (Browser regulator = new Browser(stack.portalUrl)) {
            regulator.signIn(PortalTestStack.REGULATOR);
            List<Long> sizes = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                regulator.open("/audit/checkpoints");
                return regulator.all(By.cssSelector("[data-testid=checkpoint] h2 a")).stream()
                        .map(a -> Long.parseLong(a.getAttribute("href").replaceFirst(".*/", ""))).toList();
            }, found -> found.size() >= 2);
            // an older size that is not a power of two takes the proof's general path
            long older = sizes.stream().filter(s -> Long.bitCount(s) > 1).findFirst().orElse(sizes.get(0));
            long newer = sizes.get(sizes.size() - 1);
            assertThat(newer).isGreaterThan(older);

            regulator.open("/audit/checkpoints/" + older);
            assertThat(regulator.text(By.tagName("h1"))).isEqualTo("大小为 " + older + " 的检查点");
            assertThat(regulator.text(By.cssSelector("[data-testid=checkpoint-note]"))).startsWith("datadeed.test/ledger\n" + older + "\n");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                regulator.open("/audit/checkpoints/" + older);
                return !regulator.all(By.cssSelector("[data-testid=anchor-transaction]")).isEmpty()
                        && !regulator.all(By.cssSelector("[data-testid=cosignature]")).isEmpty();
            });
            assertThat(regulator.text(By.cssSelector("[data-testid=anchor-transaction]"))).isNotBlank();
            regulator.screenshot("regulator-checkpoint-detail");
            assertThat(regulator.accessibilityProblems()).as("checkpoint").isEmpty();

            regulator.type("consistency-to", Long.toString(newer));
            regulator.submit(By.cssSelector("[data-testid=open-consistency]"));
            assertThat(regulator.text(By.tagName("h1"))).isEqualTo("从大小 " + older + " 到大小 " + newer + " 的一致性证明");
            assertThat(regulator.all(By.cssSelector("[data-testid=consistency-path] li"))).isNotEmpty();
            regulator.click(By.cssSelector("[data-testid=verify-consistency]"));
            regulator.waitForText(By.cssSelector("[data-testid=consistency-summary]"), "核验通过");
            assertThat(regulator.all(By.cssSelector("[data-testid=consistency-results] li.ok"))).hasSize(3);
            regulator.screenshot("regulator-consistency-verified-in-browser");
            assertThat(regulator.accessibilityProblems()).as("consistency proof").isEmpty();

            // one hash of the proof altered in the page: the browser refuses it
            regulator.driver.executeScript("""
                    const data = document.getElementById('consistency-data');
                    const proof = JSON.parse(data.textContent);
                    proof.path[0] = (proof.path[0][0] === '0' ? '1' : '0') + proof.path[0].slice(1);
                    data.textContent = JSON.stringify(proof);
                    const shown = document.querySelector('[data-testid=consistency-path] li');
                    shown.textContent = proof.path[0]; shown.className = 'failed';""");
            regulator.click(By.cssSelector("[data-testid=verify-consistency]"));
            regulator.waitForText(By.cssSelector("[data-testid=consistency-summary]"), "核验未通过");
            assertThat(regulator.find(By.cssSelector("[data-testid=consistency-results] li[data-check=consistency]"))
                    .getAttribute("class")).isEqualTo("failed");
            assertThat(regulator.all(By.cssSelector("[data-testid=consistency-results] li.ok"))).as("both checkpoints still verify")
                    .hasSize(2);
            regulator.screenshot("regulator-consistency-tampered-refused");

            // the newer checkpoint's root altered: its signature no longer holds, nor does the proof
            regulator.open("/audit/consistency?from=" + older + "&to=" + newer);
            regulator.driver.executeScript("""
                    const data = document.getElementById('consistency-data');
                    const proof = JSON.parse(data.textContent);
                    const lines = proof.toCheckpoint.split('\\n');
                    lines[2] = (lines[2][0] === 'A' ? 'B' : 'A') + lines[2].slice(1);
                    proof.toCheckpoint = lines.join('\\n');
                    data.textContent = JSON.stringify(proof);""");
            regulator.click(By.cssSelector("[data-testid=verify-consistency]"));
            regulator.waitForText(By.cssSelector("[data-testid=consistency-summary]"), "核验未通过");
            assertThat(regulator.find(By.cssSelector("[data-testid=consistency-results] li[data-check=toCheckpoint]"))
                    .getAttribute("class")).isEqualTo("failed");

            // the algorithm against FORMAT.md §9.2's worked example (2 → 3) and a wrong root
            Object vector = regulator.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const P = DataDeedProof, C = DataDeedConsistency;
                    const proof = [P.fromHex('daf0fbf5c2c79b1a40ccb987514cf876722bfbb2a7af329a0782b9e8abb374af')];
                    const root2 = P.fromHex('c94751d310b90927c3d1a650e1971e36afdb5f70b6efd19fe7ed7a14eb55dbf3');
                    const root3 = P.fromHex('b88bef3217910fdd4bdc7c56d6d08f10d272af39d548397d40a53d492c264618');
                    Promise.all([C.verifyProof(2, 3, proof, root2, root3), C.verifyProof(2, 3, proof, root3, root3),
                                 C.verifyProof(1, 3, proof, root2, root3)]).then(done, e => done(String(e)));""");
            assertThat(vector).isEqualTo(List.of(true, false, false));
        }
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAndOneThatCannotBeLeadsThroughSignInBackToThePage() throws Exception {
        UUID draft = arrange.draftWithEvidence("令牌过期演示数据集 " + UUID.randomUUID().toString().substring(0, 8),
                Arrange.dataset("token", 10)).getRegistrationId();
        DevAuthProperties.User person = PortalTestStack.HOLDER;
        try (Browser holder = new Browser(stack.portalUrl)) {
            holder.signIn(person);
            holder.open("/registrations");
            assertThat(holder.text(By.tagName("h1"))).isEqualTo("登记簿");

            // the access token has expired; the refresh token is good: the portal renews it before calling the registry
            String expired = "expired-" + UUID.randomUUID();
            replaceToken(person, expired, storedClient(person).getRefreshToken());
            holder.open("/registrations/" + draft);
            assertThat(holder.text(By.cssSelector(".meta .status"))).as("the page, not an error").isEqualTo("草稿");
            OAuth2AuthorizedClient renewed = storedClient(person);
            assertThat(renewed.getAccessToken().getTokenValue()).isNotEqualTo(expired);
            assertThat(renewed.getAccessToken().getExpiresAt()).isAfter(Instant.now());
            holder.screenshot("session-token-refreshed");

            // expired, and no refresh token at all: through the authorization server (its session is alive) and back
            replaceToken(person, "expired-" + UUID.randomUUID(), null);
            holder.open("/registrations/" + draft);
            assertThat(holder.text(By.cssSelector(".meta .status"))).isEqualTo("草稿");
            assertThat(storedClient(person).getAccessToken().getExpiresAt()).isAfter(Instant.now());

            // neither can be renewed, and the authorization server's own session is gone too: sign in, then the same page
            replaceToken(person, "expired-" + UUID.randomUUID(), new OAuth2RefreshToken("revoked-" + UUID.randomUUID(), Instant.now()));
            holder.driver.manage().deleteCookieNamed("JSESSIONID");
            holder.open("/registrations?q=" + "令牌过期演示");
            holder.screenshot("session-sign-in-again");
            holder.fillLogin(person);
            assertThat(holder.driver.getCurrentUrl()).startsWith(stack.portalUrl + "/registrations?q=");
            assertThat(holder.text(By.tagName("h1"))).isEqualTo("登记簿");
            assertThat(holder.text(By.cssSelector("[data-testid=registrations]"))).contains("令牌过期演示数据集");
            holder.screenshot("session-back-on-the-page");

            // the same during a form: after signing in, back on the form's page, and the form was not sent
            holder.open("/registrations/" + draft);
            replaceToken(person, "expired-" + UUID.randomUUID(), new OAuth2RefreshToken("revoked-" + UUID.randomUUID(), Instant.now()));
            holder.driver.manage().deleteCookieNamed("JSESSIONID");
            holder.click(By.cssSelector("[data-testid=submit-application]"));
            holder.fillLogin(person);
            assertThat(holder.driver.getCurrentUrl()).startsWith(stack.portalUrl + "/registrations/" + draft);
            assertThat(holder.text(By.cssSelector(".meta .status"))).isEqualTo("草稿");
            assertThat(holder.all(By.cssSelector("[data-testid=problem]"))).isEmpty();
        }
        assertThat(new RegistrationsApi(stack.registryAs(person)).getRegistration(draft).getStatus())
                .isEqualTo(RegistrationStatus.DRAFT);
    }

    /** The portal's record of the person's tokens (the portal keeps them in memory, per person). */
    private static OAuth2AuthorizedClient storedClient(DevAuthProperties.User person) {
        OAuth2AuthorizedClient client = stack.portal.getBean(OAuth2AuthorizedClientService.class)
                .loadAuthorizedClient("datadeed", person.username());
        assertThat(client).as("the portal holds %s's tokens", person.username()).isNotNull();
        return client;
    }

    /** Makes the portal's access token for the person one that expired an hour ago (and is not a token at all). */
    private static void replaceToken(DevAuthProperties.User person, String accessToken, OAuth2RefreshToken refreshToken) {
        OAuth2AuthorizedClient current = storedClient(person);
        Instant now = Instant.now();
        OAuth2AccessToken expired = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken,
                now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), current.getAccessToken().getScopes());
        stack.portal.getBean(OAuth2AuthorizedClientService.class).saveAuthorizedClient(new OAuth2AuthorizedClient(
                        stack.portal.getBean(ClientRegistrationRepository.class).findByRegistrationId("datadeed"),
                        person.username(), expired, refreshToken),
                new UsernamePasswordAuthenticationToken(person.username(), null));
    }
}
