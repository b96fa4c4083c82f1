package dev.quorum.platform.problem;

/** One bad input field in a validation problem: {@code field} is a JSON path such as {@code dates.end}. */
public record FieldError(String field, String message) {}
