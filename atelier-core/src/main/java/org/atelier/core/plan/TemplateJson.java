package org.atelier.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.atelier.core.AtelierException;
import org.jspecify.annotations.Nullable;

/** Reads a {@link PlanTemplate} from JSON with errors that name the JSON path. */
final class TemplateJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TemplateJson() {}

  static PlanTemplate read(InputStream in) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new AtelierException(org.atelier.core.ErrorCode.VALIDATION,
          "plan template is not valid JSON: " + e.getMessage(), null);
    }
    if (root == null || !root.isObject()) {
      throw AtelierException.validation("plan template: $ must be a JSON object");
    }
    JsonNode milestones = root.get("milestones");
    if (milestones == null || !milestones.isArray()) {
      throw AtelierException.validation("plan template: $.milestones must be an array of milestones");
    }
    List<TemplateMilestone> parsed = new ArrayList<>();
    for (int i = 0; i < milestones.size(); i++) {
      String path = "$.milestones[" + i + "]";
      JsonNode m = milestones.get(i);
      if (!m.isObject()) {
        throw AtelierException.validation("plan template: " + path + " must be an object");
      }
      List<String> after = strings(m, path, "after");
      JsonNode hours = m.get("estimatedHours");
      if (hours != null && !hours.canConvertToInt()) {
        throw AtelierException.validation("plan template: " + path + ".estimatedHours must be a whole number");
      }
      parsed.add(new TemplateMilestone(text(m, path, "id", true), text(m, path, "title", true),
          text(m, path, "description", false), strings(m, path, "criteria"), integer(m, path, "share"),
          integer(m, path, "duePercent"), after, hours == null ? null : hours.intValue()));
    }
    return new PlanTemplate(text(root, "$", "id", true), text(root, "$", "name", true),
        text(root, "$", "description", false), parsed);
  }

  private static List<String> strings(JsonNode node, String path, String field) {
    List<String> values = new ArrayList<>();
    @Nullable JsonNode array = node.get(field);
    if (array == null) {
      return values;
    }
    if (!array.isArray()) {
      throw AtelierException.validation("plan template: " + path + "." + field + " must be an array of strings");
    }
    for (int j = 0; j < array.size(); j++) {
      if (!array.get(j).isTextual()) {
        throw AtelierException.validation("plan template: " + path + "." + field + "[" + j + "] must be a string");
      }
      values.add(array.get(j).asText());
    }
    return values;
  }

  private static String text(JsonNode node, String path, String field, boolean required) {
    @Nullable JsonNode value = node.get(field);
    if (value == null) {
      if (required) {
        throw AtelierException.validation("plan template: " + path + "." + field + " is missing; expected a string");
      }
      return "";
    }
    if (!value.isTextual()) {
      throw AtelierException.validation("plan template: " + path + "." + field + " must be a string");
    }
    return value.asText();
  }

  private static int integer(JsonNode node, String path, String field) {
    @Nullable JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
      throw AtelierException.validation("plan template: " + path + "." + field + " must be a whole number");
    }
    return value.intValue();
  }
}
