package org.datadeed.local;

import java.util.ArrayList;
import java.util.List;

import org.datadeed.devauth.DevAuthProperties;

/**
 * The people and OAuth2 clients of the local stack: a user for every role and organisation, the portal and CLI
 * clients, and a client-credentials API client per role for scripts. Their passwords and secrets are not here:
 * they come from {@link Credentials}.
 */
public final class DemoDirectory {

    /** A person who signs in with authorization code + PKCE. */
    public record DemoUser(String username, String name, String organisation, String role) {
        public String passwordKey() {
            return "user." + username + ".password";
        }
    }

    /**
     * An OAuth2 client.
     *
     * @param name for an API client, its organisation's name: the services record it as the acting party's name
     *             (a holder's name on the public notice board, for one)
     * @param confidential whether it has a secret; a public client (the CLI) relies on PKCE alone
     * @param organisation for client-credentials clients: the organisation its tokens act for
     * @param role for client-credentials clients: the role its tokens carry
     */
    public record DemoClient(String clientId, String name, boolean confidential, List<String> grantTypes,
                             List<String> redirectUris, List<String> postLogoutRedirectUris,
                             String organisation, String role) {
        public String secretKey() {
            return "client." + clientId + ".secret";
        }

        public boolean apiClient() {
            return grantTypes.contains("client_credentials");
        }
    }

    public static final String HZ_BIGDATA = "org-hz-bigdata";
    public static final String SZ_TRANSIT = "org-sz-transit";
    public static final String REGISTRAR = "org-registrar";
    public static final String ENTERPRISE_A = "org-ent-a";
    public static final String OPERATOR = "org-public-data-operator";
    public static final String REGULATOR = "org-regulator";

    /** The organisations' registered names, issued in every token as {@code org_name}. */
    public static final java.util.Map<String, String> ORGANISATION_NAMES = java.util.Map.of(
            HZ_BIGDATA, "杭州城市大数据公司",
            SZ_TRANSIT, "深圳市城市交通数据公司",
            REGISTRAR, "数据产权登记中心",
            ENTERPRISE_A, "杭州智行科技有限公司",
            OPERATOR, "公共数据授权运营单位",
            REGULATOR, "数据主管部门");

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("hz-data", "杭州城市大数据公司", HZ_BIGDATA, "HOLDER"),
            new DemoUser("sz-data", "深圳市城市交通数据公司", SZ_TRANSIT, "HOLDER"),
            new DemoUser("registrar", "数据产权登记中心 审查员", REGISTRAR, "REVIEWER"),
            new DemoUser("ent-a", "杭州智行科技有限公司", ENTERPRISE_A, "ENTERPRISE"),
            new DemoUser("operator", "公共数据授权运营单位", OPERATOR, "OPERATOR"),
            new DemoUser("regulator", "数据主管部门 监管处", REGULATOR, "REGULATOR"));

    public static final String PORTAL_REDIRECT = "http://localhost:8080/login/oauth2/code/datadeed";
    public static final String CLI_REDIRECT = "http://127.0.0.1:8765/callback";

    public static final List<DemoClient> CLIENTS = List.of(
            new DemoClient("portal", "DataDeed 门户", true, List.of("authorization_code", "refresh_token"),
                    List.of(PORTAL_REDIRECT), List.of("http://localhost:8080/"), null, null),
            new DemoClient("datadeed-cli", "DataDeed 命令行", false, List.of("authorization_code"),
                    List.of(CLI_REDIRECT), List.of(), null, null),
            new DemoClient("enterprise-a-api", "杭州智行科技有限公司", true, List.of("client_credentials"),
                    List.of(), List.of(), ENTERPRISE_A, "ENTERPRISE"),
            new DemoClient("holder-hz-api", "杭州城市大数据公司", true, List.of("client_credentials"),
                    List.of(), List.of(), HZ_BIGDATA, "HOLDER"),
            new DemoClient("holder-sz-api", "深圳市城市交通数据公司", true, List.of("client_credentials"),
                    List.of(), List.of(), SZ_TRANSIT, "HOLDER"),
            new DemoClient("registrar-api", "数据产权登记中心", true, List.of("client_credentials"),
                    List.of(), List.of(), REGISTRAR, "REVIEWER"),
            new DemoClient("operator-api", "公共数据授权运营单位", true, List.of("client_credentials"),
                    List.of(), List.of(), OPERATOR, "OPERATOR"),
            new DemoClient("regulator-api", "数据主管部门", true, List.of("client_credentials"),
                    List.of(), List.of(), REGULATOR, "REGULATOR"));

    private DemoDirectory() {
    }

    /** Every credential the directory needs: one password per user, one secret per confidential client. */
    public static List<String> credentialKeys() {
        List<String> keys = new ArrayList<>();
        USERS.forEach(user -> keys.add(user.passwordKey()));
        CLIENTS.stream().filter(DemoClient::confidential).forEach(client -> keys.add(client.secretKey()));
        return keys;
    }

    public static DemoClient client(String clientId) {
        return CLIENTS.stream().filter(client -> client.clientId().equals(clientId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo client " + clientId));
    }

    public static List<DevAuthProperties.User> users(Credentials credentials) {
        return USERS.stream()
                .map(user -> new DevAuthProperties.User(user.username(), credentials.get(user.passwordKey()), user.name(),
                        user.organisation(), List.of(user.role())))
                .toList();
    }

    public static List<DevAuthProperties.Client> clients(Credentials credentials) {
        return CLIENTS.stream()
                .map(client -> new DevAuthProperties.Client(client.clientId(),
                        client.confidential() ? credentials.get(client.secretKey()) : null, client.name(),
                        client.grantTypes(), client.redirectUris(), client.postLogoutRedirectUris(),
                        client.organisation(), client.role() == null ? List.of() : List.of(client.role())))
                .toList();
    }
}
