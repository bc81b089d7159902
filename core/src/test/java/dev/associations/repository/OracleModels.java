package dev.associations.repository;

import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsTo;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.HasMany;
import dev.associations.annotation.HasOne;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.PrimaryKey;
import dev.associations.registry.AssociationRegistry;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The models of the randomized query and write tests: every association kind (HasOne, HasMany,
 * BelongsTo, BelongsToMany), a self-association ({@code mentor} / {@code mentees}), a composite key
 * ({@code Room}), nullable columns of each common type.
 */
final class OracleModels {

  private OracleModels() {}

  static AssociationRegistry registry() {
    return AssociationRegistry.builder()
        .addModels(Person.class, Pet.class, Team.class, Room.class, Badge.class)
        .build();
  }

  @Model
  static class Person {
    @PrimaryKey @AutoIncrement Long id;
    String name;
    Integer age;
    LocalDate born;
    Boolean active;
    Long mentorId;
    String roomBuilding;
    Integer roomNumber;
    Person mentor;

    @HasMany(inverse = @Inverse("mentor"))
    List<Person> mentees;

    @BelongsTo(inverse = @Inverse(value = "occupants", type = Inverse.Type.HAS_MANY))
    Room room;

    @HasMany(inverse = @Inverse("owner"))
    List<Pet> pets;

    @BelongsToMany(inverse = @Inverse("members"))
    List<Team> teams;

    @HasOne(inverse = @Inverse("holder"))
    Badge badge;
  }

  /** At most one per person (HasOne: its key is unique). */
  @Model
  static class Badge {
    @PrimaryKey @AutoIncrement Long id;
    Integer level;
    Long holderId;
    Person holder;
  }

  @Model
  static class Pet {
    @PrimaryKey @AutoIncrement Long id;
    String name;
    Integer weight;
    Long ownerId;
    Person owner;
  }

  @Model
  static class Team {
    @PrimaryKey @AutoIncrement Long id;
    String name;
    List<Person> members;
  }

  /** A composite primary key, referenced by a two-column foreign key. */
  @Model
  static class Room {
    @PrimaryKey String building;
    @PrimaryKey Integer number;
    Integer floor;
    List<Person> occupants;
  }

  interface PersonRepository extends AssociationRepository<Person, Long> {
    void addTeams(Long person, Collection<Long> teams);

    void removeTeams(Long person, Collection<Long> teams);

    void setTeams(Long person, Collection<Long> teams);

    void addPets(Long person, Collection<Long> pets);

    void removePets(Long person, Collection<Long> pets);

    void setPets(Long person, Collection<Long> pets);

    Pet createPet(Long person, Pet pet);

    void setMentor(Long person, Long mentor);

    Person createMentor(Long person, Person mentor);

    Team createTeam(Long person, Team team);

    void setBadge(Long person, Long badge);

    Badge createBadge(Long person, Badge badge);

    // derived queries, each answered by QueryOracleIntegrationTest in plain Java too
    List<Person> findByAgeGreaterThanOrderByIdAsc(Integer age);

    List<Person> findByNameStartingWithOrderByIdAsc(String prefix);

    List<Person> findByAgeBetweenAndActiveOrderByIdAsc(Integer low, Integer high, Boolean active);

    long countByMentorAgeLessThan(Integer age);

    List<Person> findByNameIsNullOrAgeLessThanOrderByIdDesc(Integer age);

    List<Person> findTop3ByActiveOrderByAgeDescIdAsc(Boolean active);

    List<Person> findByNameIgnoreCaseOrderByIdAsc(String name);

    List<Person> findByAgeInOrderByIdAsc(Collection<Integer> ages);

    List<Person> findByAgeNotOrderByIdAsc(Integer age);

    boolean existsByBornBefore(LocalDate day);
  }

  interface PetRepository extends AssociationRepository<Pet, Long> {}

  interface BadgeRepository extends AssociationRepository<Badge, Long> {}

  interface TeamRepository extends AssociationRepository<Team, Long> {}

  interface RoomRepository extends AssociationRepository<Room, RoomId> {}

  record RoomId(String building, Integer number) {}
}
