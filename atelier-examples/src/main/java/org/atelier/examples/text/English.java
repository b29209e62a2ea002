package org.atelier.examples.text;

/**
 * Articles and plurals for messages built from names, such as "an acceptPlan step", "not an
 * intern in people" or "1 intern, 2 mentors".
 */
public final class English {

  private English() {}

  /**
   * A word with its indefinite article, chosen by the word's first letter: "an" before a
   * vowel letter, "a" otherwise. That suits the words it is given (command names, roles, field
   * names), none of which starts with a silent or a "you"-sounding letter.
   *
   * <p>Constant time.
   *
   * @param word a non-empty word, such as {@code acceptPlan} or {@code mentor}
   * @return the word with "a " or "an " in front
   * @throws IllegalArgumentException if the word is empty
   */
  public static String withArticle(String word) {
    if (word.isEmpty()) {
      throw new IllegalArgumentException("expected a word, got an empty string");
    }
    return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
  }

  /**
   * A count with its noun in the right number: the singular for exactly one, the plural for
   * every other count, zero included ("0 interns", "1 intern", "2 interns").
   *
   * <p>Constant time.
   *
   * @param count how many
   * @param singular the noun for one, such as {@code person}
   * @param plural the noun for any other count, such as {@code people}
   * @return the count, a space and the noun
   */
  public static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }
}
