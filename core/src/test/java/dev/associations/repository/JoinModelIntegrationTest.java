package dev.associations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.associations.annotation.Attribute;
import dev.associations.annotation.AutoIncrement;
import dev.associations.annotation.BelongsToMany;
import dev.associations.annotation.Inverse;
import dev.associations.annotation.Model;
import dev.associations.annotation.NotNull;
import dev.associations.annotation.PrimaryKey;
import dev.associations.annotation.Through;
import dev.associations.registry.AssociationRegistry;
import dev.associations.schema.SchemaGenerator;
import dev.associations.testsupport.OnEachDatabase;
import dev.associations.testsupport.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A BelongsToMany through a join model with attributes of its own: each loaded target carries its
 * join row, includes filter on it, and add / set / create write it. Answers are compared with the
 * same answer computed in Java from all rows.
 */
class JoinModelIntegrationTest {

  @Model
  static class Member {
    @PrimaryKey @AutoIncrement Long id;
    String name;

    @BelongsToMany(through = @Through(model = Membership.class), inverse = @Inverse("members"))
    List<Guild> guilds;

    Membership membership;
  }

  @Model
  static class Guild {
    @PrimaryKey @AutoIncrement Long id;
    String name;
    List<Member> members;
    Membership membership;

    Guild() {}

    Guild(String name) {
      this.name = name;
    }
  }

  @Model
  static class Membership {
    Long memberId;
    Long guildId;
    @NotNull String role;
    LocalDate joinedOn;

    @Attribute(defaultValue = "1")
    Integer rank;

    Membership() {}

    Membership(String role, LocalDate joinedOn) {
      this.role = role;
      this.joinedOn = joinedOn;
    }
  }

  interface MemberRepository extends AssociationRepository<Member, Long> {
    List<Guild> getGuilds(Member member);

    Map<Long, List<Guild>> getGuilds(Collection<Long> members);

    void addGuild(Member member, Guild guild, Membership values);

    void addGuilds(Member member, Collection<Guild> guilds);

    void setGuilds(Member member, Collection<Guild> guilds, Membership values);

    Guild createGuild(Member member, Guild guild, Membership values);
  }

  interface IllTypedRepository extends AssociationRepository<Member, Long> {
    void addGuild(Member member, Guild guild, String role);
  }

  private static AssociationRegistry registry() {
    return AssociationRegistry.builder()
        .addModels(Member.class, Guild.class, Membership.class)
        .build();
  }

  private record Row(long member, long guild, String role, LocalDate joinedOn) {}

  /** 40 members in 0 to 12 of 15 guilds each, with roles and dates; member 1 in none. */
  private static List<Row> fill(TestDatabase db) {
    new SchemaGenerator(registry(), db.dialect()).create(db.dataSource());
    Random random = new Random(11);
    List<Row> rows = new ArrayList<>();
    for (long member = 1; member <= 40; member++) {
      for (long guild = 1; guild <= 15; guild++) {
        if (member > 1 && random.nextInt(15) < member % 13) {
          rows.add(
              new Row(
                  member,
                  guild,
                  random.nextInt(4) == 0 ? "admin" : "member",
                  LocalDate.of(2026, 1, 1).plusDays(random.nextInt(6))));
        }
      }
    }
    for (int member = 1;
        member <= 40;
        member++) { // generated ids 1 to 40, so that inserts go on from there
      db.jdbc().update("INSERT INTO members (name) VALUES (?)", "m" + member);
    }
    for (int guild = 1; guild <= 15; guild++) {
      db.jdbc().update("INSERT INTO guilds (name) VALUES (?)", "g" + guild);
    }
    db.jdbc()
        .batchUpdate(
            "INSERT INTO memberships (member_id, guild_id, role, joined_on) VALUES (?, ?, ?, ?)",
            rows.stream().map(r -> new Object[] {r.member, r.guild, r.role, r.joinedOn}).toList());
    return rows;
  }

  private static RepositoryFactory factory(javax.sql.DataSource dataSource) {
    return new RepositoryFactory(
        registry(), dataSource, new DataSourceTransactionManager(dataSource));
  }

  @OnEachDatabase
  void everyLoadedTargetCarriesItsOwnJoinRowInOneStatementPerLevel(TestDatabase db) {
    List<Row> rows = fill(db);
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    MemberRepository members = factory(dataSource).create(MemberRepository.class);

    dataSource.reset();
    List<Member> loaded =
        members.findAll(Query.all().orderBy("id").include("guilds", g -> g.include("members")));

    assertThat(dataSource.statements()).isEqualTo(3);
    assertThat(loaded).hasSize(40);
    for (Member member : loaded) {
      assertThat(member.guilds)
          .extracting(
              g ->
                  List.of(
                      g.id,
                      g.membership.role,
                      g.membership.joinedOn,
                      g.membership.memberId,
                      g.membership.guildId,
                      g.membership.rank))
          .containsExactlyInAnyOrderElementsOf(
              rows.stream()
                  .filter(r -> r.member == member.id)
                  .map(r -> List.of(r.guild, r.role, r.joinedOn, r.member, r.guild, 1))
                  .toList());
      for (Guild guild : member.guilds) {
        assertThat(guild.members)
            .extracting(m -> m.id + ":" + m.membership.guildId + ":" + m.membership.role)
            .containsExactlyInAnyOrderElementsOf(
                rows.stream()
                    .filter(r -> r.guild == guild.id)
                    .map(r -> r.member + ":" + r.guild + ":" + r.role)
                    .toList());
      }
    }

    Member some = loaded.get(7);
    assertThat(members.getGuilds(some))
        .extracting(g -> g.id + ":" + g.membership.role)
        .containsExactlyInAnyOrderElementsOf(
            some.guilds.stream().map(g -> g.id + ":" + g.membership.role).toList());
    Map<Long, List<Guild>> each = members.getGuilds(List.of(1L, 8L, 9L));
    assertThat(each.get(1L)).isEmpty();
    assertThat(each.get(9L))
        .extracting(g -> g.id + ":" + g.membership.memberId + ":" + g.membership.joinedOn)
        .containsExactlyInAnyOrderElementsOf(
            rows.stream()
                .filter(r -> r.member == 9)
                .map(r -> r.guild + ":9:" + r.joinedOn)
                .toList());
  }

  @OnEachDatabase
  void includesFilterOnTheJoinRowAndLimitPerParentByItsTargets(TestDatabase db) {
    List<Row> rows = fill(db);
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    MemberRepository members = factory(dataSource).create(MemberRepository.class);
    Comparator<Row> newestFirst = Comparator.comparing((Row r) -> r.guild).reversed();

    dataSource.reset();
    List<Member> admins =
        members.findAll(
            Query.all()
                .orderBy("id")
                .include(
                    "guilds",
                    g ->
                        g.through(Condition.where("role").is("admin"))
                            .orderByDescending("id")
                            .limit(2)));
    List<Member> optional =
        members.findAll(
            Query.all()
                .orderBy("id")
                .include(
                    "guilds",
                    g ->
                        g.through(Condition.where("joinedOn").greaterThan(LocalDate.of(2026, 1, 3)))
                            .optional()));

    assertThat(dataSource.statements()).isEqualTo(4);
    Map<Long, List<Row>> adminRows =
        rows.stream()
            .filter(r -> r.role.equals("admin"))
            .collect(Collectors.groupingBy(Row::member));
    assertThat(admins)
        .extracting(m -> m.id)
        .containsExactlyElementsOf(adminRows.keySet().stream().sorted().toList());
    for (Member member : admins) {
      assertThat(member.guilds)
          .extracting(g -> g.id + ":" + g.membership.role)
          .containsExactlyElementsOf(
              adminRows.get(member.id).stream()
                  .sorted(newestFirst)
                  .limit(2)
                  .map(r -> r.guild + ":admin")
                  .toList());
    }
    assertThat(optional).hasSize(40);
    for (Member member : optional) {
      assertThat(member.guilds)
          .extracting(g -> g.id)
          .containsExactlyInAnyOrderElementsOf(
              rows.stream()
                  .filter(
                      r -> r.member == member.id && r.joinedOn.isAfter(LocalDate.of(2026, 1, 3)))
                  .map(Row::guild)
                  .toList());
    }
    assertThatThrownBy(
            () ->
                members.findAll(
                    Query.all().include("guilds", g -> g.through(Condition.where("rol").is("x")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("include 'guilds'")
        .hasMessageContaining("Membership has no attribute 'rol'");
  }

  @OnEachDatabase
  void addSetAndCreateWriteTheJoinValues(TestDatabase db) {
    fill(db);
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    MemberRepository members = factory(dataSource).create(MemberRepository.class);
    Member ann = members.findById(1L).orElseThrow();
    Guild g1 = guild(1);
    Guild g2 = guild(2);
    g2.membership = new Membership("founder", LocalDate.of(2026, 5, 1));
    g2.membership.rank = 7;

    members.addGuild(ann, g1, new Membership("admin", LocalDate.of(2026, 4, 1)));
    members.addGuilds(ann, List.of(g2));
    assertThat(joinRows(db, 1))
        .containsExactly("1:admin:2026-04-01:null", "2:founder:2026-05-01:7");

    Guild g3 = guild(3);
    dataSource.reset();
    members.setGuilds(ann, List.of(g1, g3), new Membership("guest", null));
    assertThat(joinRows(db, 1)).containsExactly("1:guest:null:null", "3:guest:null:null");
    assertThat(dataSource.batches()).isEqualTo(3); // unlink g2, insert g3, update g1

    Guild created =
        members.createGuild(
            ann, new Guild("new"), new Membership("owner", LocalDate.of(2026, 6, 1)));
    assertThat(joinRows(db, 1)).contains(created.id + ":owner:2026-06-01:null");
    members.association(ann, "guilds").add(List.of(4L), new Membership("x", null));
    assertThat(joinRows(db, 1)).contains("4:x:null:null");

    Member bob = members.findById(2L).orElseThrow();
    List<Guild> annsGuilds = members.getGuilds(ann); // each carrying Ann's join row
    assertThatThrownBy(
            () -> members.addGuilds(bob, annsGuilds.subList(0, 1))) // Ann's join row is not Bob's
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("addGuilds: the guild has no join values");
    members.setGuilds(bob, annsGuilds, new Membership("new", null));
    assertThat(joinRows(db, 2)).allMatch(row -> row.contains(":new:"));
  }

  @OnEachDatabase
  void aLinkWithoutItsRequiredValuesFailsBeforeAnyStatement(TestDatabase db) {
    fill(db);
    CountingDataSource dataSource = new CountingDataSource(db.dataSource());
    MemberRepository members = factory(dataSource).create(MemberRepository.class);
    Member ann = members.findById(1L).orElseThrow();

    dataSource.reset();
    assertThatThrownBy(() -> members.addGuilds(ann, List.of(guild(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "addGuilds: the guild has no join values, but Membership.role is NOT NULL without a default: pass a"
                + " Membership as the join values, or set the Guild's membership field");
    assertThatThrownBy(() -> members.association(ann, "guilds").add(1L, "admin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the join values must be a Membership, not admin");
    assertThatThrownBy(
            () -> members.addGuild(ann, guild(1), new Membership(null, LocalDate.of(2026, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "addGuild: the join values of the guild leave Membership.role null, but it is NOT NULL without a"
                + " default: set it");
    assertThat(dataSource.statements()).isZero();
    assertThat(joinRows(db, 1)).isEmpty();
    assertThatThrownBy(() -> factory(db.dataSource()).create(IllTypedRepository.class))
        .isInstanceOf(RepositoryDefinitionException.class)
        .hasMessageContaining("addGuild")
        .hasMessageContaining(
            "the third parameter must be the join values, a Membership," + " not String");
  }

  private static Guild guild(long id) {
    Guild guild = new Guild();
    guild.id = id;
    return guild;
  }

  private static List<String> joinRows(TestDatabase db, long member) {
    return db.jdbc()
        .query(
            "SELECT guild_id, role, joined_on, rank FROM memberships WHERE member_id = ? ORDER BY guild_id",
            (row, n) ->
                row.getLong(1)
                    + ":"
                    + row.getString(2)
                    + ":"
                    + row.getObject(3, LocalDate.class)
                    + ":"
                    + row.getObject(4),
            member);
  }
}
