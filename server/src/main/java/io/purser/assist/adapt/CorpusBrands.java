package io.purser.assist.adapt;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The brands of the starter corpus, taken out of its replies so that a suggestion never speaks for
 * another airline: the answering airline's names become {@code {brand}} (filled with the
 * workspace's own name), and its programmes, lounges, status tiers and vanity phone numbers become
 * the variables an agent fills as in a saved reply ({@code {loyalty_program}}, {@code {lounge}},
 * {@code {status}}, {@code {phone}}); Avios become points. Another corpus airline named in a reply
 * stays: it is a partner there ("have you spoken to AA as the last carrier?").
 */
public final class CorpusBrands {

  /** The variable for the workspace's brand name. */
  public static final String BRAND = "{brand}";

  /** The answering airline's names, by the corpus's airline ids. */
  private static final Map<String, Pattern> NAMES =
      Map.of(
          "Delta", Pattern.compile("\\bDelta(?: Air ?Lines)?\\b"),
          "AmericanAir",
              Pattern.compile(
                  "\\bAmerican Airlines\\b|\\bAmerican(?=(?:'s)? (?:has|is|does|doesn't|will|won't"
                      + "|can|can't|cannot|flights?|Eagle|team|agents?|app|website|policy"
                      + "|customers?|counter|gates?|staff)\\b)|\\bAA\\b(?!\\s?\\d)(?!\\.com)"),
          "British_Airways", Pattern.compile("\\bBritish Airways\\b|\\bBA\\b(?!\\s?\\d)(?!\\.com)"),
          "SouthwestAir", Pattern.compile("\\bSouthwest(?: Airlines)?\\b|\\bSWA\\b"));

  /** How the workspace of each corpus airline names itself, for evaluating on the corpus. */
  private static final Map<String, String> DISPLAY_NAMES =
      Map.of(
          "Delta", "Delta",
          "AmericanAir", "American Airlines",
          "British_Airways", "British Airways",
          "SouthwestAir", "Southwest");

  private record Product(Pattern pattern, String replacement) {}

  /** Any corpus airline's own products, replaced before its names (they contain them). */
  private static final List<Product> PRODUCTS =
      List.of(
          new Product(
              Pattern.compile("\\b1-800-I-FLY-SWA\\b", Pattern.CASE_INSENSITIVE), "{phone}"),
          new Product(
              Pattern.compile(
                  "\\b(?:(?:Delta )?SkyMiles|AAdvantage|(?:Southwest )?Rapid Rewards"
                      + "|(?:BA |British Airways )?Executive Club)\\b"),
              "{loyalty_program}"),
          new Product(
              Pattern.compile("\\b(?:Delta )?Sky ?Clubs?\\b|\\bAdmirals Clubs?\\b"), "{lounge}"),
          new Product(
              Pattern.compile("\\b(?:(?:Silver|Gold|Platinum|Diamond) )?Medallions\\b"),
              "{status} members"),
          new Product(
              Pattern.compile(
                  "\\b(?:(?:Silver|Gold|Platinum|Diamond) )?Medallion\\b|\\bA-List(?: Preferred)?\\b"),
              "{status}"),
          new Product(Pattern.compile("\\bAvios\\b"), "points"));

  private CorpusBrands() {}

  /**
   * The reply with its airline's names and products taken out.
   *
   * @param airline the corpus's id of the airline that answered ({@code Delta}, {@code
   *     AmericanAir}, {@code British_Airways}, {@code SouthwestAir}); another id changes products
   *     only
   */
  public static String neutral(String airline, String reply) {
    String text = reply;
    for (Product product : PRODUCTS) {
      text = product.pattern().matcher(text).replaceAll(product.replacement());
    }
    Pattern names = NAMES.get(airline);
    return names == null ? text : names.matcher(text).replaceAll(BRAND);
  }

  /** The brand name a workspace of this corpus airline would have, or the id itself. */
  public static String displayName(String airline) {
    return DISPLAY_NAMES.getOrDefault(airline, airline);
  }
}
