/**
 * Regulated pricing of public-data authorised operation, after the 2025 price formation notice: plain Java, no
 * Spring, no Axon, no persistence, only the JDK.
 *
 * <p>The three layers and where each lives:
 * <ol>
 *   <li>The price and data authorities set the operator's <b>maximum permitted revenue</b> per period:
 *       {@link org.datadeed.marketplace.pricing.MarCalculation} (operating cost from the
 *       {@link org.datadeed.marketplace.pricing.CostLedger}, plus permitted profit, plus taxes, minus the excess
 *       revenue carried over from the previous period), tracked against recognised revenue by
 *       {@link org.datadeed.marketplace.pricing.MarTracker}.</li>
 *   <li>Within it the authorising body <b>files a ceiling per product</b>:
 *       {@link org.datadeed.marketplace.pricing.CeilingFiling}, kept with its history in a
 *       {@link org.datadeed.marketplace.pricing.CeilingRegister}.</li>
 *   <li>The operator sets the <b>actual price</b>, never above the ceiling:
 *       {@link org.datadeed.marketplace.pricing.PriceSchedule} versions in a
 *       {@link org.datadeed.marketplace.pricing.PriceScheduleRegister}, checked by
 *       {@link org.datadeed.marketplace.pricing.CeilingCompliance}.</li>
 * </ol>
 * {@link org.datadeed.marketplace.pricing.QuoteEngine} turns a request into an itemised
 * {@link org.datadeed.marketplace.pricing.Quote} that cannot be constructed above the ceiling, and
 * {@link org.datadeed.marketplace.pricing.AnnualOperatingReport} compiles the year's report and public disclosure.
 *
 * <p>Every type is immutable; every operation is a pure function of its arguments (time is always passed in).
 * A broken pricing rule is refused with a {@link org.datadeed.marketplace.pricing.PricingRefusedException} naming
 * the {@link org.datadeed.marketplace.pricing.PricingRule}; malformed values (negative money, null) are refused with
 * {@link java.lang.IllegalArgumentException} or {@link java.lang.NullPointerException}. The rounding, apportionment
 * and discount rules are written down in {@code docs/pricing.md}.
 */
package org.datadeed.marketplace.pricing;
