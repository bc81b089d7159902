package dev.associations.internal.execution;

import dev.associations.metadata.AttributeMetadata;
import dev.associations.metadata.ModelMetadata;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.util.NumberUtils;

/**
 * The attributes a write keeps up to date by itself: Spring Data's {@code @Version} (0 on insert,
 * one more on every update, which must find the version it read) and {@code @CreatedDate} /
 * {@code @LastModifiedDate} (the time of the insert, of the last write), to the microsecond the
 * databases keep.
 */
final class Bookkeeping<T> {

  private final EntityAccess<T> access;
  private final Clock clock;
  private final @Nullable AttributeMetadata version;
  private final @Nullable AttributeMetadata created;
  private final @Nullable AttributeMetadata modified;

  Bookkeeping(EntityAccess<T> access, Clock clock) {
    ModelMetadata model = access.model();
    this.access = access;
    this.clock = clock;
    this.version = model.version().orElse(null);
    this.created = model.createdDate().orElse(null);
    this.modified = model.lastModifiedDate().orElse(null);
  }

  @Nullable AttributeMetadata version() {
    return version;
  }

  @Nullable AttributeMetadata created() {
    return created;
  }

  @Nullable AttributeMetadata modified() {
    return modified;
  }

  /** Sets a new entity's version to 0 (unless given) and both times to now. */
  void inserting(T entity) {
    if (version != null && access.get(entity, version) == null) {
      access.set(
          entity,
          version,
          NumberUtils.convertNumberToTargetClass(0, version.javaType().asSubclass(Number.class)));
    }
    Instant now = clock.instant();
    if (created != null) {
      access.set(entity, created, time(now, created));
    }
    if (modified != null) {
      access.set(entity, modified, time(now, modified));
    }
  }

  /** The last-modified value an update writes, or {@code null} without one. */
  @Nullable Object modifiedNow() {
    return modified == null ? null : time(clock.instant(), modified);
  }

  /** After its update: one version more, and the last-modified value written. */
  void updated(T entity, @Nullable Object modifiedValue) {
    if (version != null) {
      long next =
          ((Number) Objects.requireNonNull(access.get(entity, version), "the version updated"))
                  .longValue()
              + 1;
      access.set(
          entity,
          version,
          NumberUtils.convertNumberToTargetClass(
              next, version.javaType().asSubclass(Number.class)));
    }
    if (modified != null) {
      access.set(entity, modified, modifiedValue);
    }
  }

  private Object time(Instant now, AttributeMetadata attribute) {
    Instant instant = now.truncatedTo(ChronoUnit.MICROS);
    Class<?> type = attribute.javaType();
    if (type == LocalDateTime.class) {
      return LocalDateTime.ofInstant(instant, clock.getZone());
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.ofInstant(instant, clock.getZone());
    }
    return instant;
  }
}
