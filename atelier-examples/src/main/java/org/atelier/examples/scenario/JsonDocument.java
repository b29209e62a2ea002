package org.atelier.examples.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.atelier.examples.cli.BadInputException;
import org.jspecify.annotations.Nullable;

/**
 * Parses the text of a file into one JSON object, strictly: no duplicate keys, nothing after
 * the document. A syntax error names the JSON path where the parser was, and the line and
 * column.
 */
public final class JsonDocument {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Jackson's own location inside a message, which names no source: shown as a plain line and column. */
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]");

  private JsonDocument() {}

  /**
   * Parses a file's text.
   *
   * @param text the whole file
   * @param expected what the document should be, for the message about an empty file,
   *     such as {@code a JSON object with "format": "atelier-scenario/1"}
   * @return the document, which is a JSON object
   * @throws BadInputException if the text is empty, is not JSON, or is not one object
   */
  public static JsonNode parseObject(String text, String expected) {
    if (text.isBlank()) {
      throw new BadInputException("$: the file is empty; expected " + expected);
    }
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonNode root;
      try {
        root = MAPPER.readTree(parser);
      } catch (JsonProcessingException e) {
        throw syntax(parser, e);
      }
      if (root == null || root.isMissingNode()) {
        throw new BadInputException("$: the file is empty; expected " + expected);
      }
      try {
        if (parser.nextToken() != null) {
          JsonLocation at = parser.currentTokenLocation();
          throw new BadInputException("$: invalid JSON at line " + at.getLineNr() + ", column "
              + at.getColumnNr() + ": more content after the end of the document; expected one JSON object");
        }
      } catch (JsonProcessingException e) {
        throw syntax(parser, e);
      }
      if (!root.isObject()) {
        throw new BadInputException("$: expected " + expected + ", got " + JsonText.describe(root));
      }
      return root;
    } catch (IOException e) {
      throw new BadInputException("$: invalid JSON: " + e.getMessage());
    }
  }

  private static BadInputException syntax(JsonParser parser, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new BadInputException(
        pathOf(parser.getParsingContext()) + ": invalid JSON" + where + ": "
            + SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("line $1, column $2"));
  }

  private static JsonPath pathOf(@Nullable JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    JsonPath path = JsonPath.ROOT;
    for (JsonStreamContext c : chain) {
      String name = c.getCurrentName();
      if (c.inObject() && name != null) {
        path = path.field(name);
      } else if (c.inArray() && c.getEntryCount() > 0) {
        path = path.index(c.getCurrentIndex());
      }
    }
    return path;
  }
}
