package dev.napkin.app.export;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import java.util.Locale;
import java.util.Optional;

/**
 * How a flow's parts are named in OpenLineage (docs/exports-openlineage.md). A design has no hosts,
 * so a dataset's namespace is its technology's scheme with the flow's slug as the authority: {@code
 * kafka://clickstream-sessions}, name {@code clicks}. Data passed between two transforms is named
 * after its edge ({@code dedupe.counts}) in the {@code napkin://} namespace; node ids cannot
 * contain a dot, so these never clash with a node's dataset.
 */
final class LineageNames {
  static final String JOB_NAMESPACE = "napkin";
  static final String INTERMEDIATE_SCHEME = "napkin";

  private final String flowSlug;

  LineageNames(Flow flow) {
    this.flowSlug = slug(flow.name()).orElse("flow");
  }

  /** {@code clickstream-sessions.sessionize}: the flow is the DAG, the transform its task. */
  String jobName(Node transform) {
    return flowSlug + "." + transform.id();
  }

  /** The dataset a source reads from or a sink writes to. */
  Dataset ofNode(Node node) {
    String scheme = node.tech().flatMap(LineageNames::scheme).orElse(INTERMEDIATE_SCHEME);
    return new Dataset(scheme + "://" + flowSlug, node.id().value());
  }

  /** The data one transform hands to another. */
  Dataset ofEdge(Edge edge) {
    return new Dataset(INTERMEDIATE_SCHEME + "://" + flowSlug, edge.from() + "." + edge.to());
  }

  /** Lower-case ASCII letters and digits, other runs as one hyphen; empty when nothing is left. */
  static Optional<String> slug(String text) {
    String slug =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
  }

  /** A URI scheme (RFC 3986: a letter, then letters, digits, +, - or .) from a free-text tech. */
  static Optional<String> scheme(String tech) {
    String scheme =
        tech.strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9+.-]+", "-")
            .replaceAll("-+$", "");
    return scheme.matches("[a-z][a-z0-9+.-]*") ? Optional.of(scheme) : Optional.empty();
  }

  /** An OpenLineage dataset identity. */
  record Dataset(String namespace, String name) {}
}
