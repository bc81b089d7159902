package dev.associations.registry;

import dev.associations.annotation.AssociationScope;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Through;
import dev.associations.dialect.Dialect;
import dev.associations.metadata.AssociationType;
import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.internal.naming.Inflector;
import dev.associations.naming.NamingStrategy;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.apache.commons.logging.LogFactory;

/**
 * Applies Sequelize's association rules to a set of model classes: declared associations, their
 * inverses (created, or reused when they agree), foreign key names and join tables. Foreign key
 * attributes and actions are then settled by {@link KeyResolver}, and the result frozen by
 * {@link RegistryAssembler}.
 */
final class AssociationResolver {

  private static final Log logger = LogFactory.getLog(AssociationRegistry.class);

  private final NamingStrategy naming;
  private final ForeignKeyDefaults defaults;
  private final Dialect dialect;
  private final DefinitionProblems problems = new DefinitionProblems();
  private final List<String> warnings = new ArrayList<>();
  private final Map<Class<?>, ModelDraft> models = new LinkedHashMap<>();
  /** Association names whose declaration failed, per model, so they cause no follow-up problems. */
  private final Map<ModelDraft, Set<String>> failed = new HashMap<>();
  private final KeyFactory keys;

  AssociationResolver(NamingStrategy naming, ForeignKeyDefaults defaults, Dialect dialect) {
    this.naming = naming;
    this.defaults = defaults;
    this.dialect = dialect;
    this.keys = new KeyFactory(problems, defaults.constraints());
  }

  AssociationRegistry resolve(List<Class<?>> classes) {
    ModelReader reader = new ModelReader(naming, dialect, problems);
    for (Class<?> type : classes) {
      ModelDraft model = reader.read(type);
      if (model != null) {
        models.put(type, model);
      }
    }
    for (ModelDraft model : models.values()) {
      for (AssociationDeclaration declaration : model.declarations) {
        declare(model, declaration);
      }
    }
    List<AssociationDraft> associations = models.values().stream()
        .flatMap(m -> m.associations.values().stream()).toList();
    new KeyResolver(naming, defaults, dialect, problems).resolve(associations);
    checkPrimaryKeys();
    checkDefaultValues(associations);
    checkScopes(associations);
    checkJoinModelBookkeeping();
    claimJoinRowFields(associations);
    checkUnclaimedFields();
    checkNameCollisions();
    checkColumnNames();
    checkTableNames(associations);
    problems.throwIfAny();
    warnings.forEach(logger::warn);
    return new RegistryAssembler(naming, defaults, dialect, warnings)
        .assemble(List.copyOf(models.values()), associations);
  }

  private void declare(ModelDraft source, AssociationDeclaration declaration) {
    String name = declaration.name();
    String location = source.at(name);
    int before = problems.count();
    ModelDraft target = target(source, declaration, location);
    Inverse inverse = declaration.inverse();
    String inverseName = Aliases.pick(problems, location, "@Inverse", "value", inverse.value(), "as", inverse.as());
    if (target != null) {
      inverseName = inverseName(source, target, declaration, inverseName, location);
    }
    if (problems.count() > before) {
      fail(source, name);
      if (target != null && inverseName != null) {
        fail(target, inverseName);
      }
      return;
    }
    AssociationDraft draft = draft(source, target, declaration, inverseName, location);
    if (draft == null) {
      fail(source, name);
      if (inverseName != null) {
        fail(target, inverseName);
      }
      return;
    }
    draft.scope = scope(declaration, location);
    AssociationDraft registered = register(draft);
    if (registered != null && inverseName != null) {
      link(registered, inverseName, inverse);
    }
  }

  /** The target model, after checking the field's shape; {@code null} when a problem was reported. */
  private ModelDraft target(ModelDraft source, AssociationDeclaration declaration, String location) {
    FieldShape shape = FieldShape.of(declaration.field());
    boolean many = declaration.type().isMultiple();
    Class<?> targetType = declaration.explicitTarget() != void.class
        ? declaration.explicitTarget() : shape.elementType();
    if (shape.collection() != many) {
      problems.add(location, declaration.annotationName() + " needs " + (many
              ? "a List, Set or Collection field" : "a single-valued field") + ", found "
              + FieldShape.describe(declaration.field()),
          "declare it as " + FieldShape.expected(targetType == null ? Object.class : targetType, many));
      return null;
    }
    if (targetType == null) {
      problems.add(location, "cannot tell the target model from " + FieldShape.describe(declaration.field()),
          "declare the element type, e.g. List<Toot>, or set target = Toot.class");
      return null;
    }
    if (shape.elementType() != null && !shape.elementType().isAssignableFrom(targetType)) {
      problems.add(location, "target " + targetType.getSimpleName() + " does not fit the field type "
          + FieldShape.describe(declaration.field()), "make the field type and target agree");
      return null;
    }
    ModelDraft target = models.get(targetType);
    if (target == null) {
      boolean annotated = targetType.isAnnotationPresent(dev.associations.annotation.Model.class);
      problems.add(location, "target " + targetType.getSimpleName() + " is not a registered model",
          annotated ? "add " + targetType.getName() + " to the registry (or to associations.model-packages)"
              : "annotate " + targetType.getName() + " with @Model and add it to the registry");
    }
    return target;
  }

  /**
   * The inverse's name: the one given, or the default; {@code null} when none is created. Reports
   * the self-association and inverse-type rules.
   */
  private String inverseName(ModelDraft source, ModelDraft target, AssociationDeclaration declaration,
      String given, String location) {
    Inverse.Type kind = declaration.inverse().type();
    if (declaration.type() == AssociationType.BELONGS_TO) {
      if (kind == Inverse.Type.DEFAULT && !given.isEmpty()) {
        problems.add(location, "the inverse '" + given + "' has no type",
            "add type = Inverse.Type.HAS_ONE or Inverse.Type.HAS_MANY to @Inverse, or remove the inverse");
        return null;
      }
      if (kind != Inverse.Type.DEFAULT && given.isEmpty()) {
        problems.add(location, "the inverse of type " + kind + " has no name",
            "name it: inverse = @Inverse(value = \"...\", type = Inverse.Type." + kind + ")");
        return null;
      }
      if (kind == Inverse.Type.DEFAULT) {
        return null;
      }
    } else if (kind != Inverse.Type.DEFAULT) {
      problems.add(location, "@Inverse(type = " + kind + ") is only for @BelongsTo",
          "remove type: the inverse of " + declaration.annotationName() + " is always a "
              + (declaration.type() == AssociationType.BELONGS_TO_MANY ? "BelongsToMany" : "BelongsTo"));
    }
    boolean self = source == target;
    if (self && given.isEmpty()) {
      problems.add(location, "a self-association needs a named inverse",
          "name it, e.g. inverse = @Inverse(\"" + suggestedInverse(declaration) + "\")");
      return null;
    }
    if (self && given.equals(declaration.name())) {
      problems.add(location, "the inverse has the same name as the association",
          "give the inverse another name, e.g. @Inverse(\"" + suggestedInverse(declaration) + "\")");
      return null;
    }
    if (!given.isEmpty()) {
      return given;
    }
    return NamingStrategy.lowerFirst(declaration.type() == AssociationType.BELONGS_TO_MANY ? source.plural : source.name);
  }

  private static String suggestedInverse(AssociationDeclaration declaration) {
    return switch (declaration.type()) {
      case BELONGS_TO_MANY -> "parents";
      case HAS_MANY, HAS_ONE -> "parent";
      case BELONGS_TO -> "children";
    };
  }

  private AssociationDraft draft(ModelDraft source, ModelDraft target, AssociationDeclaration declaration,
      String inverseName, String location) {
    String name = declaration.name();
    boolean many = declaration.type().isMultiple();
    String singular = !declaration.singular().isEmpty() ? declaration.singular()
        : many ? Inflector.singularize(name) : name;
    switch (declaration.type()) {
      case BELONGS_TO -> {
        KeyDraft key = keys.create(new KeyFactory.Spec(location, source, null, target, declaration.foreignKey(),
            "targetKey", declaration.keyAttributes(), name, declaration.constraints()));
        return key == null ? null : new AssociationDraft(declaration.type(), source, name, singular,
            target, key, null, null, declaration.field(), location, null);
      }
      case HAS_ONE, HAS_MANY -> {
        KeyDraft key = keys.create(new KeyFactory.Spec(location, target, null, source, declaration.foreignKey(),
            "sourceKey", declaration.keyAttributes(), inverseName, declaration.constraints()));
        return key == null ? null : new AssociationDraft(declaration.type(), source, name, singular,
            target, key, null, null, declaration.field(), location, null);
      }
      default -> {
        return manyToMany(source, target, declaration, inverseName, singular, location);
      }
    }
  }

  private AssociationDraft manyToMany(ModelDraft source, ModelDraft target,
      AssociationDeclaration declaration, String inverseName, String singular, String location) {
    JoinDraft join = join(source, target, declaration, location);
    if (join == null) {
      return null;
    }
    boolean self = source == target;
    String inverseSingular = !declaration.inverse().singular().isEmpty()
        ? declaration.inverse().singular() : Inflector.singularize(inverseName);
    String sourcePrefix = self ? inverseSingular : source.name;
    String targetPrefix = self ? singular : target.name;
    KeyDraft foreignKey = keys.create(new KeyFactory.Spec(location, join.keyHolder(), join, source,
        declaration.foreignKey(), "sourceKey", declaration.keyAttributes(), sourcePrefix, declaration.constraints()));
    KeyDraft otherKey = keys.create(new KeyFactory.Spec(location, join.keyHolder(), join, target,
        declaration.otherKey(), "targetKey", declaration.otherKeyAttributes(), targetPrefix, declaration.constraints()));
    if (foreignKey == null || otherKey == null) {
      return null;
    }
    Set<String> shared = new HashSet<>(foreignKey.attributes());
    shared.retainAll(otherKey.attributes());
    if (!shared.isEmpty()) {
      problems.add(location, "both join table keys use the attribute" + (shared.size() == 1 ? " " : "s ") + shared,
          "name them apart with foreignKey = @ForeignKey(\"...\") and otherKey = @ForeignKey(\"...\")");
      return null;
    }
    return new AssociationDraft(AssociationType.BELONGS_TO_MANY, source, declaration.name(), singular,
        target, foreignKey, otherKey, join, declaration.field(), location, null);
  }

  private JoinDraft join(ModelDraft source, ModelDraft target, AssociationDeclaration declaration, String location) {
    Through through = declaration.through();
    String table = Aliases.pick(problems, location, "@Through", "value", through.value(), "table", through.table());
    if (through.model() != void.class) {
      ModelDraft model = models.get(through.model());
      if (model == null) {
        problems.add(location, "join model " + through.model().getSimpleName() + " is not a registered model",
            "annotate it with @Model and add it to the registry, or give a table name: @Through(\"...\")");
        return null;
      }
      if (!table.isEmpty() && !table.equals(model.table)) {
        problems.add(location, "@Through names table '" + table + "' but join model " + model.name
            + " has table '" + model.table + "'", "give either the model or the table name");
        return null;
      }
      model.joinModel = true;
      return new JoinDraft(model.table, model, true, location);
    }
    if (!table.isEmpty()) {
      return new JoinDraft(table, null, true, location);
    }
    String name = source == target
        ? source.table + "_" + naming.columnName(declaration.name())
        : Stream.of(source.table, target.table).sorted().reduce((a, b) -> a + "_" + b).orElseThrow();
    return new JoinDraft(name, null, false, location);
  }

  /** Adds a declared association, or merges it into an agreeing inverse created earlier. */
  private AssociationDraft register(AssociationDraft draft) {
    AssociationDraft existing = draft.source.associations.get(draft.name);
    if (existing == null) {
      draft.source.associations.put(draft.name, draft);
      return draft;
    }
    String difference = existing.difference(draft);
    if (difference != null) {
      problems.add(draft.location, "conflicts with the inverse '" + draft.name + "' that "
              + existing.createdBy.location + " creates: " + difference,
          "make the two declarations agree, or give the inverse of " + existing.createdBy.location
              + " another name with @Inverse");
      return null;
    }
    existing.merge(draft);
    existing.declared = true;
    existing.field = draft.field;
    existing.singular = draft.singular;
    existing.location = draft.location;
    return existing;
  }

  /** Creates the inverse of {@code root} on its target, or pairs it with an agreeing association there. */
  private void link(AssociationDraft root, String name, Inverse options) {
    ModelDraft target = root.target;
    AssociationType type = switch (root.type) {
      case HAS_ONE, HAS_MANY -> AssociationType.BELONGS_TO;
      case BELONGS_TO -> options.type() == Inverse.Type.HAS_ONE ? AssociationType.HAS_ONE : AssociationType.HAS_MANY;
      case BELONGS_TO_MANY -> AssociationType.BELONGS_TO_MANY;
    };
    boolean manyToMany = type == AssociationType.BELONGS_TO_MANY;
    String singular = !options.singular().isEmpty() ? options.singular()
        : type.isMultiple() ? Inflector.singularize(name) : name;
    if (target.attributes.containsKey(name)) {
      problems.add(root.location, "its inverse '" + name + "' has the same name as the attribute " + target.at(name),
          "name the inverse differently with @Inverse(\"...\"), or rename the attribute");
      return;
    }
    AssociationDraft inverse = new AssociationDraft(type, target, name, singular, root.source,
        manyToMany ? root.otherKey : root.foreignKey, manyToMany ? root.foreignKey : null,
        root.through, null, target.at(name), root);
    inverse.scope = root.scope;
    AssociationDraft existing = target.associations.get(name);
    if (existing == null) {
      inverse.field = claimField(target, inverse);
      inverse.inverse = root.name;
      root.inverse = name;
      target.associations.put(name, inverse);
      return;
    }
    String difference = existing.difference(inverse);
    if (difference != null) {
      problems.add(root.location, "its inverse " + target.at(name) + " conflicts with "
              + existing.describe() + ": " + difference,
          "name the inverse of " + root.location + " with @Inverse(\"...\") so that each has its own");
      return;
    }
    existing.merge(inverse);
    root.foreignKey = manyToMany ? existing.otherKey : existing.foreignKey;
    root.otherKey = manyToMany ? existing.foreignKey : null;
    root.through = existing.through;
    root.inverse = name;
    if (existing.inverse == null) {
      existing.inverse = root.name;
    } else if (!existing.inverse.equals(root.name)) {
      AssociationDraft other = root.source.associations.get(existing.inverse);
      if (other != null && other.type != root.type) {
        problems.add(root.location, "shares its inverse " + target.at(name) + " and its foreign key with "
                + other.describe() + ", but one key cannot hold one " + target.name + " per " + root.source.name
                + " (" + AssociationType.HAS_ONE + ", unique) and many (" + AssociationType.HAS_MANY + ") at once",
            "name the inverse of " + root.location + " differently with @Inverse(\"...\") so that it has its own key");
        return;
      }
      warnings.add(root.location + " and " + root.source.at(existing.inverse) + " share one inverse, "
          + target.at(name) + ", and one foreign key " + existing.foreignKey.attributes()
          + ": they are the same relation. If they are different relations, name their inverses with @Inverse.");
    }
  }

  /** The unannotated field of the target that receives this inverse, checked for shape. */
  private Field claimField(ModelDraft target, AssociationDraft inverse) {
    Field field = target.inverseFields.remove(inverse.name);
    if (field != null && !FieldShape.of(field).fits(inverse.target.type, inverse.type.isMultiple())) {
      problems.add(inverse.location, "is the inverse of " + inverse.createdBy.location + " and must be declared as "
              + FieldShape.expected(inverse.target.type, inverse.type.isMultiple()) + ", found " + FieldShape.describe(field),
          "change the field type, or name the inverse differently with @Inverse on " + inverse.createdBy.location);
      return null;
    }
    return field;
  }

  private void fail(ModelDraft model, String name) {
    failed.computeIfAbsent(model, m -> new HashSet<>()).add(name);
  }

  private void checkPrimaryKeys() {
    for (ModelDraft model : models.values()) {
      if (model.primaryKey().isEmpty() && !model.joinModel) {
        problems.add(model.name, "has no primary key",
            "annotate its id field with @PrimaryKey (and @AutoIncrement to let the database generate it)");
      }
    }
  }

  private void checkDefaultValues(List<AssociationDraft> associations) {
    for (ModelDraft model : models.values()) {
      model.attributes.values().forEach(a -> checkDefaultValue(model.at(a.name), "", a));
    }
    associations.stream().map(a -> a.through).filter(j -> j != null && j.model == null).distinct()
        .forEach(join -> join.columns.values().forEach(
            a -> checkDefaultValue(join.location, "join table key '" + a.name + "': ", a)));
  }

  /** @param subject what the default belongs to, when the location does not say ({@code ""} otherwise) */
  private void checkDefaultValue(String location, String subject, AttributeDraft attribute) {
    if (attribute.autoIncrement && attribute.defaultValue != null) {
      problems.add(location, "is @AutoIncrement and has a default value", "remove one of them: the database generates the value");
      return;
    }
    String expected = attribute.defaultValue == null ? null
        : AttributeTypes.defaultValueMismatch(attribute.javaType, attribute.defaultValue);
    if (expected != null) {
      problems.add(location, subject + "default value '" + attribute.defaultValue + "' does not fit its type "
          + attribute.javaType.getSimpleName(), "write " + expected);
    }
  }

  /**
   * A join model's rows are written by its associations' add, set and create, which keep no version
   * and no times: {@code @Version}, {@code @CreatedDate} and {@code @LastModifiedDate} there are reported.
   */
  private void checkJoinModelBookkeeping() {
    for (ModelDraft model : models.values()) {
      if (!model.joinModel) {
        continue;
      }
      for (AttributeDraft attribute : model.attributes.values()) {
        for (Class<? extends Annotation> annotation : List.of(Version.class, CreatedDate.class,
            LastModifiedDate.class)) {
          if (attribute.field != null && attribute.field.isAnnotationPresent(annotation)) {
            problems.add(model.at(attribute.name), "@" + annotation.getSimpleName() + " on a join model, whose rows"
                    + " the BelongsToMany writes (add, set, create) without it",
                "remove it, or give " + model.name + " a primary key and HasMany / BelongsTo associations of its own");
          }
        }
      }
    }
  }

  /** The {@code @AssociationScope} values of a declaration; an attribute named twice is reported. */
  private ScopeDraft scope(AssociationDeclaration declaration, String location) {
    Map<String, String> written = new LinkedHashMap<>();
    for (AssociationScope scope : declaration.scope()) {
      String earlier = written.putIfAbsent(scope.attribute(), scope.value());
      if (earlier != null) {
        problems.add(location, "@AssociationScope gives " + scope.attribute() + " twice ('" + earlier + "' and '"
            + scope.value() + "')", "keep one value per attribute: rows cannot have both");
      }
    }
    return written.isEmpty() ? ScopeDraft.NONE : new ScopeDraft(written);
  }

  /**
   * Checks each scope against the model holding its association's foreign key (the join model of a
   * BelongsToMany) and converts its values to their attributes' types.
   */
  private void checkScopes(List<AssociationDraft> associations) {
    Set<ScopeDraft> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<ModelDraft, Set<String>> keyedScopes = new HashMap<>();
    for (AssociationDraft association : associations) {
      ScopeDraft scope = association.scope;
      if (scope.isEmpty() || !checked.add(scope)) {
        continue;
      }
      if (!(association.foreignKey.holder instanceof ModelDraft holder)) {
        problems.add(association.location, "has @AssociationScope, but its join table "
                + association.through.name + " has only its two keys",
            "give it a join model declaring the scope's attributes: through = @Through(model = ...)");
        continue;
      }
      Set<String> keys = new HashSet<>(association.foreignKey.attributes());
      if (association.otherKey != null) {
        keys.addAll(association.otherKey.attributes());
      }
      scope.written.forEach((name, text) -> {
        AttributeDraft attribute = holder.attributes.get(name);
        if (attribute == null) {
          problems.add(association.location, "@AssociationScope names '" + name + "', which " + holder.name
              + " has not", "name an attribute of " + holder.name + ", which holds the foreign key: "
              + holder.attributeNames());
        } else if (keys.contains(name) || attribute.primaryKey && !holder.keyedByLinks) {
          problems.add(association.location, "@AssociationScope names " + holder.at(name) + ", which is part of "
              + (keys.contains(name) ? "the foreign key" : "the primary key"), "scope by an attribute of its own");
        } else {
          try {
            Object value = CONVERSIONS.convert(text, attribute.javaType);
            if (value == null) {
              throw new ConversionFailedException(TypeDescriptor.valueOf(String.class),
                  TypeDescriptor.valueOf(attribute.javaType), text, null);
            }
            scope.values.put(name, value);
            if (holder.keyedByLinks) { // a join model keyed by its links keeps one link per scope too
              attribute.primaryKey = true;
              keyedScopes.computeIfAbsent(holder, h -> new HashSet<>()).add(name);
            }
          } catch (ConversionException e) {
            problems.add(association.location, "@AssociationScope value '" + text + "' of " + holder.at(name)
                + " does not convert to " + attribute.javaType.getSimpleName(), "write a value of that type");
          }
        }
      });
    }
    checkScopedJoinKeys(associations, keyedScopes);
  }

  private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

  /**
   * A join model whose primary key a scope joined must be scoped by every association through it:
   * a link without the attribute would have no value for its primary key.
   */
  private void checkScopedJoinKeys(List<AssociationDraft> associations, Map<ModelDraft, Set<String>> keyedScopes) {
    for (AssociationDraft association : associations) {
      Set<String> missing = new TreeSet<>(association.through == null ? Set.of()
          : keyedScopes.getOrDefault(association.through.model, Set.of()));
      missing.removeAll(association.scope.written.keySet());
      if (!missing.isEmpty() && association.createdBy == null) {
        problems.add(association.location, "goes through " + association.through.model.name + ", whose primary key"
                + " includes the scope attributes " + missing + " of other associations through it",
            "give it an @AssociationScope on " + String.join(", ", missing) + " too");
      }
    }
  }

  /**
   * Gives each BelongsToMany through a join model the target's unannotated field of the join model's
   * type, if any, to receive the join row of each target it loads. The two sides of a
   * self-association share one such field.
   */
  private void claimJoinRowFields(List<AssociationDraft> associations) {
    Map<ModelDraft, Set<String>> claimed = new HashMap<>();
    for (AssociationDraft association : associations) {
      if (association.through == null || association.through.model == null) {
        continue;
      }
      Class<?> joinModel = association.through.model.type;
      association.target.inverseFields.forEach((name, field) -> {
        if (field.getType() == joinModel) {
          association.joinRowField = field;
          claimed.computeIfAbsent(association.target, t -> new HashSet<>()).add(name);
        }
      });
    }
    claimed.forEach((model, names) -> names.forEach(model.inverseFields::remove));
  }

  private void checkUnclaimedFields() {
    for (ModelDraft model : models.values()) {
      model.inverseFields.forEach((name, field) -> {
        if (!failed.getOrDefault(model, Set.of()).contains(name)) {
          FieldShape shape = FieldShape.of(field);
          problems.add(model.at(name), "holds " + FieldShape.describe(field) + " but is no association",
              "annotate it with @" + (shape.collection() ? "HasMany or @BelongsToMany" : "BelongsTo or @HasOne")
                  + ", or make it the inverse of an association on " + shape.elementType().getSimpleName()
                  + " with @Inverse(\"" + name + "\")");
        }
      });
    }
  }

  private void checkNameCollisions() {
    for (ModelDraft model : models.values()) {
      for (AssociationDraft association : model.associations.values()) {
        AttributeDraft attribute = model.attributes.get(association.name);
        if (attribute != null) {
          problems.add(model.at(association.name), association.describe() + " has the same name as the "
                  + (attribute.field == null ? "foreign key attribute" : "attribute") + " '" + association.name + "'",
              "rename the association or name the foreign key differently: attributes and associations share one namespace");
        }
      }
    }
  }

  /** Within a model, every column belongs to one attribute, foreign keys included (names compared ignoring case). */
  private void checkColumnNames() {
    for (ModelDraft model : models.values()) {
      Map<String, String> owners = new HashMap<>();
      for (AttributeDraft attribute : model.attributes.values()) {
        String earlier = owners.putIfAbsent(attribute.columnName.toLowerCase(Locale.ROOT), attribute.name);
        if (earlier != null) {
          problems.add(model.at(attribute.name), "has the column '" + attribute.columnName + "' of "
                  + model.name + "." + earlier,
              "give one of them another column with @Attribute(columnName = \"...\") or @ForeignKey(columnName = \"...\")");
        }
      }
    }
  }

  /** Every table name is used once: by a model, or by the join table of one BelongsToMany pair. */
  private void checkTableNames(List<AssociationDraft> associations) {
    Map<String, String> owners = new HashMap<>();
    for (ModelDraft model : models.values()) {
      String earlier = owners.putIfAbsent(model.table, "model " + model.name);
      if (earlier != null) {
        problems.add(model.name, "uses table '" + model.table + "', already used by " + earlier,
            "give one of them another name with @Model(table = \"...\")");
      }
    }
    associations.stream().map(a -> a.through).filter(j -> j != null && j.model == null).distinct().forEach(join -> {
      String earlier = owners.putIfAbsent(join.name, "the join table of " + join.location);
      if (earlier != null) {
        problems.add(join.location, "join table '" + join.name + "' is already used by " + earlier,
            "give it another name with through = @Through(\"...\")");
      }
    });
  }
}
