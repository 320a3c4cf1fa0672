package io.purser.workspace;

/**
 * A brand's triage rule as stored; {@code valid} false, with the reason, for one stored before
 * today's checks.
 */
public record BrandRuleView(
    long id,
    String name,
    String match,
    String pattern,
    String action,
    String value,
    boolean valid,
    String invalidBecause) {

  static BrandRuleView of(BrandRules.StoredRule stored) {
    var r = stored.row();
    return new BrandRuleView(
        stored.id(),
        r.name(),
        r.match(),
        r.pattern(),
        r.action(),
        r.value(),
        stored.valid(),
        stored.invalidBecause());
  }
}
