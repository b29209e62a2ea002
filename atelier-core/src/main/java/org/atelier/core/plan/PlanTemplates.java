package org.atelier.core.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.atelier.core.AtelierException;

/**
 * An immutable registry of decomposition templates by id. {@link #builtIn()} holds the three
 * templates shipped as JSON resources ({@code web-feature}, {@code data-analysis},
 * {@code design-task}); a host adds its own with {@link #with(PlanTemplate)} or
 * {@link #withJson(InputStream)}.
 *
 * <p>The JSON form of a template is
 * <pre>{@code
 * {"id": "web-feature", "name": "…", "description": "…",
 *  "milestones": [{"id": "m1", "title": "…", "description": "…", "criteria": ["…"],
 *                  "share": 20, "duePercent": 25, "after": ["m0"], "estimatedHours": 6}]}
 * }</pre>
 * where {@code description}, {@code criteria}, {@code after} and {@code estimatedHours} are optional.
 *
 * @since 0.1
 */
public final class PlanTemplates {
  private static final List<String> BUILT_IN = List.of("web-feature", "data-analysis", "design-task");

  private final Map<String, PlanTemplate> byId;

  private PlanTemplates(Map<String, PlanTemplate> byId) {
    this.byId = byId;
  }

  /**
   * The registry of the shipped templates.
   *
   * @return the registry
   * @throws IllegalStateException if a shipped resource is missing or broken (a packaging bug)
   */
  public static PlanTemplates builtIn() {
    PlanTemplates registry = new PlanTemplates(new TreeMap<>());
    for (String id : BUILT_IN) {
      String resource = "template-" + id + ".json";
      try (InputStream in = PlanTemplates.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("plan template resource " + resource + " is missing");
        }
        registry = registry.withJson(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return registry;
  }

  /**
   * An empty registry.
   *
   * @return the registry
   */
  public static PlanTemplates empty() {
    return new PlanTemplates(new TreeMap<>());
  }

  /**
   * This registry plus one template.
   *
   * @param template the template
   * @return the new registry
   * @throws AtelierException with code {@code DUPLICATE} if a template with that id is registered
   */
  public PlanTemplates with(PlanTemplate template) {
    if (byId.containsKey(template.id())) {
      throw AtelierException.duplicate("plan template " + template.id() + " is already registered");
    }
    TreeMap<String, PlanTemplate> copy = new TreeMap<>(byId);
    copy.put(template.id(), template);
    return new PlanTemplates(copy);
  }

  /**
   * This registry plus one template read from JSON.
   *
   * @param json the template's JSON, UTF-8
   * @return the new registry
   * @throws AtelierException with code {@code VALIDATION} naming the JSON path of the first
   *     problem, or {@code DUPLICATE} if the id is registered
   */
  public PlanTemplates withJson(InputStream json) {
    return with(TemplateJson.read(json));
  }

  /**
   * The template with an id.
   *
   * @param id the id
   * @return the template
   * @throws AtelierException with code {@code NOT_FOUND} naming the registered ids
   */
  public PlanTemplate get(String id) {
    PlanTemplate template = byId.get(id);
    if (template == null) {
      throw AtelierException.notFound("no plan template " + id + "; registered: " + String.join(", ", byId.keySet()));
    }
    return template;
  }

  /**
   * The template with an id, if registered.
   *
   * @param id the id
   * @return the template
   */
  public Optional<PlanTemplate> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The registered templates, ordered by id.
   *
   * @return the templates
   */
  public List<PlanTemplate> all() {
    return List.copyOf(new ArrayList<>(byId.values()));
  }
}
