package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.repository.OracleModels.Badge;
import dev.associations.repository.OracleModels.Person;
import dev.associations.repository.OracleModels.PersonRepository;
import dev.associations.repository.OracleModels.Pet;
import dev.associations.repository.OracleModels.PetRepository;
import dev.associations.repository.OracleModels.Team;
import dev.associations.repository.OracleModels.TeamRepository;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Model-based test of writes: a seeded random sequence of {@code save} (insert and update), {@code
 * deleteById} and mixins ({@code add}, {@code remove}, {@code set}, {@code create} on a HasMany and
 * a BelongsToMany, {@code set} and {@code create} on a HasOne and on a self-referencing BelongsTo)
 * runs against the database and against an in-memory model of what the tables must hold (with the
 * foreign keys' {@code ON DELETE SET NULL} and {@code CASCADE}); after every step every row of
 * every table is compared with the model. {@value #DEFAULT_STEPS} steps per database by default;
 * {@code -Dassociations.writes.steps} and {@code -Dassociations.writes.seed} change them.
 */
class WriteSequenceIntegrationTest {

  static final int DEFAULT_STEPS = 500;
  private static final int STEPS = Integer.getInteger("associations.writes.steps", DEFAULT_STEPS);
  private static final long SEED = Long.getLong("associations.writes.seed", 20261201L);
  private static final List<String> NAMES = List.of("ana", "Bo", "дом", "李明", "zoë");

  /** A person's row as the model has it: the columns the steps write. */
  record PersonRow(String name, Integer age, Long mentorId) {}

  /** A pet's row as the model has it. */
  record PetRow(String name, Long ownerId) {}

  private final TreeMap<Long, PersonRow> people = new TreeMap<>();
  private final TreeMap<Long, PetRow> pets = new TreeMap<>();

  /** Each badge's holder ({@code null}: none). */
  private final TreeMap<Long, Long> badges = new TreeMap<>();

  private final TreeSet<List<Long>> memberships =
      new TreeSet<>(
          (a, b) ->
              Arrays.compare(
                  a.stream().mapToLong(Long::longValue).toArray(),
                  b.stream().mapToLong(Long::longValue).toArray()));
  private final List<Long> teams = new ArrayList<>();

  @OnEachDatabase
  void everyStepLeavesTheTablesAsTheModelSays(TestDatabase db) {
    new SchemaGenerator(OracleModels.registry(), db.dialect()).create(db.dataSource());
    RepositoryFactory factory =
        new RepositoryFactory(
            OracleModels.registry(),
            db.dataSource(),
            new DataSourceTransactionManager(db.dataSource()));
    PersonRepository persons = factory.create(PersonRepository.class);
    PetRepository petRepository = factory.create(PetRepository.class);
    for (int i = 0; i < 4; i++) {
      Team team = new Team();
      team.name = "team " + i;
      teams.add(factory.create(TeamRepository.class).save(team).id);
    }
    Random random = new Random(SEED);
    Map<String, Integer> done = new HashMap<>();
    for (int step = 0; step < STEPS; step++) {
      String operation = step(random, persons, petRepository);
      done.merge(operation, 1, Integer::sum);
      String described = "seed " + SEED + ", step " + step + " (" + operation + ") on " + db.name();
      assertThat(
              db.jdbc()
                  .query(
                      "SELECT id, name, age, mentor_id FROM people ORDER BY id",
                      (row, n) ->
                          List.of(
                              row.getLong(1),
                              Objects.toString(row.getString(2)),
                              Objects.toString(row.getObject(3)),
                              Objects.toString(row.getObject(4)))))
          .as(described)
          .containsExactlyElementsOf(
              people.entrySet().stream()
                  .map(
                      e ->
                          List.of(
                              e.getKey(),
                              Objects.toString(e.getValue().name()),
                              Objects.toString(e.getValue().age()),
                              Objects.toString(e.getValue().mentorId())))
                  .toList());
      assertThat(
              db.jdbc()
                  .query(
                      "SELECT id, name, owner_id FROM pets ORDER BY id",
                      (row, n) ->
                          List.of(
                              row.getLong(1),
                              Objects.toString(row.getString(2)),
                              Objects.toString(row.getObject(3)))))
          .as(described)
          .containsExactlyElementsOf(
              pets.entrySet().stream()
                  .map(
                      e ->
                          List.of(
                              e.getKey(),
                              Objects.toString(e.getValue().name()),
                              Objects.toString(e.getValue().ownerId())))
                  .toList());
      assertThat(
              db.jdbc()
                  .query(
                      "SELECT id, holder_id FROM badges ORDER BY id",
                      (row, n) -> List.of(row.getLong(1), Objects.toString(row.getObject(2)))))
          .as(described)
          .containsExactlyElementsOf(
              badges.entrySet().stream()
                  .map(e -> List.of(e.getKey(), Objects.toString(e.getValue())))
                  .toList());
      assertThat(
              db.jdbc()
                  .query(
                      "SELECT person_id, team_id FROM people_teams ORDER BY person_id, team_id",
                      (row, n) -> List.of(row.getLong(1), row.getLong(2))))
          .as(described)
          .containsExactlyElementsOf(memberships);
    }
    System.out.printf(
        "%s: %d write steps (seed %d) left every table as the model says: %s%n",
        db.name(), STEPS, SEED, new TreeMap<>(done));
    assertThat(done.keySet()).as("every kind of step ran").hasSize(17);
  }

  /** One random step, on the database and on the model; its name. */
  private String step(Random random, PersonRepository persons, PetRepository petRepository) {
    int kind = people.size() < 3 ? 0 : random.nextInt(16);
    Long person = people.isEmpty() ? null : pick(random, new ArrayList<>(people.keySet()));
    switch (kind) {
      case 0 -> {
        Person created = new Person();
        created.name = NAMES.get(random.nextInt(NAMES.size()));
        created.age = random.nextInt(4) == 0 ? null : random.nextInt(90);
        created.mentorId = person == null || random.nextBoolean() ? null : person;
        persons.save(created);
        people.put(created.id, new PersonRow(created.name, created.age, created.mentorId));
        return "insert person";
      }
      case 1 -> {
        PersonRow row = people.get(person);
        Person changed = persons.findById(person).orElseThrow();
        changed.name = NAMES.get(random.nextInt(NAMES.size()));
        changed.age = random.nextInt(4) == 0 ? null : random.nextInt(90);
        persons.save(changed);
        people.put(person, new PersonRow(changed.name, changed.age, row.mentorId()));
        return "update person";
      }
      case 2 -> {
        persons.deleteById(person);
        people.remove(person);
        people.replaceAll(
            (id, row) ->
                person.equals(row.mentorId()) ? new PersonRow(row.name(), row.age(), null) : row);
        pets.replaceAll(
            (id, row) -> person.equals(row.ownerId()) ? new PetRow(row.name(), null) : row);
        memberships.removeIf(pair -> pair.get(0).equals(person));
        badges.replaceAll((badge, holder) -> person.equals(holder) ? null : holder);
        return "delete person";
      }
      case 3 -> {
        Pet pet = new Pet();
        pet.name = NAMES.get(random.nextInt(NAMES.size()));
        Pet created = persons.createPet(person, pet);
        pets.put(created.id, new PetRow(pet.name, person));
        return "create pet";
      }
      case 4 -> {
        Pet pet = new Pet();
        pet.name = NAMES.get(random.nextInt(NAMES.size()));
        petRepository.save(pet);
        pets.put(pet.id, new PetRow(pet.name, null));
        return "insert unowned pet";
      }
      case 5 -> {
        List<Long> chosen = some(random, new ArrayList<>(pets.keySet()));
        persons.addPets(person, chosen);
        chosen.forEach(pet -> pets.put(pet, new PetRow(pets.get(pet).name(), person)));
        return "add pets";
      }
      case 6 -> {
        List<Long> chosen = some(random, new ArrayList<>(pets.keySet()));
        persons.removePets(person, chosen);
        chosen.stream()
            .filter(pet -> person.equals(pets.get(pet).ownerId()))
            .forEach(pet -> pets.put(pet, new PetRow(pets.get(pet).name(), null)));
        return "remove pets";
      }
      case 7 -> {
        List<Long> chosen = some(random, new ArrayList<>(pets.keySet()));
        persons.setPets(person, chosen);
        pets.replaceAll(
            (pet, row) ->
                chosen.contains(pet)
                    ? new PetRow(row.name(), person)
                    : person.equals(row.ownerId()) ? new PetRow(row.name(), null) : row);
        return "set pets";
      }
      case 8 -> {
        List<Long> chosen = some(random, teams);
        persons.addTeams(person, chosen);
        chosen.forEach(team -> memberships.add(List.of(person, team)));
        return "add teams";
      }
      case 9 -> {
        List<Long> chosen = some(random, teams);
        persons.removeTeams(person, chosen);
        chosen.forEach(team -> memberships.remove(List.of(person, team)));
        return "remove teams";
      }
      case 10 -> {
        List<Long> chosen = some(random, teams);
        persons.setTeams(person, chosen);
        memberships.removeIf(pair -> pair.get(0).equals(person));
        chosen.forEach(team -> memberships.add(List.of(person, team)));
        return "set teams";
      }
      case 12 -> {
        if (badges.containsValue(person)) { // a HasOne's key is unique: unlink the badge instead
          persons.setBadge(person, null);
          badges.replaceAll((badge, holder) -> person.equals(holder) ? null : holder);
          return "unset badge";
        }
        Badge badge = new Badge();
        badge.level = random.nextInt(5);
        badges.put(persons.createBadge(person, badge).id, person);
        return "create badge";
      }
      case 13 -> {
        Long badge =
            badges.isEmpty() || random.nextInt(4) == 0
                ? null
                : pick(random, new ArrayList<>(badges.keySet()));
        persons.setBadge(person, badge);
        badges.replaceAll(
            (id, holder) -> id.equals(badge) ? person : person.equals(holder) ? null : holder);
        return "set badge";
      }
      case 14 -> {
        Person mentor = new Person();
        mentor.name = NAMES.get(random.nextInt(NAMES.size()));
        Person created = persons.createMentor(person, mentor);
        people.put(created.id, new PersonRow(created.name, created.age, created.mentorId));
        PersonRow row = people.get(person);
        people.put(person, new PersonRow(row.name(), row.age(), created.id));
        return "create mentor";
      }
      case 15 -> {
        Team team = new Team();
        team.name = "team " + teams.size();
        Team created = persons.createTeam(person, team);
        teams.add(created.id);
        memberships.add(List.of(person, created.id));
        return "create team";
      }
      default -> {
        Long mentor =
            random.nextInt(4) == 0 ? null : pick(random, new ArrayList<>(people.keySet()));
        persons.setMentor(person, mentor);
        PersonRow row = people.get(person);
        people.put(person, new PersonRow(row.name(), row.age(), mentor));
        return "set mentor";
      }
    }
  }

  private static Long pick(Random random, List<Long> ids) {
    return ids.get(random.nextInt(ids.size()));
  }

  /** Zero to three distinct ids of these. */
  private static List<Long> some(Random random, List<Long> ids) {
    List<Long> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, Math.min(shuffled.size(), random.nextInt(4))));
  }
}
