package org.atelier.examples.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The layout {@code atelier run} uses for its result, so that both commands print alike:
 * objects and arrays are broken over lines with two-space indents, except the elements of an
 * array that hold at most one level of nesting (a pair, a score breakdown), each written on
 * one line. A diff of two results then shows one line per changed pair. Line ends are
 * {@code \n}. Cost: O(size of the tree).
 */
final class JsonLayout {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonLayout() {}

  /** The tree's text, ending with a newline. */
  static String write(JsonNode root) {
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
      throw new IllegalStateException("a plain value node always serialises", e);
    }
  }
}
