package dev.associations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.autoconfigure.models.DrivingLicense;
import dev.associations.autoconfigure.models.Person;
import dev.associations.autoconfigure.models.PersonRepository;
import dev.associations.autoconfigure.repositories.DrivingLicenseRepository;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.javapoet.ClassName;

/** The hints a native image needs: models by reflection, repository interfaces as JDK proxies. */
class AssociationsAotProcessorTest {

  @Test
  void modelsAndRepositoriesGetReflectionAndProxyHints() {
    AssociationRepositoriesTest.withRepositories()
        .run(
            context -> {
              assertThat(AotServices.factories().load(BeanFactoryInitializationAotProcessor.class))
                  .hasAtLeastOneElementOfType(AssociationsAotProcessor.class);
              BeanFactoryInitializationAotContribution contribution =
                  new AssociationsAotProcessor().processAheadOfTime(context.getBeanFactory());
              DefaultGenerationContext generation =
                  new DefaultGenerationContext(
                      new ClassNameGenerator(ClassName.get("dev.associations", "Aot")),
                      new InMemoryGeneratedFiles());
              contribution.applyTo(generation, null);
              RuntimeHints hints = generation.getRuntimeHints();

              for (Class<?> model : new Class<?>[] {Person.class, DrivingLicense.class}) {
                assertThat(
                        RuntimeHintsPredicates.reflection()
                            .onType(model)
                            .withMemberCategories(
                                MemberCategory.ACCESS_DECLARED_FIELDS,
                                MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
                    .accepts(hints);
              }
              assertThat(RuntimeHintsPredicates.proxies().forInterfaces(PersonRepository.class))
                  .accepts(hints);
              assertThat(
                      RuntimeHintsPredicates.proxies()
                          .forInterfaces(DrivingLicenseRepository.class))
                  .accepts(hints);
            });
  }
}
