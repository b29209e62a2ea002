package org.atelier.core.model;

import java.util.Objects;
import java.util.regex.Pattern;
import org.atelier.core.AtelierException;

/** The one syntax of every typed id, so that ids can be account names and stream ids. */
final class IdSyntax {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private IdSyntax() {}

  static String check(String kind, String value) {
    Objects.requireNonNull(value, kind);
    if (!ID.matcher(value).matches()) {
      throw AtelierException.validation(kind + " \"" + value + "\" is not a valid id; expected 1 to 64 letters,"
          + " digits, '.', '_' or '-', starting with a letter or digit, such as \"t1\"");
    }
    return value;
  }
}
