package org.atelier.examples.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.atelier.examples.json.CompactJson;
import java.util.Map;

/**
 * Writes a {@link ScenarioResult} as the {@code atelier-scenario-result/1} document, with the
 * fields in the contract's order.
 */
public final class ScenarioResultJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScenarioResultJson() {}

  /**
   * The document's text, in the command line's {@link CompactJson} layout: one line per
   * step, milestone, payout, notification and event, {@code \n} line ends, a final newline.
   *
   * @param result the result
   * @return the JSON text, ending with a newline
   */
  public static String write(ScenarioResult result) {
    return CompactJson.write(tree(result));
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
