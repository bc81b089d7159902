package dev.associations.autoconfigure.repositories;

import dev.associations.autoconfigure.models.DrivingLicense;
import dev.associations.autoconfigure.models.Person;
import dev.associations.repository.AssociationRepository;

public interface DrivingLicenseRepository extends AssociationRepository<DrivingLicense, Long> {

  void setOwner(DrivingLicense license, Person owner);
}
