package dev.associations.sample.league;

/** The id of a {@link Season}: its primary key attributes, named and typed alike. */
public record SeasonId(String league, Integer year) {}
