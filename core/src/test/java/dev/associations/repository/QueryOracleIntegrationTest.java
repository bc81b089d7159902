package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.associations.repository.OracleModels.Badge;
import dev.associations.repository.OracleModels.BadgeRepository;
import dev.associations.repository.OracleModels.Person;
import dev.associations.repository.OracleModels.PersonRepository;
import dev.associations.repository.OracleModels.Pet;
import dev.associations.repository.OracleModels.PetRepository;
import dev.associations.repository.OracleModels.Room;
import dev.associations.repository.OracleModels.RoomRepository;
import dev.associations.repository.OracleModels.Team;
import dev.associations.repository.OracleModels.TeamRepository;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.DatabaseKind;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Differential test of the query language, as database engines are tested: seeded random data and
 * seeded random queries (every operator, {@code allOf} / {@code anyOf} / {@code not}, to-one and
 * to-many paths, a self-association, a composite key, {@code has} / {@code hasNone}, ordering with
 * a unique tie-break, limit and offset, includes with options one and two levels deep), each run
 * through the repository and compared with the same question answered in plain Java over the same
 * rows, with SQL's three-valued logic and the database's text collation (MariaDB's default ignores
 * case, accents and trailing spaces).
 *
 * <p>{@value #DEFAULT_QUERIES} queries per database by default (CI); {@code
 * -Dassociations.oracle.queries=20000} runs more, {@code -Dassociations.oracle.seed=...} another
 * seed. A mismatch names the seed, the query's number and the query.
 */
class QueryOracleIntegrationTest {

  static final int DEFAULT_QUERIES = 2_000;
  private static final int QUERIES =
      Integer.getInteger("associations.oracle.queries", DEFAULT_QUERIES);
  private static final long SEED = Long.getLong("associations.oracle.seed", 20261201L);

  /**
   * Text values: ties, unicode, no two that a case- and accent-insensitive collation folds
   * together.
   */
  private static final List<String> NAMES =
      List.of("ana", "Bo", "çelik", "дом", "李明", "zoë", "ana", "Kai_1", "50%", "bo bo");

  private final Map<Long, Person> people = new HashMap<>();
  private final Map<Long, Pet> pets = new HashMap<>();
  private final Map<Long, Badge> badgeOf = new HashMap<>();
  private final Map<Long, Team> teams = new HashMap<>();
  private final Map<List<Object>, Room> rooms = new HashMap<>();
  private final Map<Long, List<Long>> teamsOf = new HashMap<>();
  private TestDatabase db;

  @OnEachDatabase
  void everyQueryAnswersAsThePlainJavaEvaluatorDoes(TestDatabase database) {
    db = database;
    Random random = new Random(SEED);
    PersonRepository repository = fill(random);
    int selective = 0;
    int included = 0;
    int nested = 0;
    int menteesChecked = 0;
    for (int i = 0; i < QUERIES; i++) {
      Node condition = node(random, 0);
      Query query = Query.where(condition.condition());
      Comparator<Person> order = Comparator.comparing(p -> 0);
      switch (random.nextInt(4)) {
        case 0 -> {
          query = query.orderBy("age");
          order = nullsLowest(p -> p.age, false);
        }
        case 1 -> {
          query = query.orderByDescending("born");
          order = nullsLowest(p -> p.born, true);
        }
        case 2 -> {
          query = query.orderBy("mentor.age");
          order = nullsLowest(p -> p.mentorId == null ? null : people.get(p.mentorId).age, false);
        }
        default -> {}
      }
      query = query.orderBy("id");
      order = order.thenComparing(p -> p.id);
      PetsInclude pets = random.nextInt(3) == 0 ? PetsInclude.random(random) : null;
      if (pets != null) {
        query = query.include("pets", pets::options);
      }
      // a BelongsToMany include: the teams of highest id above a bound, some per person; required
      Integer teamsAbove = random.nextInt(4) == 0 ? random.nextInt(4) : null;
      Integer teamsLimit =
          teamsAbove != null && random.nextBoolean() ? 1 + random.nextInt(2) : null;
      if (teamsAbove != null) {
        query =
            query.include(
                "teams",
                t -> {
                  Include options =
                      t.where(Condition.where("id").greaterThan(teamsAbove.longValue()))
                          .orderByDescending("id");
                  return teamsLimit == null ? options : options.limit(teamsLimit);
                });
      }
      // on a fifth, an include two levels deep: the mentees with random options, and below each
      // mentee its pets (HasMany) or its badge (HasOne) with random options of their own
      MenteesInclude mentees = random.nextInt(5) == 0 ? MenteesInclude.random(random) : null;
      if (mentees != null) {
        query = mentees.includeIn(query);
      }
      List<Long> expected =
          people.values().stream()
              .filter(p -> condition.eval(p) == Boolean.TRUE)
              .filter(p -> pets == null || !pets.required() || !pets.matching(petsOf(p)).isEmpty())
              .filter(
                  p ->
                      teamsAbove == null
                          || teamsOf.get(p.id).stream().anyMatch(t -> t > teamsAbove))
              .filter(
                  p ->
                      mentees == null
                          || !mentees.required()
                          || !mentees.matching(menteesOf(p), this::petsOf, badgeOf::get).isEmpty())
              .sorted(order)
              .map(p -> p.id)
              .toList();
      selective += expected.isEmpty() || expected.size() == people.size() ? 0 : 1;
      String described = "seed " + SEED + ", query " + i + " on " + db.name() + ": " + query;
      assertThat(repository.count(query)).as(described).isEqualTo(expected.size());
      if (random.nextInt(3) == 0) {
        int offset = random.nextInt(5);
        int limit = 1 + random.nextInt(6);
        query = query.offset(offset).limit(limit);
        expected =
            expected.subList(
                Math.min(offset, expected.size()), Math.min(offset + limit, expected.size()));
      }
      List<Person> found = repository.findAll(query);
      assertThat(found).as(described).extracting(p -> p.id).containsExactlyElementsOf(expected);
      if (pets != null) {
        for (Person person : found) {
          List<Long> loaded = person.pets.stream().map(pet -> pet.id).toList();
          List<Long> wanted =
              pets.rows(petsOf(people.get(person.id))).stream().map(pet -> pet.id).toList();
          assertThat(pets.shaped() ? loaded : loaded.stream().sorted().toList())
              .as("the pets of person %d, %s", person.id, described)
              .containsExactlyElementsOf(wanted);
        }
        included++;
      }
      if (teamsAbove != null) {
        for (Person person : found) {
          List<Long> wanted =
              teamsOf.get(person.id).stream()
                  .filter(t -> t > teamsAbove)
                  .sorted(Comparator.reverseOrder())
                  .limit(teamsLimit == null ? Long.MAX_VALUE : teamsLimit)
                  .toList();
          assertThat(person.teams)
              .as("the teams of person %d, %s", person.id, described)
              .extracting(t -> t.id)
              .containsExactlyElementsOf(wanted);
        }
      }
      if (mentees != null) {
        menteesChecked += checkMentees(mentees, found, described);
        nested++;
      }
    }
    System.out.printf(
        "%s: %d queries (seed %d) answered as the evaluator does; %d of them selective, %d with an"
            + " include of pets with options, %d with nested includes with options (%d mentees loaded and"
            + " their second level checked)%n",
        db.name(), QUERIES, SEED, selective, included, nested, menteesChecked);
    assertThat(selective)
        .as("queries that keep some people and drop others")
        .isGreaterThan(QUERIES / 4);
  }

  @OnEachDatabase
  void derivedQueryMethodsAnswerAsThePlainJavaEvaluatorDoes(TestDatabase database) {
    db = database;
    Random random = new Random(SEED);
    PersonRepository repository = fill(random);
    for (int i = 0; i < QUERIES / 10; i++) {
      int age = random.nextInt(10);
      int other = random.nextInt(10);
      boolean active = random.nextBoolean();
      String word = NAMES.get(random.nextInt(NAMES.size()));
      String prefix = word.substring(0, 1 + random.nextInt(word.length()));
      LocalDate day = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12) * 100L);
      String described = "seed " + SEED + ", round " + i + " on " + db.name();
      assertThat(repository.findByAgeGreaterThanOrderByIdAsc(age))
          .as(described)
          .extracting(p -> p.id)
          .containsExactlyElementsOf(ids(p -> p.age != null && p.age > age, byId()));
      assertThat(repository.findByNameStartingWithOrderByIdAsc(prefix))
          .as(described)
          .extracting(p -> p.id)
          .containsExactlyElementsOf(
              ids(p -> p.name != null && folded(p.name).startsWith(folded(prefix)), byId()));
      int low = Math.min(age, other);
      int high = Math.max(age, other);
      assertThat(repository.findByAgeBetweenAndActiveOrderByIdAsc(low, high, active))
          .as(described)
          .extracting(p -> p.id)
          .containsExactlyElementsOf(
              ids(
                  p ->
                      p.age != null
                          && p.age >= low
                          && p.age <= high
                          && Boolean.valueOf(active).equals(p.active),
                  byId()));
      assertThat(repository.countByMentorAgeLessThan(age))
          .as(described)
          .isEqualTo(
              ids(
                      p ->
                          p.mentorId != null
                              && people.get(p.mentorId).age != null
                              && people.get(p.mentorId).age < age,
                      byId())
                  .size());
      assertThat(repository.findByNameIsNullOrAgeLessThanOrderByIdDesc(age))
          .as(described)
          .extracting(p -> p.id)
          .containsExactlyElementsOf(
              ids(
                  p -> p.name == null || p.age != null && p.age < age,
                  Comparator.comparing((Person p) -> p.id).reversed()));
      List<Long> top =
          ids(
              p -> Boolean.valueOf(active).equals(p.active),
              nullsLowest((Person p) -> p.age, true).thenComparing(p -> p.id));
      assertThat(repository.findTop3ByActiveOrderByAgeDescIdAsc(active))
          .as(described)
          .extracting(p -> p.id)
          .containsExactlyElementsOf(top.subList(0, Math.min(3, top.size())));
      String cased = random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word;
      assertThat(repository.findByNameIgnoreCaseOrderByIdAsc(cased))
          .as(described)
          .extracting(p -> p.id)
          .containsExactlyElementsOf(
              ids(
                  p ->
                      p.name != null && (lower(p.name).equals(lower(cased)) || same(p.name, cased)),
                  byId()));
      List<Integer> ages = List.of(age, other);
      assertThat(repository.findByAgeInOrderByIdAsc(ages))
          .as(described)
          .extracting(p -> p.id)
          .containsExactlyElementsOf(ids(p -> p.age != null && ages.contains(p.age), byId()));
      assertThat(repository.findByAgeNotOrderByIdAsc(age))
          .as(described)
          .extracting(p -> p.id)
          .containsExactlyElementsOf(ids(p -> p.age != null && p.age != age, byId()));
      assertThat(repository.existsByBornBefore(day))
          .as(described)
          .isEqualTo(
              people.values().stream().anyMatch(p -> p.born != null && p.born.isBefore(day)));
    }
  }

  private List<Long> ids(Predicate<Person> filter, Comparator<Person> order) {
    return people.values().stream().filter(filter).sorted(order).map(p -> p.id).toList();
  }

  private static Comparator<Person> byId() {
    return Comparator.comparing(p -> p.id);
  }

  private List<Pet> petsOf(Person person) {
    return pets.values().stream().filter(pet -> person.id.equals(pet.ownerId)).toList();
  }

  private List<Person> menteesOf(Person person) {
    return people.values().stream().filter(m -> person.id.equals(m.mentorId)).toList();
  }

  /**
   * Compares the loaded graph level by level: each person's mentees, then each loaded mentee's pets
   * or badge, with the rows the oracle says that parent must have.
   *
   * @return the number of mentees loaded, each with its second level checked
   */
  private int checkMentees(MenteesInclude mentees, List<Person> found, String described) {
    int checked = 0;
    for (Person person : found) {
      List<Long> loaded = person.mentees.stream().map(m -> m.id).toList();
      List<Long> wanted =
          mentees.rows(menteesOf(people.get(person.id)), this::petsOf, badgeOf::get).stream()
              .map(m -> m.id)
              .toList();
      assertThat(mentees.shaped() ? loaded : loaded.stream().sorted().toList())
          .as("the mentees of person %d, %s", person.id, described)
          .containsExactlyElementsOf(wanted);
      for (Person mentee : person.mentees) {
        PetsInclude petsBelow = mentees.pets();
        if (petsBelow != null) {
          List<Long> loadedPets = mentee.pets.stream().map(pet -> pet.id).toList();
          List<Long> wantedPets =
              petsBelow.rows(petsOf(people.get(mentee.id))).stream().map(pet -> pet.id).toList();
          assertThat(petsBelow.shaped() ? loadedPets : loadedPets.stream().sorted().toList())
              .as("the pets of mentee %d of person %d, %s", mentee.id, person.id, described)
              .containsExactlyElementsOf(wantedPets);
        } else {
          Badge badge = badgeOf.get(mentee.id);
          Badge wantedBadge = mentees.badge().matches(badge) ? badge : null;
          assertThat(badgeKey(mentee.badge))
              .as("the badge of mentee %d of person %d, %s", mentee.id, person.id, described)
              .isEqualTo(badgeKey(wantedBadge));
        }
        checked++;
      }
    }
    return checked;
  }

  /** A badge as its holder and level (null: none), to compare a loaded badge with a seeded one. */
  private static List<Object> badgeKey(Badge badge) {
    return badge == null ? null : Arrays.asList(badge.holderId, badge.level);
  }

  /**
   * The random options of one include level on an Integer attribute ({@code where}, {@code
   * optional()} / {@code required()}, an order on it with NULL lowest, a per-parent page), and the
   * oracle for them: the rows meeting the {@code where}, ordered then by id, paged per parent.
   */
  record LevelOptions(
      Test<Integer> where,
      boolean optional,
      boolean requiredAlone,
      int order,
      Integer limit,
      Integer offset) {

    /** Random options whose {@code where} compares with values up to {@code bound}. */
    static LevelOptions random(Random random, int bound) {
      Test<Integer> where = random.nextBoolean() ? integers(random, bound) : null;
      return new LevelOptions(
          where,
          where != null && random.nextInt(3) == 0,
          where == null && random.nextInt(3) == 0,
          random.nextInt(3),
          random.nextBoolean() ? 1 + random.nextInt(3) : null,
          random.nextInt(3) == 0 ? random.nextInt(3) : null);
    }

    /** These options on an include of the level, ordering and filtering by {@code attribute}. */
    Include apply(Include include, String attribute) {
      Include options = include;
      if (where != null) {
        options = options.where(where.condition(attribute));
      }
      if (optional) {
        options = options.optional();
      }
      if (requiredAlone) {
        options = options.required();
      }
      options =
          order == 1
              ? options.orderBy(attribute)
              : order == 2 ? options.orderByDescending(attribute) : options;
      options = limit == null ? options : options.limit(limit);
      return offset == null ? options : options.offset(offset);
    }

    boolean required() {
      return where != null ? !optional : requiredAlone;
    }

    boolean shaped() {
      return where != null || order != 0 || limit != null || offset != null;
    }

    /** Whether a row with this attribute value meets the {@code where}. */
    boolean meets(Integer value) {
      return where == null || where.eval(value) == Boolean.TRUE;
    }

    /** The matching rows to load, ordered (by id alone when not shaped) and paged. */
    <T> List<T> page(List<T> matching, Function<T, Integer> attribute, Function<T, Long> id) {
      Comparator<T> byAttribute =
          Comparator.comparing(attribute, Comparator.nullsFirst(Comparator.naturalOrder()));
      Comparator<T> sort =
          order == 1
              ? byAttribute
              : order == 2 ? byAttribute.reversed() : Comparator.comparing(row -> 0);
      List<T> sorted = matching.stream().sorted(sort.thenComparing(id)).toList();
      int from = Math.min(offset == null ? 0 : offset, sorted.size());
      int to = limit == null ? sorted.size() : Math.min(from + limit, sorted.size());
      return sorted.subList(from, to);
    }
  }

  /**
   * An include of a person's pets with random options on their weight, and which rows it must load.
   */
  record PetsInclude(LevelOptions level) {

    static PetsInclude random(Random random) {
      return new PetsInclude(LevelOptions.random(random, 20));
    }

    Include options(Include include) {
      return level.apply(include, "weight");
    }

    boolean required() {
      return level.required();
    }

    boolean shaped() {
      return level.shaped();
    }

    List<Pet> matching(List<Pet> pets) {
      return pets.stream().filter(pet -> level.meets(pet.weight)).toList();
    }

    List<Pet> rows(List<Pet> pets) {
      return level.page(matching(pets), pet -> pet.weight, pet -> pet.id);
    }
  }

  /**
   * The second level of {@link MenteesInclude}: a mentee's badge (HasOne), plain or with a {@code
   * where} on its level, required or optional; a to-one include takes no order or page.
   */
  record BadgeInclude(Test<Integer> where, boolean optional, boolean requiredAlone) {

    static BadgeInclude random(Random random) {
      Test<Integer> where = random.nextInt(3) != 0 ? integers(random, 5) : null;
      return new BadgeInclude(
          where, where != null && random.nextInt(3) == 0, where == null && random.nextInt(2) == 0);
    }

    Include options(Include include) {
      Include options = where == null ? include : include.where(where.condition("level"));
      options = optional ? options.optional() : options;
      return requiredAlone ? options.required() : options;
    }

    boolean required() {
      return where != null ? !optional : requiredAlone;
    }

    /** Whether this badge (null: none) is loaded: it exists and meets the {@code where}. */
    boolean matches(Badge badge) {
      return badge != null && (where == null || where.eval(badge.level) == Boolean.TRUE);
    }
  }

  /**
   * A nested include: a person's mentees with random options ({@code where} on age, {@code
   * optional()} / {@code required()}, an order on a nullable column, a per-person page) and, below
   * each mentee, its pets ({@link PetsInclude}) or its badge ({@link BadgeInclude}) with options of
   * their own; given either as {@code include("mentees", m -> m...include("pets", ...))} or as two
   * includes, {@code include("mentees", ...)} and {@code include("mentees.pets", ...)}.
   *
   * <p>The oracle: a mentee is a row of its level when it meets the {@code where} and, when the
   * level below is required, has a matching row there (the requirement ignores that level's page);
   * the rows are then ordered (NULL lowest, then id) and paged per person. A required mentees
   * include drops the people without such a mentee.
   */
  record MenteesInclude(LevelOptions level, PetsInclude pets, BadgeInclude badge, boolean dotted) {

    static MenteesInclude random(Random random) {
      LevelOptions level = LevelOptions.random(random, 10);
      boolean petsBelow = random.nextInt(3) != 0;
      return new MenteesInclude(
          level,
          petsBelow ? PetsInclude.random(random) : null,
          petsBelow ? null : BadgeInclude.random(random),
          random.nextBoolean());
    }

    Query includeIn(Query query) {
      UnaryOperator<Include> below = pets != null ? pets::options : badge::options;
      String name = pets != null ? "pets" : "badge";
      if (dotted) {
        return query.include("mentees", this::ownOptions).include("mentees." + name, below);
      }
      return query.include("mentees", m -> ownOptions(m).include(name, below));
    }

    private Include ownOptions(Include include) {
      return level.apply(include, "age");
    }

    boolean required() {
      return level.required();
    }

    boolean shaped() {
      return level.shaped();
    }

    /** The mentees meeting the {@code where} and the required include below, if it is. */
    List<Person> matching(
        List<Person> mentees, Function<Person, List<Pet>> petsOf, Function<Long, Badge> badgeOf) {
      return mentees.stream()
          .filter(m -> level.meets(m.age))
          .filter(
              m ->
                  pets != null
                      ? !pets.required() || !pets.matching(petsOf.apply(m)).isEmpty()
                      : !badge.required() || badge.matches(badgeOf.apply(m.id)))
          .toList();
    }

    /** The mentees to load, ordered (by id alone when the include is not shaped) and paged. */
    List<Person> rows(
        List<Person> mentees, Function<Person, List<Pet>> petsOf, Function<Long, Badge> badgeOf) {
      return level.page(matching(mentees, petsOf, badgeOf), m -> m.age, m -> m.id);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the data

  private PersonRepository fill(Random random) {
    new SchemaGenerator(OracleModels.registry(), db.dialect()).create(db.dataSource());
    RepositoryFactory factory =
        new RepositoryFactory(
            OracleModels.registry(),
            db.dataSource(),
            new DataSourceTransactionManager(db.dataSource()));
    PersonRepository personRepository = factory.create(PersonRepository.class);
    List<Room> roomList = new ArrayList<>();
    for (String building : List.of("a", "b")) {
      for (int number = 1; number <= 3; number++) {
        Room room = new Room();
        room.building = building;
        room.number = number;
        room.floor = random.nextInt(4) == 0 ? null : random.nextInt(3);
        roomList.add(room);
        rooms.put(List.of(building, number), room);
      }
    }
    factory.create(RoomRepository.class).saveAll(roomList);
    List<Team> teamList = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Team team = new Team();
      team.name = text(random);
      teamList.add(team);
    }
    factory.create(TeamRepository.class).saveAll(teamList).forEach(t -> teams.put(t.id, t));
    for (int i = 0; i < 40; i++) {
      Person person = new Person();
      person.name = text(random);
      person.age = random.nextInt(5) == 0 ? null : random.nextInt(10);
      person.born =
          random.nextInt(5) == 0
              ? null
              : LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12) * 100L);
      person.active = random.nextInt(4) == 0 ? null : random.nextBoolean();
      List<Long> earlier = new ArrayList<>(people.keySet());
      person.mentorId =
          earlier.isEmpty() || random.nextInt(3) == 0
              ? null
              : earlier.get(random.nextInt(earlier.size()));
      if (random.nextInt(4) != 0) {
        Room room = roomList.get(random.nextInt(roomList.size()));
        person.roomBuilding = room.building;
        person.roomNumber = room.number;
      }
      personRepository.save(person);
      people.put(person.id, person);
      List<Long> joined = new ArrayList<>();
      teams.keySet().stream().sorted().filter(t -> random.nextInt(3) == 0).forEach(joined::add);
      if (!joined.isEmpty()) {
        personRepository.addTeams(person.id, joined);
      }
      teamsOf.put(person.id, joined);
    }
    List<Badge> badges = new ArrayList<>();
    for (Long holder : people.keySet().stream().sorted().toList()) {
      if (random.nextBoolean()) {
        Badge badge = new Badge();
        badge.level = random.nextInt(4) == 0 ? null : random.nextInt(5);
        badge.holderId = holder;
        badges.add(badge);
        badgeOf.put(holder, badge);
      }
    }
    factory.create(BadgeRepository.class).saveAll(badges);
    List<Pet> petList = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Pet pet = new Pet();
      pet.name = text(random);
      pet.weight = random.nextInt(5) == 0 ? null : random.nextInt(20);
      List<Long> ids = new ArrayList<>(people.keySet());
      pet.ownerId = random.nextInt(6) == 0 ? null : ids.get(random.nextInt(ids.size()));
      petList.add(pet);
    }
    factory.create(PetRepository.class).saveAll(petList).forEach(p -> pets.put(p.id, p));
    return personRepository;
  }

  private static String text(Random random) {
    return random.nextInt(6) == 0 ? null : NAMES.get(random.nextInt(NAMES.size()));
  }

  // ---------------------------------------------------------------------------------------------
  // the queries: a condition and its evaluation in Java, SQL's three-valued logic (null: unknown)

  /**
   * A generated condition, as the library's {@link Condition} and as a Java predicate on a person.
   */
  interface Node {
    Condition condition();

    Boolean eval(Person person);
  }

  private Node node(Random random, int depth) {
    int kind = depth >= 2 ? 0 : random.nextInt(10);
    if (kind <= 4) {
      return leaf(random, "", person -> person);
    }
    if (kind == 5 || kind == 6) {
      List<Node> parts =
          List.of(node(random, depth + 1), node(random, depth + 1), node(random, depth + 1))
              .subList(0, 2 + random.nextInt(2));
      boolean all = kind == 5;
      return new Node() {
        public Condition condition() {
          List<Condition> conditions = parts.stream().map(Node::condition).toList();
          return all ? Condition.allOf(conditions) : Condition.anyOf(conditions);
        }

        public Boolean eval(Person person) {
          Boolean result = all;
          for (Node part : parts) {
            result = all ? and(result, part.eval(person)) : or(result, part.eval(person));
          }
          return result;
        }
      };
    }
    if (kind == 7) {
      Node inner = node(random, depth + 1);
      return new Node() {
        public Condition condition() {
          return Condition.not(inner.condition());
        }

        public Boolean eval(Person person) {
          Boolean value = inner.eval(person);
          return value == null ? null : !value;
        }
      };
    }
    return has(random);
  }

  /** A comparison on a path of the person: its own attribute, a to-one path, or a to-many path. */
  private Node leaf(Random random, String unused, Function<Person, Person> self) {
    int path = random.nextInt(11);
    if (path == 10) {
      return integers(random, 5)
          .on(
              "badge.level",
              p -> badgeOf.containsKey(p.id) ? badgeOf.get(p.id).level : Missing.ROW);
    }
    if (path <= 4) {
      return personLeaf(random, "", p -> p);
    }
    if (path == 5) {
      return personLeaf(random, "mentor.", p -> p.mentorId == null ? null : people.get(p.mentorId));
    }
    if (path == 6) {
      Test<Integer> test = integers(random, 3);
      return test.on(
          "room.floor",
          p -> {
            Room room =
                p.roomBuilding == null ? null : rooms.get(List.of(p.roomBuilding, p.roomNumber));
            return room == null ? Missing.ROW : room.floor;
          });
    }
    if (path == 7) {
      boolean weight = random.nextBoolean();
      Test<?> test = weight ? integers(random, 20) : texts(random);
      return exists(
          "pets." + (weight ? "weight" : "name"),
          test,
          p ->
              pets.values().stream()
                  .filter(pet -> p.id.equals(pet.ownerId))
                  .<Object>map(pet -> weight ? pet.weight : pet.name)
                  .toList());
    }
    if (path == 8) {
      Test<Integer> test = integers(random, 10);
      return exists(
          "mentees.age",
          test,
          p ->
              people.values().stream()
                  .filter(m -> p.id.equals(m.mentorId))
                  .map(m -> (Object) m.age)
                  .toList());
    }
    Test<String> test = texts(random);
    return exists(
        "teams.name",
        test,
        p -> teamsOf.get(p.id).stream().map(t -> (Object) teams.get(t).name).toList());
  }

  /**
   * A comparison on one of a person's own attributes, the person reached by {@code to} (null:
   * none).
   */
  private Node personLeaf(Random random, String prefix, Function<Person, Person> to) {
    int attribute = random.nextInt(5);
    Function<Function<Person, Object>, Function<Person, Object>> via =
        get ->
            p -> {
              Person target = to.apply(p);
              return target == null ? Missing.ROW : get.apply(target);
            };
    return switch (attribute) {
      case 0 -> integers(random, 10).on(prefix + "age", via.apply(p -> p.age));
      case 1 -> texts(random).on(prefix + "name", via.apply(p -> p.name));
      case 2 -> dates(random).on(prefix + "born", via.apply(p -> p.born));
      case 3 -> booleans(random).on(prefix + "active", via.apply(p -> p.active));
      default -> integers(random, 45).on(prefix + "id", via.apply(p -> p.id.intValue()));
    };
  }

  /** A to-many path: true when an associated row meets the test (never unknown). */
  private Node exists(String path, Test<?> test, Function<Person, List<Object>> values) {
    return new Node() {
      public Condition condition() {
        return test.condition(path);
      }

      public Boolean eval(Person person) {
        return values.apply(person).stream().anyMatch(v -> test.eval(v) == Boolean.TRUE);
      }
    };
  }

  /**
   * {@code has} / {@code hasNone} on an association, with or without a condition on its targets.
   */
  private Node has(Random random) {
    boolean none = random.nextBoolean();
    int association = random.nextInt(5);
    Test<?> test =
        random.nextBoolean()
            ? null
            : association == 0 ? integers(random, 20) : integers(random, 10);
    String name =
        switch (association) {
          case 0 -> "pets";
          case 1 -> "mentees";
          case 2 -> "mentor";
          case 3 -> "teams";
          default -> "badge";
        };
    String attribute =
        association == 0 ? "weight" : association == 3 ? "id" : association == 4 ? "level" : "age";
    Function<Person, List<Object>> targets =
        p ->
            switch (association) {
              case 0 ->
                  pets.values().stream()
                      .filter(pet -> p.id.equals(pet.ownerId))
                      .map(pet -> (Object) pet.weight)
                      .toList();
              case 1 ->
                  people.values().stream()
                      .filter(m -> p.id.equals(m.mentorId))
                      .map(m -> (Object) m.age)
                      .toList();
              case 2 ->
                  p.mentorId == null
                      ? List.of()
                      : Collections.singletonList((Object) people.get(p.mentorId).age);
              case 3 -> teamsOf.get(p.id).stream().map(t -> (Object) t.intValue()).toList();
              default ->
                  badgeOf.containsKey(p.id)
                      ? Collections.singletonList((Object) badgeOf.get(p.id).level)
                      : List.of();
            };
    return new Node() {
      public Condition condition() {
        if (test == null) {
          return none ? Condition.hasNone(name) : Condition.has(name);
        }
        Condition inner = test.condition(attribute);
        return none ? Condition.hasNone(name, inner) : Condition.has(name, inner);
      }

      public Boolean eval(Person person) {
        boolean any =
            targets.apply(person).stream()
                .anyMatch(v -> test == null || test.eval(v) == Boolean.TRUE);
        return none != any;
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // comparisons

  /** A missing row on a to-one path: its columns read as NULL. */
  private enum Missing {
    ROW
  }

  /**
   * One comparison: the library's criterion and SQL's answer for a value ({@code null}: unknown).
   */
  private abstract static class Test<V> {

    abstract Condition condition(String path);

    /** For a non-null value. */
    abstract Boolean compare(V value);

    Boolean nullAnswer() {
      return null;
    }

    @SuppressWarnings("unchecked")
    Boolean eval(Object value) {
      return value == null || value == Missing.ROW ? nullAnswer() : compare((V) value);
    }

    Node on(String path, Function<Person, Object> value) {
      Test<V> test = this;
      return new Node() {
        public Condition condition() {
          return test.condition(path);
        }

        public Boolean eval(Person person) {
          return test.eval(value.apply(person));
        }
      };
    }
  }

  /**
   * {@code isNull} / {@code isNotNull}, or a comparison built by {@code build} and answered by
   * {@code answer}.
   */
  private static <V> Test<V> test(
      Function<Criterion<Condition>, Condition> build,
      Function<V, Boolean> answer,
      Boolean nullAnswer) {
    return new Test<>() {
      Condition condition(String path) {
        return build.apply(Condition.where(path));
      }

      Boolean compare(V value) {
        return answer.apply(value);
      }

      @Override
      Boolean nullAnswer() {
        return nullAnswer;
      }
    };
  }

  private static <V> Test<V> nullTest(Random random) {
    return random.nextBoolean()
        ? test(Criterion::isNull, v -> false, true)
        : test(Criterion::isNotNull, v -> true, false);
  }

  private static Test<Integer> integers(Random random, int bound) {
    int a = random.nextInt(bound);
    int b = random.nextInt(bound);
    int low = Math.min(a, b);
    int high = Math.max(a, b);
    List<Integer> set = List.of(a, b, random.nextInt(bound));
    return switch (random.nextInt(11)) {
      case 0 -> test(c -> c.is(a), v -> v == a, null);
      case 1 -> test(c -> c.isNot(a), v -> v != a, null);
      case 2 -> test(c -> c.greaterThan(a), v -> v > a, null);
      case 3 -> test(c -> c.greaterThanOrEqual(a), v -> v >= a, null);
      case 4 -> test(c -> c.lessThan(a), v -> v < a, null);
      case 5 -> test(c -> c.lessThanOrEqual(a), v -> v <= a, null);
      case 6 -> test(c -> c.between(low, high), v -> v >= low && v <= high, null);
      case 7 -> test(c -> c.in(set), set::contains, null);
      case 8 -> test(c -> c.notIn(set), v -> !set.contains(v), null);
      default -> nullTest(random);
    };
  }

  private static Test<LocalDate> dates(Random random) {
    LocalDate a = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12) * 100L);
    LocalDate b = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12) * 100L);
    LocalDate low = a.isBefore(b) ? a : b;
    LocalDate high = a.isBefore(b) ? b : a;
    return switch (random.nextInt(6)) {
      case 0 -> test(c -> c.is(a), v -> v.equals(a), null);
      case 1 -> test(c -> c.lessThan(a), v -> v.isBefore(a), null);
      case 2 -> test(c -> c.greaterThanOrEqual(a), v -> !v.isBefore(a), null);
      case 3 -> test(c -> c.between(low, high), v -> !v.isBefore(low) && !v.isAfter(high), null);
      default -> nullTest(random);
    };
  }

  private static Test<Boolean> booleans(Random random) {
    boolean a = random.nextBoolean();
    return switch (random.nextInt(3)) {
      case 0 -> test(c -> c.is(a), v -> v == a, null);
      case 1 -> test(c -> c.isNot(a), v -> v != a, null);
      default -> nullTest(random);
    };
  }

  private Test<String> texts(Random random) {
    String word = NAMES.get(random.nextInt(NAMES.size()));
    int from = random.nextInt(word.length());
    String part = word.substring(from, from + 1 + random.nextInt(word.length() - from));
    String mixed = random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word;
    return switch (random.nextInt(15)) {
      case 0 -> test(c -> c.is(word), v -> same(v, word), null);
      case 1 -> test(c -> c.isNot(word), v -> !same(v, word), null);
      case 2 ->
          test(
              c -> c.isIgnoreCase(mixed),
              v -> padded(lower(v)).equals(padded(lower(mixed))) || same(v, mixed),
              null);
      case 3 -> test(c -> c.startsWith(part), v -> folded(v).startsWith(folded(part)), null);
      case 4 -> test(c -> c.endsWith(part), v -> folded(v).endsWith(folded(part)), null);
      case 5 -> test(c -> c.contains(part), v -> folded(v).contains(folded(part)), null);
      case 6 ->
          test(
              c -> c.containsIgnoreCase(part.toUpperCase(Locale.ROOT)),
              v -> lower(v).contains(lower(part)) || folded(v).contains(folded(part)),
              null);
      case 7 -> {
        String pattern = like(random, word);
        yield test(c -> c.like(pattern), v -> likeMatches(folded(v), folded(pattern)), null);
      }
      case 8 -> test(c -> c.in(List.of(word, part)), v -> same(v, word) || same(v, part), null);
      case 9 -> {
        String pattern = like(random, mixed);
        yield test(
            c -> c.likeIgnoreCase(pattern),
            v -> likeMatches(insensitive(v), insensitive(pattern)),
            null);
      }
      case 10 -> {
        String start = mixed.substring(0, 1 + random.nextInt(mixed.length()));
        yield test(
            c -> c.startsWithIgnoreCase(start),
            v -> insensitive(v).startsWith(insensitive(start)),
            null);
      }
      case 11 -> {
        String suffix = mixed.substring(random.nextInt(mixed.length()));
        yield test(
            c -> c.endsWithIgnoreCase(suffix),
            v -> insensitive(v).endsWith(insensitive(suffix)),
            null);
      }
      default -> nullTest(random);
    };
  }

  /** A LIKE pattern made from a word: some characters replaced by {@code _}, a run by {@code %}. */
  private static String like(Random random, String word) {
    StringBuilder pattern = new StringBuilder();
    for (char c : word.toCharArray()) {
      int choice = random.nextInt(6);
      pattern.append(
          choice == 0
              ? "_"
              : choice == 1
                  ? "%"
                  : c == '%' || c == '_' || c == '\\' ? "\\" + c : String.valueOf(c));
    }
    return pattern.toString();
  }

  /** LIKE with {@code \} escaping, as a regular expression. */
  private static boolean likeMatches(String value, String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
  }

  /** Text as the database's default collation compares it: MariaDB's ignores case and accents. */
  private String folded(String text) {
    if (db.kind() != DatabaseKind.MARIADB) {
      return text;
    }
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  /**
   * Equality as the database's collation has it: MariaDB's is also PAD SPACE, so trailing spaces do
   * not count ({@code 'bo '} equals {@code 'Bo'}); {@code LIKE} does not pad.
   */
  private boolean same(String a, String b) {
    return padded(folded(a)).equals(padded(folded(b)));
  }

  private String padded(String text) {
    return db.kind() == DatabaseKind.MARIADB ? text.stripTrailing() : text;
  }

  /** Text as {@code LOWER(...)} and the collation compare it: MariaDB's also ignores accents. */
  private String insensitive(String text) {
    return db.kind() == DatabaseKind.MARIADB ? folded(text) : lower(text);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static Boolean and(Boolean a, Boolean b) {
    return Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)
        ? Boolean.FALSE
        : a == null || b == null ? null : true;
  }

  private static Boolean or(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)
        ? Boolean.TRUE
        : a == null || b == null ? null : false;
  }

  /** An order on a nullable value where NULL sorts lowest (first ascending, last descending). */
  private static <C extends Comparable<C>> Comparator<Person> nullsLowest(
      Function<Person, C> value, boolean descending) {
    Comparator<Person> ascending =
        Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
    return descending ? ascending.reversed() : ascending;
  }
}
