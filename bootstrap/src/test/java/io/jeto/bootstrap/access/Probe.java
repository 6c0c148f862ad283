package io.jeto.bootstrap.access;

import io.jeto.bootstrap.access.AccessJeto.Reply;
import io.jeto.bootstrap.access.AccessWorld.Caller;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One column of the matrix: a method and path with a valid body, the rule that says what each
 * caller gets, and what to check in a successful answer.
 *
 * @param name the column's name, such as {@code POST /api/instances/A/commands start}
 * @param write whether it may change something, so that a refusal must leave everything as it was
 * @param expect what a caller gets, from the rules in {@link CallerProfile}
 * @param prepare builds the request for one caller, making scratch objects when it must
 * @param check looks into an answer the caller was entitled to
 */
record Probe(
    String name,
    boolean write,
    Function<CallerProfile, Expect> expect,
    Preparer prepare,
    Check check) {

  /** Builds one cell's request. */
  interface Preparer {
    Call prepare(AccessWorld world, Caller caller);
  }

  /** Verifies an answer the caller was entitled to. */
  interface Check {
    void verify(AccessWorld world, Caller caller, Reply reply);

    Check NONE = (world, caller, reply) -> {};
  }

  /**
   * A request and what undoes it afterwards, given the answer.
   *
   * @param body a JSON-serializable body, or null
   * @param headers more request headers, such as {@code If-Match}
   * @param cleanup what to undo once the answer is in; the answer is null if the request failed
   */
  record Call(
      String method,
      String path,
      Object body,
      Map<String, String> headers,
      Consumer<Reply> cleanup) {

    static Call of(String method, String path, Object body) {
      return new Call(method, path, body, Map.of(), reply -> {});
    }

    Call(String method, String path, Object body, Consumer<Reply> cleanup) {
      this(method, path, body, Map.of(), cleanup);
    }

    Call then(Consumer<Reply> more) {
      return new Call(method, path, body, headers, cleanup.andThen(more));
    }

    Call with(String header, String value) {
      return new Call(method, path, body, Map.of(header, value), cleanup);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
