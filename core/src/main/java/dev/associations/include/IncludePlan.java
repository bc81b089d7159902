package dev.associations.include;

import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import dev.associations.registry.AssociationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The include paths of one load ({@code "currentDrivingLicense"},
 * {@code "children.currentDrivingLicense"}), checked against the registry and merged into a tree.
 *
 * <p>Loading costs one statement for the roots plus one per to-many node, whatever the number of
 * rows: to-one nodes are joined into the statement of the level that owns them.
 */
public final class IncludePlan {

  private final ModelMetadata root;
  private final List<IncludeNode> nodes;

  private IncludePlan(ModelMetadata root, List<IncludeNode> nodes) {
    this.root = root;
    this.nodes = nodes;
  }

  /**
   * Parses and checks include paths for a root model.
   *
   * @throws IllegalArgumentException naming the first unknown association in a path and listing
   *     the valid names at that point
   */
  public static IncludePlan of(AssociationRegistry registry, Class<?> rootType, String... paths) {
    ModelMetadata root = registry.model(rootType);
    Builder tree = new Builder();
    for (String path : paths) {
      if (path == null || path.isBlank()) {
        throw new IllegalArgumentException("an include path is empty; name associations of "
            + root.name() + ": " + names(registry, root));
      }
      Builder level = tree;
      ModelMetadata model = root;
      for (String name : path.split("\\.", -1)) {
        Association association = find(registry, model, name, path);
        level = level.children.computeIfAbsent(name, n -> new Builder(association));
        model = association.target();
      }
    }
    return new IncludePlan(root, tree.build());
  }

  private static Association find(AssociationRegistry registry, ModelMetadata model, String name, String path) {
    return registry.associations(model.type()).stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("cannot include '" + path + "': " + model.name()
            + " has no association '" + name + "'; its associations are " + names(registry, model)));
  }

  private static List<String> names(AssociationRegistry registry, ModelMetadata model) {
    return registry.associations(model.type()).stream().map(Association::name).toList();
  }

  /** The model whose rows are the roots. */
  public ModelMetadata root() {
    return root;
  }

  /** The includes directly below the roots. */
  public List<IncludeNode> nodes() {
    return nodes;
  }

  /** Whether nothing is included. */
  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  /** The number of statements a load with this plan issues: 1 + one per to-many node. */
  public int statementCount() {
    return 1 + (int) flatten(nodes).filter(IncludeNode::ownsStatement).count();
  }

  private static Stream<IncludeNode> flatten(List<IncludeNode> nodes) {
    return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), flatten(n.children())));
  }

  /** A node while paths are merged: the same path named twice is loaded once. */
  private static final class Builder {
    private final Association association;
    private final Map<String, Builder> children = new LinkedHashMap<>();

    Builder() {
      this(null);
    }

    Builder(Association association) {
      this.association = association;
    }

    List<IncludeNode> build() {
      List<IncludeNode> built = new ArrayList<>();
      children.values().forEach(child -> built.add(new IncludeNode(child.association, child.build())));
      return built;
    }
  }
}
