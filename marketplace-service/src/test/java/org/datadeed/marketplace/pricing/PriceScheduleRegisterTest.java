package org.datadeed.marketplace.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.marketplace.pricing.Fixtures.CREDIT_API;
import static org.datadeed.marketplace.pricing.Fixtures.day;
import static org.datadeed.marketplace.pricing.Fixtures.filing;
import static org.datadeed.marketplace.pricing.Fixtures.perCall;

import org.junit.jupiter.api.Test;

class PriceScheduleRegisterTest {

    private final CeilingRegister ceilings = CeilingRegister.empty(CREDIT_API)
            .with(filing(CREDIT_API, "F-1", perCall("0.30"), "2025-01-01", "2025-02-01"));
    private final PriceScheduleRegister empty = PriceScheduleRegister.empty(CREDIT_API);

    @Test
    void aScheduleAboveTheCeilingIsRefused() {
        assertThatThrownBy(() -> empty.propose(perCall("0.31"), "desk", day("2025-02-01"), day("2025-02-01"), ceilings))
                .isInstanceOfSatisfying(PricingRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(PricingRule.PRICE_ABOVE_CEILING);
                    assertThat(e.rule().code()).isEqualTo("price-above-ceiling");
                });
    }

    @Test
    void aScheduleWithinTheCeilingIsNumberedAndRecorded() {
        PriceSchedule v1 = empty.propose(perCall("0.28"), "desk", day("2025-02-01"), day("2025-02-01"), ceilings);
        PriceScheduleRegister register = empty.with(v1);
        PriceSchedule v2 = register.propose(perCall("0.26"), "desk", day("2025-03-01"), day("2025-04-01"), ceilings);

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(empty.versions()).isEmpty();
        assertThat(register.with(v2).versions()).containsExactly(v1, v2);
    }

    @Test
    void aScheduleIsCheckedAgainstTheCeilingInForceWhenItTakesEffect() {
        CeilingRegister lowered = ceilings.with(filing(CREDIT_API, "F-2", perCall("0.20"), "2025-03-01", "2025-06-01"));

        assertThat(empty.propose(perCall("0.28"), "desk", day("2025-03-01"), day("2025-05-01"), lowered).version())
                .isEqualTo(1);
        assertThatThrownBy(() -> empty.propose(perCall("0.28"), "desk", day("2025-03-01"), day("2025-06-01"), lowered))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.PRICE_ABOVE_CEILING));
    }

    @Test
    void aScheduleNeedsACeilingInForce() {
        assertThatThrownBy(() -> empty.propose(perCall("0.10"), "desk", day("2025-01-01"), day("2025-01-15"), ceilings))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.NO_CEILING_IN_FORCE));
    }

    @Test
    void aScheduleCannotTakeEffectBeforeItIsSet() {
        assertThatThrownBy(() -> empty.propose(perCall("0.10"), "desk", day("2025-03-01"), day("2025-02-15"), ceilings))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.RETROACTIVE_EFFECTIVE_DATE));
    }

    @Test
    void aNewScheduleVersionSupersedesFromItsEffectiveDate() {
        PriceSchedule v1 = empty.propose(perCall("0.28"), "desk", day("2025-02-01"), day("2025-02-01"), ceilings);
        PriceScheduleRegister one = empty.with(v1);
        PriceSchedule v2 = one.propose(perCall("0.26"), "desk", day("2025-03-01"), day("2025-04-01"), ceilings);
        PriceScheduleRegister register = one.with(v2);

        assertThat(register.inForceAt(day("2025-03-31"))).contains(v1);
        assertThat(register.inForceAt(day("2025-04-01"))).contains(v2);
        assertThat(register.version(1)).contains(v1);
        assertThat(register.timeline()).containsExactly(new InForce<>(v1, day("2025-02-01"), day("2025-04-01")),
                new InForce<>(v2, day("2025-04-01"), null));
    }

    @Test
    void versionsAreRecordedInSequence() {
        PriceSchedule v1 = empty.propose(perCall("0.28"), "desk", day("2025-02-01"), day("2025-02-01"), ceilings);

        assertThatThrownBy(() -> empty.with(v1).with(v1))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.DUPLICATE_RECORD));
    }

    @Test
    void aLowerFilingShowsTheScheduleItConflictsWith() {
        PriceScheduleRegister register = empty.with(
                empty.propose(perCall("0.28"), "desk", day("2025-02-01"), day("2025-02-01"), ceilings));
        CeilingRegister lowered = ceilings.with(filing(CREDIT_API, "F-2", perCall("0.20"), "2025-03-01", "2025-06-01"));

        assertThat(register.conflictsWith(ceilings)).isEmpty();
        assertThat(register.conflictsWith(lowered)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(PricingRule.PRICE_ABOVE_CEILING);
            assertThat(v.detail()).contains("schedule v1", "filing F-2", day("2025-06-01").toString());
        });
    }
}
