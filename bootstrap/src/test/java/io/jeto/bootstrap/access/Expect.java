package io.jeto.bootstrap.access;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer a cell expects: usually one code, a set where API.md leaves the choice open.
 *
 * @param codes the acceptable status codes
 * @param why the rule that gives them, for the test's name and its failure message
 */
record Expect(Set<Integer> codes, String why) {

  static Expect code(int code, String why) {
    return new Expect(Set.of(code), why);
  }

  static Expect oneOf(String why, Integer... codes) {
    return new Expect(Set.copyOf(Arrays.asList(codes)), why);
  }

  /** A read: 401 without a working key, 404 when the caller may not see it, else 200. */
  static Expect read(CallerProfile caller, boolean visible) {
    if (!caller.authenticated()) {
      return code(401, "no working key");
    }
    return visible ? code(200, "may see") : code(404, "may not see");
  }

  /** A write on one object: 401, then 404 if it may not see the object, 403 if it may not act. */
  static Expect act(CallerProfile caller, boolean visible, boolean allowed, int success) {
    if (!caller.authenticated()) {
      return code(401, "no working key");
    }
    if (!visible) {
      return code(404, "may not see");
    }
    return allowed ? code(success, "may do") : code(403, "sees, may not do");
  }

  /** A write on a collection every caller sees: 401, 403 if it may not, else the success. */
  static Expect create(CallerProfile caller, boolean allowed, int success) {
    if (!caller.authenticated()) {
      return code(401, "no working key");
    }
    return allowed ? code(success, "may do") : code(403, "may not do");
  }

  boolean accepts(int status) {
    return codes.contains(status);
  }

  boolean success() {
    return codes.stream().allMatch(code -> code >= 200 && code < 300);
  }

  @Override
  public String toString() {
    return codes.stream().sorted().map(String::valueOf).collect(Collectors.joining("|"));
  }
}
