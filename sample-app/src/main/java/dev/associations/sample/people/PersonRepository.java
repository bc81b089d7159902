package dev.associations.sample.people;

import dev.associations.repository.AssociationRepository;
import dev.associations.repository.Includes;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * People, with mixins of their associations and a derived query; every method is implemented by the
 * starter.
 */
public interface PersonRepository extends AssociationRepository<Person, Long> {

  /**
   * People whose name starts so, ignoring case, with their children: a query derived from the name.
   */
  @Includes("children")
  Page<Person> findByNameStartingWithIgnoreCase(String prefix, Pageable pageable);

  void addChildren(Long person, Collection<Long> children);

  void removeChild(Long person, Long child);

  long countChildren(Long person);

  DrivingLicense createCurrentDrivingLicense(Long person, DrivingLicense license);
}
