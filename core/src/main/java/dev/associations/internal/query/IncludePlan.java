package dev.associations.internal.query;

import dev.associations.internal.query.Predicate.AllOf;
import dev.associations.internal.query.Predicate.Exists;
import dev.associations.metadata.Association;
import dev.associations.metadata.ModelMetadata;
import dev.associations.registry.AssociationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The include paths of one load ({@code "currentDrivingLicense"}, {@code
 * "children.currentDrivingLicense"}), checked against the registry and merged into a tree, with the
 * {@link IncludeOptions} of each node.
 *
 * <p>Loading costs one statement for the roots plus one per to-many node, whatever the number of
 * rows and the options: to-one nodes are joined into the statement of the level that owns them.
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
   * @throws IllegalArgumentException naming the first unknown association in a path and listing the
   *     valid names at that point
   */
  public static IncludePlan of(AssociationRegistry registry, Class<?> rootType, String... paths) {
    Builder builder = builder(registry, rootType);
    for (String path : paths) {
      builder.add(path);
    }
    return builder.build();
  }

  /** A builder of a plan whose paths carry options. */
  public static Builder builder(AssociationRegistry registry, Class<?> rootType) {
    return new Builder(registry, registry.model(rootType));
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

  /**
   * The condition the roots must meet for the required includes below them, or {@code null}: see
   * {@link #required(List)}.
   */
  public @Nullable Predicate rootCondition() {
    return required(nodes);
  }

  /**
   * The condition rows of a level meet for the required includes directly below them: for each, an
   * {@link Exists} of a row meeting that include's {@code where} and, in turn, its own required
   * includes; {@code null} for none. Below an optional to-one include, required includes make that
   * one {@code null} instead ({@link IncludeNode#joinCondition()}).
   */
  public static @Nullable Predicate required(List<IncludeNode> nodes) {
    List<Predicate> conditions = new ArrayList<>();
    for (IncludeNode node : nodes) {
      if (node.options().required()) {
        conditions.add(
            new Exists(
                List.of(),
                node.association(),
                Predicate.both(node.options().where(), required(node.children())),
                node.options().through()));
      }
    }
    return conditions.isEmpty()
        ? null
        : conditions.size() == 1 ? conditions.get(0) : new AllOf(conditions);
  }

  private static Stream<IncludeNode> flatten(List<IncludeNode> nodes) {
    return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), flatten(n.children())));
  }

  /**
   * Collects paths, merged into a tree (the same path named twice is loaded once), and their
   * options.
   */
  public static final class Builder {

    private final AssociationRegistry registry;
    private final ModelMetadata root;
    private final Node tree = new Node(null);

    private Builder(AssociationRegistry registry, ModelMetadata root) {
      this.registry = registry;
      this.root = root;
    }

    /**
     * Adds a path.
     *
     * @return the path's last association
     * @throws IllegalArgumentException naming the first unknown association and the valid names
     */
    public Association add(String path) {
      return node(path).association();
    }

    /**
     * Sets the options of a path's last association (adding the path); a to-one association takes
     * {@code where} and {@code required} only.
     *
     * @throws IllegalArgumentException for options a to-one include cannot have, naming it
     */
    public Builder options(String path, IncludeOptions options) {
      Node node = node(path);
      Association association = node.association();
      Objects.requireNonNull(options, "options");
      if (!association.isMultiple()
          && (!options.orderings().isEmpty()
              || options.limit() != null
              || options.offset() != null)) {
        throw new IllegalArgumentException(
            "cannot include '"
                + path
                + "' with orderBy, limit or offset: "
                + association.qualifiedName()
                + " is a "
                + association.type().displayName()
                + ", which loads"
                + " one row per parent; those apply to HasMany and BelongsToMany includes (a to-one include takes where,"
                + " required and optional)");
      }
      if (!node.options.equals(IncludeOptions.NONE) && !node.options.equals(options)) {
        throw new IllegalArgumentException(
            "cannot include '"
                + path
                + "' twice with different options: give "
                + association.qualifiedName()
                + " its options once");
      }
      node.options = options;
      return this;
    }

    public IncludePlan build() {
      return new IncludePlan(root, tree.build());
    }

    private Node node(String path) {
      if (path == null || path.isBlank()) {
        throw new IllegalArgumentException(
            "an include path is empty; name associations of " + root.name() + ": " + names(root));
      }
      Node level = tree;
      ModelMetadata model = root;
      for (String name : path.split("\\.", -1)) {
        Association association = find(model, name, path);
        level = level.children.computeIfAbsent(name, n -> new Node(association));
        model = association.target();
      }
      return level;
    }

    private Association find(ModelMetadata model, String name, String path) {
      return registry.associations(model.type()).stream()
          .filter(a -> a.name().equals(name))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "cannot include '"
                          + path
                          + "': "
                          + model.name()
                          + " has no association '"
                          + name
                          + "'; its associations are "
                          + names(model)));
    }

    private List<String> names(ModelMetadata model) {
      return registry.associations(model.type()).stream().map(Association::name).toList();
    }
  }

  /** A node while paths are merged; the root alone has no association. */
  private static final class Node {
    private final @Nullable Association association;
    private final Map<String, Node> children = new LinkedHashMap<>();
    private IncludeOptions options = IncludeOptions.NONE;

    Node(@Nullable Association association) {
      this.association = association;
    }

    /** The association of a node below the root. */
    Association association() {
      return Objects.requireNonNull(association, "the root of the tree has no association");
    }

    List<IncludeNode> build() {
      List<IncludeNode> built = new ArrayList<>();
      children
          .values()
          .forEach(
              child ->
                  built.add(new IncludeNode(child.association(), child.build(), child.options)));
      return built;
    }
  }
}
