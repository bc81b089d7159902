package dev.associations.autoconfigure.brokenrepository;

import dev.associations.autoconfigure.models.Person;
import dev.associations.repository.AssociationRepository;
import java.util.List;

/** Two derived queries that cannot work: a misspelt attribute and a parameter of the wrong type. */
public interface BrokenPersonRepository extends AssociationRepository<Person, Long> {

  List<Person> findByNmae(String name);

  long countByName(int name);
}
