package org.datadeed.registry.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class RegistryPropertiesTest {

    static RegistryProperties properties(String verificationUrl) {
        return new RegistryProperties("ZJ", "DDR", "https://registry.example", verificationUrl, List.of(),
                ZoneId.of("Asia/Shanghai"), null, null);
    }

    @Test
    void aCertificatesQrCodeOpensTheConfiguredVerificationPage() {
        assertThat(properties("https://portal.example/verify/certificates/{number}").verificationUrlOf("ZJ-DDR-2026-DR-000001-K"))
                .isEqualTo("https://portal.example/verify/certificates/ZJ-DDR-2026-DR-000001-K");
    }

    @Test
    void withoutAPageItOpensThePublicApisVerification() {
        assertThat(properties(null).verificationUrlOf("ZJ-DDR-2026-DR-000001-K"))
                .isEqualTo("https://registry.example/api/v1/public/certificates/ZJ-DDR-2026-DR-000001-K");
    }
}
