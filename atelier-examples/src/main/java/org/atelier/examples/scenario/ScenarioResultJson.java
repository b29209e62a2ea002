package org.atelier.examples.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ScenarioResult} as the {@code atelier-scenario-result/1} document, with the
 * fields in the contract's order.
 */
public final class ScenarioResultJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScenarioResultJson() {}

  /**
   * The document's text. Objects and arrays are broken over lines with two-space indents,
   * except the elements of an array that hold at most one level of nesting: each of those
   * (a step, a milestone, a payout, an event) is written on one line, so that a diff of two
   * results shows one line per changed fact. Line ends are {@code \n}, and the text ends with
   * a newline, so the same result gives the same bytes on every platform.
   *
   * @param result the result
   * @return the JSON text, ending with a newline
   */
  public static String write(ScenarioResult result) {
    StringBuilder text = new StringBuilder();
    write(tree(result), "", false, text);
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

  /** The children of a container, with their names for an object and empty names for an array. */
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

  /**
   * The document as a tree.
   *
   * @param result the result
   * @return the document
   */
  public static ObjectNode tree(ScenarioResult result) {
    ObjectNode root = NODES.objectNode();
    root.put("format", ScenarioResult.FORMAT);
    ArrayNode steps = root.putArray("steps");
    for (StepOutcome step : result.steps()) {
      ObjectNode s = steps.addObject().put("index", step.index()).put("ok", step.ok());
      if (!step.ok()) {
        s.putObject("error").put("code", step.errorCode()).put("message", step.errorMessage());
      }
    }
    ArrayNode internships = root.putArray("internships");
    for (ScenarioResult.InternshipSummary i : result.internships()) {
      ObjectNode n = internships.addObject()
          .put("task", i.task()).put("status", i.status()).put("mentor", i.mentor()).put("intern", i.intern());
      ArrayNode milestones = n.putArray("milestones");
      i.milestones().forEach(m -> milestones.addObject()
          .put("id", m.id()).put("status", m.status()).put("revisions", m.revisions()));
      ArrayNode help = n.putArray("help");
      i.help().forEach(h -> help.addObject().put("id", h.id()).put("status", h.status()));
    }
    ObjectNode balances = root.putObject("balances");
    for (Map.Entry<String, String> b : result.balances().entrySet()) {
      balances.put(b.getKey(), b.getValue());
    }
    ArrayNode payouts = root.putArray("payouts");
    result.payouts().forEach(p -> payouts.addObject()
        .put("to", p.to()).put("amount", p.amount()).put("task", p.task()).put("key", p.key()));
    ArrayNode notifications = root.putArray("notifications");
    result.notifications().forEach(n -> notifications.addObject()
        .put("to", n.to()).put("kind", n.kind()).put("task", n.task()).put("at", n.at()));
    ArrayNode events = root.putArray("events");
    result.events().forEach(e -> events.addObject().put("task", e.task()).put("type", e.type()).put("at", e.at()));
    return root;
  }
}
