package dev.associations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is what users may rely on: the types of the API packages that are public. Every
 * other type is package-private or lives under {@code dev.associations.internal}, and no public
 * signature of the API names an internal type. {@code public-api.txt} lists the API: a change to it
 * is a decision, to be made with the README's "Public API" section.
 */
class ApiBoundaryTest {

  /** The packages users import. */
  static final List<String> API_PACKAGES =
      List.of(
          "dev.associations",
          "dev.associations.annotation",
          "dev.associations.metadata",
          "dev.associations.registry",
          "dev.associations.naming",
          "dev.associations.dialect",
          "dev.associations.listener",
          "dev.associations.repository",
          "dev.associations.schema");

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(location -> !location.contains("/test-classes/"))
          .importPackages("dev.associations");

  @Test
  void publicTypesLiveInApiPackagesOrInternal() {
    classes()
        .that()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .resideInAnyPackage(
            Stream.concat(API_PACKAGES.stream(), Stream.of("dev.associations.internal.."))
                .toArray(String[]::new))
        .because("implementation types are package-private or live under dev.associations.internal")
        .check(CORE);
  }

  @Test
  void apiSignaturesNameNoInternalType() {
    classes().that(areApi()).should(exposeNoInternalType()).check(CORE);
  }

  @Test
  void apiIsWhatPublicApiTxtLists() throws IOException {
    Set<String> api = new TreeSet<>();
    CORE.stream()
        .filter(areApi()::test)
        .forEach(
            type -> {
              api.add(type.getName());
              type.getMembers().stream()
                  .filter(ApiBoundaryTest::isExposed)
                  .forEach(member -> api.add(describe(member)));
            });
    assertThat(api)
        .as(
            "the public types of the API packages and their public and protected members; update"
                + " public-api.txt (and the README's Public API section) when this changes on"
                + " purpose")
        .containsExactlyElementsOf(listed());
  }

  /** {@code Type#member(ParameterType, ...) ReturnType}, or {@code Type#FIELD FieldType}. */
  private static String describe(JavaMember member) {
    String owner = member.getOwner().getName() + "#";
    if (member instanceof JavaCodeUnit code) {
      return owner
          + (code.isConstructor() ? "<init>" : code.getName())
          + code.getParameterTypes().stream()
              .map(JavaType::getName)
              .collect(Collectors.joining(", ", "(", ")"))
          + (code.isConstructor() ? "" : " " + code.getReturnType().getName());
    }
    return owner + member.getName() + " " + ((JavaField) member).getType().getName();
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.associations.(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void internalCodeDoesNotCallTheRepositoryLayer() {
    noClasses()
        .that()
        .resideInAPackage("dev.associations.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.associations.repository..")
        .check(CORE);
  }

  private static DescribedPredicate<JavaClass> areApi() {
    return DescribedPredicate.describe(
        "are public types of an API package",
        c -> API_PACKAGES.contains(c.getPackageName()) && isVisible(c));
  }

  /** Public, and (for a nested type) nested in visible types only. */
  private static boolean isVisible(JavaClass type) {
    return type.getModifiers().contains(JavaModifier.PUBLIC)
        && type.getEnclosingClass().map(ApiBoundaryTest::isVisible).orElse(true);
  }

  private static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("expose no internal type in a public or protected signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Stream.concat(type.getSuperclass().stream(), type.getInterfaces().stream())
            .flatMap(supertype -> supertype.getAllInvolvedRawTypes().stream())
            .filter(ApiBoundaryTest::isInternal)
            .forEach(
                s ->
                    events.add(
                        SimpleConditionEvent.violated(
                            type, type.getName() + " extends " + s.getName())));
        type.getMembers().stream()
            .filter(ApiBoundaryTest::isExposed)
            .forEach(
                member ->
                    signature(member)
                        .filter(ApiBoundaryTest::isInternal)
                        .forEach(
                            t ->
                                events.add(
                                    SimpleConditionEvent.violated(
                                        member, member.getFullName() + " names " + t.getName()))));
      }
    };
  }

  /** Public or protected, and written in the source (not a bridge or other synthetic member). */
  private static boolean isExposed(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC)
        && !modifiers.contains(JavaModifier.BRIDGE);
  }

  /** Every type a member's signature names, type arguments and array components included. */
  private static Stream<JavaClass> signature(JavaMember member) {
    if (member instanceof JavaCodeUnit code) {
      return Stream.of(
              Stream.of(code.getReturnType()),
              code.getParameterTypes().stream(),
              code.getThrowsClause().getTypes().stream())
          .flatMap(types -> types)
          .flatMap(type -> type.getAllInvolvedRawTypes().stream());
    }
    return member instanceof JavaField field
        ? field.getType().getAllInvolvedRawTypes().stream()
        : Stream.empty();
  }

  private static boolean isInternal(JavaClass type) {
    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
    return base.getPackageName().startsWith("dev.associations.internal");
  }

  private static List<String> listed() throws IOException {
    try (InputStream in = ApiBoundaryTest.class.getResourceAsStream("/public-api.txt")) {
      assertThat(in).as("public-api.txt on the test class path").isNotNull();
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .sorted()
          .toList();
    }
  }
}
