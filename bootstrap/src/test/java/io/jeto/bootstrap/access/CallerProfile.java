package io.jeto.bootstrap.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One row of the matrix: how a caller authenticates and what it was granted, and from that what
 * issue 4 says it may see and do. The rules live here once; the matrix only looks them up.
 *
 * @param label the row's name in test reports
 * @param auth whether its key works, and if not why
 * @param administrator whether its user has the admin role
 * @param keyActions the actions its key is narrowed to; empty for an unrestricted key
 * @param onInstanceA the actions granted to its user on instance A
 * @param scriptsOnA the scripts its {@code runScript} grant on A names; empty for every script
 * @param teamOnInstanceA the actions granted on A to the team it belongs to; empty for no team
 * @param onProject the actions granted to its user on the project (which holds A)
 * @param onHostFar the actions granted to its user on host "far" (which runs B)
 * @param bearer whether it sends its key as {@code Authorization: Bearer}
 */
record CallerProfile(
    String label,
    Auth auth,
    boolean administrator,
    Optional<Set<String>> keyActions,
    Set<String> onInstanceA,
    Set<String> scriptsOnA,
    Set<String> teamOnInstanceA,
    Set<String> onProject,
    Set<String> onHostFar,
    boolean bearer) {

  /** How the key fares at authentication. */
  enum Auth {
    NONE,
    UNKNOWN,
    MALFORMED,
    EXPIRED,
    REVOKED,
    DISABLED_USER,
    VALID
  }

  static final List<String> ACTIONS =
      List.of(
          "view",
          "create",
          "start",
          "stop",
          "provision",
          "reload",
          "rsync",
          "runScript",
          "sync",
          "destroy",
          "edit");

  /** The single actions a user gets on A, each beside {@code view} so that it can see A. */
  static final List<String> SINGLE_ACTIONS =
      List.of(
          "start", "stop", "provision", "reload", "rsync", "runScript", "sync", "destroy", "edit");

  static List<CallerProfile> rows() {
    Stream<CallerProfile> refused =
        Stream.of(
            refused("no key", Auth.NONE),
            refused("unknown key", Auth.UNKNOWN),
            refused("malformed key", Auth.MALFORMED),
            refused("expired key", Auth.EXPIRED),
            refused("revoked key", Auth.REVOKED),
            new CallerProfile(
                "disabled user (view on A)",
                Auth.DISABLED_USER,
                false,
                Optional.empty(),
                Set.of("view"),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                false));
    Stream<CallerProfile> users =
        Stream.of(
            user("user without grant", Set.of()),
            user("view only on A", Set.of("view")),
            user("start without view on A", Set.of("start")));
    Stream<CallerProfile> singles =
        SINGLE_ACTIONS.stream()
            .map(action -> user("view+" + action + " on A", Set.of("view", action)))
            .map(
                row ->
                    row.onInstanceA().contains("runScript")
                        ? row.withScripts(Set.of("hello"))
                        : row);
    Stream<CallerProfile> others =
        Stream.of(
            new CallerProfile(
                "team member (team has view+start on A, Bearer)",
                Auth.VALID,
                false,
                Optional.empty(),
                Set.of(),
                Set.of(),
                Set.of("view", "start"),
                Set.of(),
                Set.of(),
                true),
            new CallerProfile(
                "key narrowed to view, user has view+start on A",
                Auth.VALID,
                false,
                Optional.of(Set.of("view")),
                Set.of("view", "start"),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                false),
            new CallerProfile(
                "key narrowed to view+destroy, user has view+start on A",
                Auth.VALID,
                false,
                Optional.of(Set.of("view", "destroy")),
                Set.of("view", "start"),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                false),
            new CallerProfile(
                "view on host far (runs B)",
                Auth.VALID,
                false,
                Optional.empty(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of("view"),
                false),
            new CallerProfile(
                "view+create on the project",
                Auth.VALID,
                false,
                Optional.empty(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of("view", "create"),
                Set.of(),
                false),
            new CallerProfile(
                "administrator",
                Auth.VALID,
                true,
                Optional.empty(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                false),
            new CallerProfile(
                "administrator, key narrowed to view",
                Auth.VALID,
                true,
                Optional.of(Set.of("view")),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                false));
    return Stream.of(refused, users, singles, others).flatMap(s -> s).toList();
  }

  private static CallerProfile refused(String label, Auth auth) {
    return new CallerProfile(
        label,
        auth,
        false,
        Optional.empty(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        false);
  }

  private static CallerProfile user(String label, Set<String> onA) {
    return new CallerProfile(
        label,
        Auth.VALID,
        false,
        Optional.empty(),
        onA,
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        false);
  }

  private CallerProfile withScripts(Set<String> scripts) {
    return new CallerProfile(
        label + " (script hello only)",
        auth,
        administrator,
        keyActions,
        onInstanceA,
        scripts,
        teamOnInstanceA,
        onProject,
        onHostFar,
        bearer);
  }

  // ---- the rules of issue 4, for this caller ----

  boolean authenticated() {
    return auth == Auth.VALID;
  }

  /** An administrator calling with a key for everything: the only caller that administers. */
  boolean fullAdministrator() {
    return authenticated() && administrator && keyActions.isEmpty();
  }

  boolean keyPermits(String action) {
    return keyActions.map(actions -> actions.contains(action)).orElse(true);
  }

  boolean teamMember() {
    return !teamOnInstanceA.isEmpty();
  }

  /** Whether it may do the action on instance A (granted there, to its team, or on A's project). */
  boolean mayOnA(String action) {
    return authenticated()
        && keyPermits(action)
        && (administrator
            || onInstanceA.contains(action)
            || teamOnInstanceA.contains(action)
            || onProject.contains(action));
  }

  boolean seesA() {
    return mayOnA("view");
  }

  boolean mayRunScriptOnA(String script) {
    return mayOnA("runScript")
        && (administrator || scriptsOnA.isEmpty() || scriptsOnA.contains(script));
  }

  /** Instance B, its host and anything else nobody was granted: administrators only. */
  boolean seesUngranted() {
    return authenticated() && administrator && keyPermits("view");
  }

  boolean mayOnUngranted(String action) {
    return authenticated() && administrator && keyPermits(action);
  }

  /** A's host is shown inside A, so whoever sees A sees it. */
  boolean seesHostOfA() {
    return seesA() || seesUngranted();
  }

  /** Host far: for administrators and whoever holds a grant on it; it covers no instance. */
  boolean seesHostFar() {
    return seesUngranted() || authenticated() && keyPermits("view") && onHostFar.contains("view");
  }

  boolean seesProject() {
    return authenticated() && keyPermits("view") && (administrator || onProject.contains("view"));
  }

  boolean mayCreateInProject() {
    return authenticated()
        && keyPermits("create")
        && (administrator || onProject.contains("create"));
  }

  boolean seesTeam() {
    return fullAdministrator() || authenticated() && teamMember();
  }

  /** What {@code allowed_actions} of instance A must list for this caller. */
  Set<String> allowedOnA() {
    Set<String> allowed = new LinkedHashSet<>();
    ACTIONS.stream().filter(this::mayOnA).forEach(allowed::add);
    return allowed;
  }

  @Override
  public String toString() {
    return label;
  }
}
