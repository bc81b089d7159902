package dev.associations.sample.people;

import dev.associations.repository.Query;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * People over HTTP. {@code ?include=children,currentDrivingLicense} (paths with dots, such as
 * {@code children.currentDrivingLicense}, go deeper) loads associations with one statement per
 * level.
 */
@RestController
@RequestMapping("/people")
class PeopleController {

  private final PersonRepository people;

  PeopleController(PersonRepository people) {
    this.people = people;
  }

  @GetMapping
  List<Person> all(@RequestParam(defaultValue = "") String[] include) {
    return people.findAll(Query.all().orderBy("id").include(include));
  }

  /**
   * The parents (people with children), each with their first {@code limit} children by name: a
   * per-parent limit, in one statement for all parents.
   */
  @GetMapping("/parents")
  List<Person> parents(@RequestParam(defaultValue = "1") int limit) {
    return people.findAll(
        Query.all()
            .orderBy("id")
            .include("children", c -> c.required().orderBy("name").limit(limit)));
  }

  /**
   * A page of people with their children, as Spring MVC binds {@code ?page=&size=&sort=} ({@code
   * /people/page?size=2&sort=name,desc}): the page and its children in two statements, the total
   * counted unless the page shows it.
   */
  @GetMapping("/page")
  PagedModel<Person> page(@PageableDefault(size = 20, sort = "id") Pageable pageable) {
    return new PagedModel<>(people.findAll(Query.all().include("children"), pageable));
  }

  /**
   * People whose name starts with {@code prefix}, by a derived query: {@code
   * /people/search?prefix=a&sort=name}.
   */
  @GetMapping("/search")
  PagedModel<Person> search(
      @RequestParam String prefix, @PageableDefault(sort = "id") Pageable pageable) {
    return new PagedModel<>(people.findByNameStartingWithIgnoreCase(prefix, pageable));
  }

  @GetMapping("/{id}")
  Person one(@PathVariable long id, @RequestParam(defaultValue = "") String[] include) {
    return people.findById(id, include).orElseThrow(() -> notFound(id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Person create(@RequestBody Person person) {
    return people.save(Person.named(person.name));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    people.deleteById(id);
  }

  /**
   * Links existing people as children: {@code {"ids": [2, 3]}}; returns the person with all
   * children.
   */
  @PostMapping("/{id}/children")
  Person addChildren(@PathVariable long id, @RequestBody Ids children) {
    people.addChildren(id, children.ids());
    return one(id, new String[] {"children"});
  }

  @DeleteMapping("/{id}/children/{child}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeChild(@PathVariable long id, @PathVariable long child) {
    people.removeChild(id, child);
  }

  @GetMapping("/{id}/children/count")
  Map<String, Long> countChildren(@PathVariable long id) {
    return Map.of("count", people.countChildren(id));
  }

  /** Issues a new license to the person: {@code {"number": "D-123"}}. */
  @PostMapping("/{id}/driving-license")
  @ResponseStatus(HttpStatus.CREATED)
  DrivingLicense createLicense(@PathVariable long id, @RequestBody DrivingLicense license) {
    return people.createCurrentDrivingLicense(id, DrivingLicense.numbered(license.number));
  }

  private static ResponseStatusException notFound(long id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no person has the id " + id);
  }

  /** A list of ids in a request body. */
  record Ids(List<Long> ids) {}
}
