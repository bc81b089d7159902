package dev.associations.sample.people;

import dev.associations.repository.AssociationRepository;
import java.util.Collection;

/** People, with mixins of their associations; every method is implemented by the starter. */
public interface PersonRepository extends AssociationRepository<Person, Long> {

  void addChildren(Long person, Collection<Long> children);

  void removeChild(Long person, Long child);

  long countChildren(Long person);

  DrivingLicense createCurrentDrivingLicense(Long person, DrivingLicense license);
}
