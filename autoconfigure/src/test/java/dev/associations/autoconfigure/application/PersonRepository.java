package dev.associations.autoconfigure.application;

import dev.associations.repository.AssociationRepository;
import java.util.Collection;

public interface PersonRepository extends AssociationRepository<Person, Long> {

  void addChildren(Person person, Collection<Person> children);

  void removeChild(Person person, Person child);

  long countChildren(Person person);

  DrivingLicense createCurrentDrivingLicense(Person person, DrivingLicense license);

  Note createNote(Person person, Note note);
}
