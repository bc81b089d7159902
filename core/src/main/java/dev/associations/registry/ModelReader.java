package dev.associations.registry;

import dev.associations.annotation.AssociationScope;
import dev.associations.annotation.Attribute;
import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import dev.associations.dialect.Dialect;
import dev.associations.internal.metadata.AttributeTypes;
import dev.associations.internal.naming.Inflector;
import dev.associations.naming.NamingStrategy;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;

/** Reads one model class: names, attributes, association declarations and inverse fields. */
final class ModelReader {

  private final NamingStrategy naming;
  private final @Nullable Dialect dialect;
  private final DefinitionProblems problems;

  ModelReader(NamingStrategy naming, @Nullable Dialect dialect, DefinitionProblems problems) {
    this.naming = naming;
    this.dialect = dialect;
    this.problems = problems;
  }

  /** The draft of this class, or {@code null} when it is not a model at all. */
  @Nullable ModelDraft read(Class<?> type) {
    Model model = type.getAnnotation(Model.class);
    if (model == null) {
      problems.add(
          type.getSimpleName(),
          "is not annotated with @Model",
          "annotate " + type.getName() + " with @Model, or do not add it to the registry");
      return null;
    }
    String name = type.getSimpleName();
    String plural = model.plural().isEmpty() ? Inflector.pluralize(name) : model.plural();
    String table = model.table().isEmpty() ? naming.tableName(name, plural) : model.table();
    ModelDraft draft = new ModelDraft(type, name, plural, table);
    for (Field field : fields(draft)) {
      readField(draft, field);
    }
    checkBookkeeping(draft);
    long generated = draft.attributes.values().stream().filter(a -> a.autoIncrement).count();
    if (generated > 1) {
      problems.add(
          name,
          generated + " attributes are @AutoIncrement",
          "keep @AutoIncrement on one attribute only: databases generate one value per row");
    }
    return draft;
  }

  private static final Set<Class<?>> VERSION_TYPES = Set.copyOf(AttributeTypes.integral());
  private static final Set<Class<?>> DATE_TYPES =
      Set.of(Instant.class, LocalDateTime.class, OffsetDateTime.class);

  /**
   * {@code @Version}, {@code @CreatedDate} and {@code @LastModifiedDate}: at most one each, of a
   * type they can count or date.
   */
  private void checkBookkeeping(ModelDraft draft) {
    check(draft, Version.class, VERSION_TYPES, "it counts the updates");
    check(draft, CreatedDate.class, DATE_TYPES, "it holds the time of the insert");
    check(draft, LastModifiedDate.class, DATE_TYPES, "it holds the time of the last write");
  }

  private void check(
      ModelDraft draft,
      Class<? extends Annotation> annotation,
      Set<Class<?>> types,
      String purpose) {
    List<AttributeDraft> annotated =
        draft.attributes.values().stream()
            .filter(a -> a.field != null && a.field.isAnnotationPresent(annotation))
            .toList();
    String name = "@" + annotation.getSimpleName();
    if (annotated.size() > 1) {
      problems.add(
          draft.name,
          annotated.size()
              + " attributes are "
              + name
              + ": "
              + annotated.stream().map(a -> a.name).toList(),
          "keep " + name + " on one attribute");
    }
    for (AttributeDraft attribute : annotated) {
      if (!types.contains(attribute.javaType)) {
        problems.add(
            draft.at(attribute.name),
            name + " on a " + attribute.javaType.getSimpleName() + " attribute",
            "declare it as one of "
                + types.stream().map(Class::getSimpleName).sorted().toList()
                + ": "
                + purpose);
      }
      if (attribute.primaryKey || attribute.autoIncrement) {
        problems.add(
            draft.at(attribute.name),
            name + " on a key attribute",
            "put it on an attribute of its own");
      }
    }
  }

  /** Persistent fields, superclass fields first; a name declared twice is reported. */
  private List<Field> fields(ModelDraft draft) {
    Deque<Class<?>> hierarchy = new ArrayDeque<>();
    for (Class<?> c = draft.type; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.push(c);
    }
    Map<String, Field> byName = new LinkedHashMap<>();
    for (Class<?> c : hierarchy) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isSynthetic()) {
          continue;
        }
        Field earlier = byName.putIfAbsent(field.getName(), field);
        if (earlier != null) {
          problems.add(
              draft.at(field.getName()),
              "is declared twice, in "
                  + earlier.getDeclaringClass().getSimpleName()
                  + " and in "
                  + c.getSimpleName(),
              "remove or rename one of them: an attribute or association name must be unique in a model");
        }
      }
    }
    return List.copyOf(byName.values());
  }

  private void readField(ModelDraft draft, Field field) {
    List<Annotation> associations =
        Arrays.stream(field.getAnnotations())
            .filter(AssociationDeclaration::isAssociation)
            .toList();
    if (associations.size() > 1) {
      problems.add(
          draft.at(field.getName()),
          "has " + associations.size() + " association annotations",
          "keep exactly one of @HasOne, @HasMany, @BelongsTo, @BelongsToMany");
      return;
    }
    if (associations.size() != 1 && field.getAnnotationsByType(AssociationScope.class).length > 0) {
      problems.add(
          draft.at(field.getName()),
          "has @AssociationScope but no association annotation",
          "put @AssociationScope on the field declaring the association (@HasOne, @HasMany, @BelongsTo or"
              + " @BelongsToMany); its inverse shares the scope");
    }
    if (associations.size() == 1 || FieldShape.of(field).holdsModels()) {
      rejectAttributeAnnotations(draft, field);
      if (associations.size() == 1) {
        draft.declarations.add(AssociationDeclaration.of(field, associations.get(0)));
      } else {
        draft.inverseFields.put(field.getName(), field);
      }
      return;
    }
    readAttribute(draft, field);
  }

  /** Attribute annotations on an association field would be silently ignored: they are reported. */
  private void rejectAttributeAnnotations(ModelDraft draft, Field field) {
    List<String> misplaced =
        ATTRIBUTE_ANNOTATIONS.stream()
            .filter(field::isAnnotationPresent)
            .map(type -> "@" + type.getSimpleName())
            .toList();
    if (!misplaced.isEmpty()) {
      problems.add(
          draft.at(field.getName()),
          "is an association but has "
              + String.join(", ", misplaced)
              + ", which only attributes take",
          "remove "
              + String.join(", ", misplaced)
              + "; set the foreign key's column, nullability and default with "
              + "@ForeignKey(columnName, allowNull, defaultValue) on the association");
    }
  }

  private static final List<Class<? extends Annotation>> ATTRIBUTE_ANNOTATIONS =
      List.of(PrimaryKey.class, AutoIncrement.class, Attribute.class, NotNull.class);

  private void readAttribute(ModelDraft draft, Field field) {
    String location = draft.at(field.getName());
    Class<?> type = AttributeTypes.box(field.getType());
    boolean supported =
        dialect != null ? dialect.supportsType(type) : AttributeTypes.isSupported(type);
    if (!supported) {
      problems.add(
          location,
          "type "
              + FieldShape.describe(field)
              + " cannot be stored in a column"
              + (dialect != null ? " on " + dialect.name() : ""),
          "use "
              + AttributeTypes.describeSupported()
              + "; for associated models annotate the field "
              + "with @HasOne, @HasMany, @BelongsTo or @BelongsToMany; mark other fields transient");
      return;
    }
    boolean autoIncrement = field.isAnnotationPresent(AutoIncrement.class);
    if (autoIncrement && !AttributeTypes.isIntegral(type)) {
      problems.add(
          location,
          "@AutoIncrement on a " + type.getSimpleName() + " attribute",
          "declare it as " + AttributeTypes.describeIntegral() + ", or remove @AutoIncrement");
    }
    Attribute options = field.getAnnotation(Attribute.class);
    boolean explicitColumn = options != null && !options.columnName().isEmpty();
    String column = explicitColumn ? options.columnName() : naming.columnName(field.getName());
    String defaultValue =
        options == null || options.defaultValue().isEmpty() ? null : options.defaultValue();
    boolean nullable = !field.getType().isPrimitive() && !field.isAnnotationPresent(NotNull.class);
    draft.attributes.put(
        field.getName(),
        new AttributeDraft(
            field.getName(),
            column,
            explicitColumn,
            type,
            nullable,
            defaultValue,
            field.isAnnotationPresent(PrimaryKey.class),
            autoIncrement,
            field));
  }
}
