package org.datadeed.marketplace.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.marketplace.pricing.Fixtures.AUTHORITY;
import static org.datadeed.marketplace.pricing.Fixtures.CREDIT_API;
import static org.datadeed.marketplace.pricing.Fixtures.LOGISTICS_INDEX;
import static org.datadeed.marketplace.pricing.Fixtures.day;
import static org.datadeed.marketplace.pricing.Fixtures.filing;
import static org.datadeed.marketplace.pricing.Fixtures.perCall;

import org.junit.jupiter.api.Test;

class CeilingRegisterTest {

    private final CeilingFiling first = filing(CREDIT_API, "F-1", perCall("0.30"), "2025-01-01", "2025-02-01");
    private final CeilingFiling second = filing(CREDIT_API, "F-2", perCall("0.25"), "2025-05-10", "2025-06-01");

    @Test
    void aNewFilingSupersedesFromItsEffectiveDate() {
        CeilingRegister register = CeilingRegister.empty(CREDIT_API).with(first).with(second);

        assertThat(register.inForceAt(day("2025-01-31"))).isEmpty();
        assertThat(register.inForceAt(day("2025-02-01"))).contains(first);
        assertThat(register.inForceAt(day("2025-05-31"))).contains(first);
        assertThat(register.inForceAt(day("2025-06-01"))).contains(second);
        assertThat(register.inForceAt(day("2030-01-01"))).contains(second);
    }

    @Test
    void historyIsKeptAfterSupersession() {
        CeilingRegister register = CeilingRegister.empty(CREDIT_API).with(first).with(second);

        assertThat(register.history()).containsExactly(first, second);
        assertThat(register.find(FilingId.of("F-1"))).contains(first);
        assertThat(register.timeline()).containsExactly(
                new InForce<>(first, day("2025-02-01"), day("2025-06-01")),
                new InForce<>(second, day("2025-06-01"), null));
    }

    @Test
    void aLaterFilingWithAnEarlierEffectiveDateSupersedesTheEarlierFilingEntirely() {
        CeilingFiling early = filing(CREDIT_API, "F-1", perCall("0.30"), "2025-01-01", "2025-03-01");
        CeilingFiling sooner = filing(CREDIT_API, "F-2", perCall("0.28"), "2025-02-01", "2025-02-10");
        CeilingRegister register = CeilingRegister.empty(CREDIT_API).with(early).with(sooner);

        assertThat(register.inForceAt(day("2025-02-10"))).contains(sooner);
        assertThat(register.inForceAt(day("2025-03-05"))).contains(sooner);
    }

    @Test
    void aTrialFeeStandardNeedsItsOwnExpiry() {
        assertThatThrownBy(() -> new CeilingFiling(FilingId.of("T-1"), CREDIT_API, perCall("0.35"), AUTHORITY,
                day("2025-01-01"), day("2025-01-01"), null, true))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.TRIAL_WITHOUT_EXPIRY));

        CeilingFiling trial = CeilingFiling.trial(FilingId.of("T-1"), CREDIT_API, perCall("0.35"), AUTHORITY,
                day("2025-01-01"), day("2025-01-01"), day("2026-01-01"));
        assertThat(trial.trial()).isTrue();
        assertThat(trial.expiry()).contains(day("2026-01-01"));
    }

    @Test
    void anExpiredTrialLeavesNoCeilingInForceAndTheSupersededFilingDoesNotRevive() {
        CeilingFiling trial = CeilingFiling.trial(FilingId.of("T-1"), CREDIT_API, perCall("0.35"), AUTHORITY,
                day("2025-03-01"), day("2025-03-01"), day("2025-09-01"));
        CeilingRegister register = CeilingRegister.empty(CREDIT_API).with(first).with(trial);

        assertThat(register.inForceAt(day("2025-08-31"))).contains(trial);
        assertThat(register.inForceAt(day("2025-09-01"))).isEmpty();
        assertThatThrownBy(() -> register.requireInForceAt(day("2025-09-01")))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.NO_CEILING_IN_FORCE));
        assertThat(register.timeline()).extracting(InForce::item).containsExactly(first, trial);
    }

    @Test
    void aFilingCannotTakeEffectBeforeItIsFiled() {
        assertThatThrownBy(() -> filing(CREDIT_API, "F-9", perCall("0.30"), "2025-03-01", "2025-02-01"))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.RETROACTIVE_EFFECTIVE_DATE));
    }

    @Test
    void filingsAreRecordedInTheOrderFiledOnceAndForTheirOwnProduct() {
        CeilingRegister register = CeilingRegister.empty(CREDIT_API).with(second);

        assertThat(register.check(first)).extracting(Violation::rule)
                .containsExactly(PricingRule.RECORDED_OUT_OF_ORDER);
        assertThat(register.check(second)).extracting(Violation::rule).containsExactly(PricingRule.DUPLICATE_RECORD);
        assertThat(register.check(filing(LOGISTICS_INDEX, "L-1", perCall("1"), "2025-07-01", "2025-07-01")))
                .extracting(Violation::rule).containsExactly(PricingRule.WRONG_PRODUCT);
        assertThatThrownBy(() -> register.with(first)).isInstanceOf(PricingRefusedException.class);
    }
}
