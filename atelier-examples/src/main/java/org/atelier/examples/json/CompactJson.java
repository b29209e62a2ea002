package org.atelier.examples.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one JSON layout of the command line's result documents ({@code atelier run},
 * {@code atelier demo --json}, {@code atelier match}): objects and arrays broken over lines
 * with two-space indents, except the elements of an array that hold at most one level of
 * nesting: each of those (a step, a pair, a payout, an event) stands on one line, so that a
 * diff of two results shows one line per changed fact. Line ends are {@code \n} and the text
 * ends with a newline, so the same tree gives the same bytes on every platform.
 */
public final class CompactJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CompactJson() {}

  /**
   * The tree's text in this layout.
   *
   * @param root the document
   * @return the JSON text, ending with a newline
   */
  public static String write(JsonNode root) {
    StringBuilder text = new StringBuilder();
    write(root, "", false, text);
    return text.append('\n').toString();
  }

  private static void write(JsonNode node, String indent, boolean inArray, StringBuilder text) {
    if (node.isValueNode() || node.isEmpty() || (inArray && depth(node) <= 2)) {
      inline(node, text);
      return;
    }
    String inner = indent + "  ";
    boolean object = node.isObject();
    text.append(object ? '{' : '[').append('\n');
    int i = 0;
    for (Map.Entry<String, JsonNode> entry : entries(node)) {
      text.append(inner);
      if (object) {
        text.append(scalar(NODES.textNode(entry.getKey()))).append(": ");
      }
      write(entry.getValue(), inner, !object, text);
      text.append(++i < node.size() ? ",\n" : "\n");
    }
    text.append(indent).append(object ? '}' : ']');
  }

  private static void inline(JsonNode node, StringBuilder text) {
    if (node.isValueNode()) {
      text.append(scalar(node));
      return;
    }
    boolean object = node.isObject();
    text.append(object ? '{' : '[');
    int i = 0;
    for (Map.Entry<String, JsonNode> entry : entries(node)) {
      if (i++ > 0) {
        text.append(", ");
      }
      if (object) {
        text.append(scalar(NODES.textNode(entry.getKey()))).append(": ");
      }
      inline(entry.getValue(), text);
    }
    text.append(object ? '}' : ']');
  }

  private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    if (node.isObject()) {
      entries.addAll(node.properties());
    } else {
      node.elements().forEachRemaining(e -> entries.add(Map.entry("", e)));
    }
    return entries;
  }

  /** 0 for a value, 1 for a container of values, and so on. */
  private static int depth(JsonNode node) {
    int deepest = 0;
    for (Map.Entry<String, JsonNode> entry : entries(node)) {
      deepest = Math.max(deepest, depth(entry.getValue()));
    }
    return node.isContainerNode() ? deepest + 1 : 0;
  }

  private static String scalar(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a plain value node always serializes", e);
    }
  }
}
