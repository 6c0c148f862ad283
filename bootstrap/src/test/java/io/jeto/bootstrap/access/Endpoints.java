package io.jeto.bootstrap.access;

import static io.jeto.bootstrap.access.AccessJeto.ADMIN_KEY;
import static io.jeto.bootstrap.access.AccessWorld.id;
import static io.jeto.bootstrap.access.AccessWorld.ids;
import static io.jeto.bootstrap.access.Expect.act;
import static io.jeto.bootstrap.access.Expect.create;
import static io.jeto.bootstrap.access.Expect.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeto.bootstrap.access.AccessJeto.Reply;
import io.jeto.bootstrap.access.AccessWorld.Caller;
import io.jeto.bootstrap.access.Probe.Call;
import io.jeto.bootstrap.access.Probe.Check;
import io.jeto.bootstrap.access.Probe.Preparer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/** The columns of the matrix: every method and path of the API, each with a valid body. */
final class Endpoints {

  /** Commands of the historical {@code POST /api/instances/{id}} form. */
  private static final List<String> HISTORICAL =
      List.of("start", "stop", "provision", "reload", "rsync", "runScript", "sync", "status");

  /** Commands of {@code POST /api/instances/{id}/commands}; runScript twice, see below. */
  private static final List<String> COMMANDS =
      List.of(
          "start",
          "stop",
          "provision",
          "reload",
          "rsync",
          "runScript",
          "sync",
          "status",
          "destroy");

  /**
   * Whether instance A came from git; set once the fixtures are built, before any expectation is
   * read.
   */
  static volatile boolean instanceAFromGit = true;

  private Endpoints() {}

  static List<Probe> all() {
    List<Probe> probes = new ArrayList<>();
    instances(probes);
    commands(probes);
    hosts(probes);
    projects(probes);
    users(probes);
    teams(probes);
    grants(probes);
    apiKeys(probes);
    probes.add(
        reading(
            "GET /api/auditlog",
            p -> read(p, true),
            get(w -> "/api/auditlog"),
            Endpoints::auditVisible));
    probes.add(
        reading(
            "GET /api/me",
            p -> read(p, true),
            get(w -> "/api/me"),
            (w, c, reply) ->
                assertThat(reply.json().get("name").asText()).isEqualTo(c.userName())));
    return probes;
  }

  private static void instances(List<Probe> probes) {
    probes.add(
        reading(
            "GET /api/instances",
            p -> read(p, true),
            get(w -> "/api/instances"),
            (w, c, reply) ->
                assertThat(ids(reply.json()))
                    .containsExactlyInAnyOrderElementsOf(visibleInstances(w, c.profile()))));
    probes.add(
        writing(
            "POST /api/instances (path form)",
            p -> create(p, p.fullAdministrator(), 201),
            (w, c) -> {
              int n = w.next();
              Path path =
                  LocalGitRepository.environment(w.dataDir.resolve("workspaces/registered/r" + n));
              return Call.of(
                      "POST",
                      "/api/instances",
                      Map.of(
                          "name",
                          "reg-" + n,
                          "host",
                          w.lab,
                          "environment",
                          "dev",
                          "path",
                          path.toString()))
                  .then(reply -> removeCreatedInstance(w, reply));
            }));
    probes.add(
        writing(
            "POST /api/instances (git form, in the project)",
            p -> create(p, p.mayCreateInProject(), 201),
            (w, c) ->
                Call.of(
                        "POST",
                        "/api/instances",
                        Map.of(
                            "name",
                            "git-" + w.next(),
                            "host",
                            w.lab,
                            "environment",
                            "dev",
                            "project",
                            w.project,
                            "git_reference",
                            LocalGitRepository.BRANCH))
                    .then(reply -> removeCreatedInstance(w, reply))));
    probes.add(
        reading(
            "GET /api/instances/A",
            p -> read(p, p.seesA()),
            get(w -> "/api/instances/" + w.instanceA),
            (w, c, reply) -> {
              JsonNode body = reply.json();
              Set<String> allowed = new HashSet<>();
              body.get("allowed_actions").forEach(action -> allowed.add(action.asText()));
              assertThat(allowed).as("allowed_actions").isEqualTo(c.profile().allowedOnA());
              assertThat(body.get("host").get("params").get("API_TOKEN").asText())
                  .isEqualTo(c.profile().fullAdministrator() ? AccessWorld.LAB_SECRET : "********");
            }));
    probes.add(
        reading(
            "GET /api/instances/B",
            p -> read(p, p.seesUngranted()),
            get(w -> "/api/instances/" + w.instanceB),
            Check.NONE));
    probes.add(
        writing(
            "PATCH /api/instances/A",
            p -> act(p, p.seesA(), p.mayOnA("edit"), 200),
            (w, c) ->
                Call.of(
                    "PATCH",
                    "/api/instances/" + w.instanceA,
                    Map.of("environment", "qa-" + w.next()))));
    probes.add(
        writing(
            "DELETE /api/instances/{like A}",
            p -> act(p, p.seesA(), p.mayOnA("destroy"), 202),
            (w, c) -> {
              long scratch = w.scratchInstanceLikeA(c);
              return new Call(
                  "DELETE", "/api/instances/" + scratch, null, reply -> w.removeInstance(scratch));
            }));
    for (String state : HISTORICAL) {
      Map<String, Object> body = new HashMap<>(Map.of("state", state));
      if (state.equals("runScript")) {
        body.put("script", "hello");
      }
      probes.add(
          writing(
              "POST /api/instances/A " + body,
              p -> commandRule(p, state, "hello"),
              (w, c) -> Call.of("POST", "/api/instances/" + w.instanceA, body)));
    }
  }

  private static void commands(List<Probe> probes) {
    for (String action : COMMANDS) {
      Map<String, Object> body = new HashMap<>(Map.of("action", action));
      if (action.equals("runScript")) {
        body.put("script", "hello");
      }
      probes.add(commandProbe(body, p -> commandRule(p, action, "hello")));
    }
    // The runScript grant names the script hello only: another declared script is refused.
    probes.add(
        commandProbe(
            Map.of("action", "runScript", "script", "other"),
            p -> act(p, p.seesA(), p.mayRunScriptOnA("other"), 202)));
    probes.add(
        writing(
            "POST /api/instances/B/commands {action=start}",
            p -> act(p, p.seesUngranted(), p.mayOnUngranted("start"), 202),
            (w, c) ->
                Call.of(
                    "POST",
                    "/api/instances/" + w.instanceB + "/commands",
                    Map.of("action", "start"))));
    probes.add(
        reading(
            "GET /api/instances/A/commands",
            p -> read(p, p.seesA()),
            get(w -> "/api/instances/" + w.instanceA + "/commands"),
            Check.NONE));
    probes.add(
        reading(
            "GET /api/instances/B/commands",
            p -> read(p, p.seesUngranted()),
            get(w -> "/api/instances/" + w.instanceB + "/commands"),
            Check.NONE));
    probes.add(
        reading(
            "GET /api/instances/A/commands/{cid}",
            p -> read(p, p.seesA()),
            get(w -> "/api/instances/" + w.instanceA + "/commands/" + w.finishedCommand),
            (w, c, reply) -> assertThat(reply.json().has("console")).isTrue()));
    probes.add(
        reading(
            "GET /api/instances/A/commands/{a command of B}",
            p -> read(p, false),
            get(w -> "/api/instances/" + w.instanceA + "/commands/" + w.commandOfB),
            Check.NONE));
    probes.add(
        reading(
            "GET /api/instances/A/commands/{cid}/console",
            p -> read(p, p.seesA()),
            get(
                w ->
                    "/api/instances/"
                        + w.instanceA
                        + "/commands/"
                        + w.finishedCommand
                        + "/console"),
            (w, c, reply) ->
                assertThat(reply.header("Content-Type")).startsWith("text/event-stream")));
    probes.add(
        writing(
            "POST /api/instances/{like A}/commands/{running start}/cancel",
            p -> act(p, p.seesA(), p.mayOnA("start"), 200),
            (w, c) -> {
              long scratch = w.scratchInstanceLikeA(c);
              long command = w.startSlowCommand(scratch);
              return new Call(
                  "POST",
                  "/api/instances/" + scratch + "/commands/" + command + "/cancel",
                  Map.of(),
                  reply -> w.removeInstance(scratch));
            }));
  }

  private static Probe commandProbe(
      Map<String, Object> body, Function<CallerProfile, Expect> expect) {
    return writing(
        "POST /api/instances/A/commands " + body,
        expect,
        (w, c) -> Call.of("POST", "/api/instances/" + w.instanceA + "/commands", body));
  }

  private static void hosts(List<Probe> probes) {
    probes.add(
        reading(
            "GET /api/hosts",
            p -> read(p, true),
            get(w -> "/api/hosts"),
            (w, c, reply) -> {
              List<Long> expected = new ArrayList<>();
              if (c.profile().seesHostOfA()) {
                expected.add(w.lab);
              }
              if (c.profile().seesHostFar()) {
                expected.add(w.far);
              }
              assertThat(ids(reply.json())).containsExactlyInAnyOrderElementsOf(expected);
              assertMasked(w, c, reply);
            }));
    probes.add(
        writing(
            "POST /api/hosts",
            p -> create(p, p.fullAdministrator(), 201),
            (w, c) ->
                Call.of("POST", "/api/hosts", AccessWorld.hostBody("h" + w.next(), "v", "n"))
                    .then(reply -> deleteCreated(w, reply, "/api/hosts/"))));
    probes.add(
        reading(
            "GET /api/hosts/lab",
            p -> read(p, p.seesHostOfA()),
            get(w -> "/api/hosts/" + w.lab),
            Endpoints::assertMasked));
    probes.add(
        reading(
            "GET /api/hosts/far",
            p -> read(p, p.seesHostFar()),
            get(w -> "/api/hosts/" + w.far),
            Endpoints::assertMasked));
    probes.add(
        writing(
            "PUT /api/hosts/lab",
            p -> act(p, p.seesHostOfA(), p.fullAdministrator(), 200),
            (w, c) ->
                Call.of(
                    "PUT",
                    "/api/hosts/" + w.lab,
                    AccessWorld.hostBody("lab", AccessWorld.LAB_SECRET, "case-" + w.next()))));
    probes.add(
        writing(
            "PUT /api/hosts/far",
            p -> act(p, p.seesHostFar(), p.fullAdministrator(), 200),
            (w, c) ->
                Call.of(
                    "PUT",
                    "/api/hosts/" + w.far,
                    AccessWorld.hostBody("far", AccessWorld.FAR_SECRET, "case-" + w.next()))));
    probes.add(
        writing(
            "DELETE /api/hosts/lab (instances on it: 409)",
            p -> act(p, p.seesHostOfA(), p.fullAdministrator(), 409),
            (w, c) -> Call.of("DELETE", "/api/hosts/" + w.lab, null)));
    probes.add(
        writing(
            "DELETE /api/hosts/{unused}",
            p -> act(p, p.seesUngranted(), p.fullAdministrator(), 204),
            (w, c) -> {
              long host =
                  id(
                      w.admin(
                          "POST",
                          "/api/hosts",
                          AccessWorld.hostBody("spare" + w.next(), "v", "n"),
                          201));
              return new Call(
                  "DELETE",
                  "/api/hosts/" + host,
                  null,
                  reply -> deleteIfThere(w, "/api/hosts/" + host));
            }));
  }

  private static void projects(List<Probe> probes) {
    probes.add(
        reading(
            "GET /api/projects",
            p -> read(p, true),
            get(w -> "/api/projects"),
            (w, c, reply) ->
                assertThat(ids(reply.json()))
                    .containsExactlyInAnyOrderElementsOf(
                        c.profile().seesProject() ? List.of(w.project) : List.of())));
    probes.add(
        writing(
            "POST /api/projects",
            p -> create(p, p.fullAdministrator(), 201),
            (w, c) ->
                Call.of(
                        "POST",
                        "/api/projects",
                        Map.of("name", "p" + w.next(), "base_path", "/srv/envs"))
                    .then(reply -> deleteCreated(w, reply, "/api/projects/"))));
    probes.add(
        reading(
            "GET /api/projects/P",
            p -> read(p, p.seesProject()),
            get(w -> "/api/projects/" + w.project),
            Check.NONE));
    probes.add(
        writing(
            "PUT /api/projects/P",
            p -> act(p, p.seesProject(), p.fullAdministrator(), 200),
            (w, c) ->
                Call.of(
                    "PUT",
                    "/api/projects/" + w.project,
                    Map.of(
                        "name",
                        "shop",
                        "git_address",
                        w.repository.toString(),
                        "base_path",
                        "/srv/case-" + w.next()))));
    probes.add(
        writing(
            "DELETE /api/projects/P (instances in it: 409)",
            p -> act(p, p.seesProject(), p.fullAdministrator(), 409),
            (w, c) -> Call.of("DELETE", "/api/projects/" + w.project, null)));
    probes.add(
        writing(
            "DELETE /api/projects/{empty}",
            p -> act(p, p.seesUngranted(), p.fullAdministrator(), 204),
            (w, c) -> {
              long project =
                  id(w.admin("POST", "/api/projects", Map.of("name", "spare" + w.next()), 201));
              return new Call(
                  "DELETE",
                  "/api/projects/" + project,
                  null,
                  reply -> deleteIfThere(w, "/api/projects/" + project));
            }));
    probes.add(
        reading(
            "GET /api/projects/P/git-references",
            p -> read(p, p.seesProject()),
            get(w -> "/api/projects/" + w.project + "/git-references"),
            (w, c, reply) ->
                assertThat(reply.body()).contains("\"" + LocalGitRepository.BRANCH + "\"")));
  }

  private static void users(List<Probe> probes) {
    probes.add(
        reading(
            "GET /api/users",
            p ->
                p.authenticated() && !p.fullAdministrator()
                    ? Expect.oneOf("admin list: 403, or a list of itself only", 200, 403)
                    : read(p, true),
            get(w -> "/api/users"),
            (w, c, reply) -> {
              if (c.profile().fullAdministrator()) {
                assertThat(ids(reply.json())).contains(w.victim);
              } else {
                assertThat(ids(reply.json())).isSubsetOf(c.userId());
              }
            }));
    probes.add(
        writing(
            "POST /api/users",
            p -> create(p, p.fullAdministrator(), 201),
            (w, c) -> {
              String name = "new" + w.next();
              return Call.of(
                      "POST",
                      "/api/users",
                      Map.of("name", name, "email", name + "@example.org", "role", "user"))
                  .then(reply -> deleteCreated(w, reply, "/api/users/"));
            }));
    probes.add(
        reading(
            "GET /api/users/{self}",
            p -> read(p, true),
            (w, c) -> Call.of("GET", "/api/users/" + self(w, c), null),
            (w, c, reply) -> assertThat(id(reply.json())).isEqualTo(c.userId())));
    probes.add(
        reading(
            "GET /api/users/{victim}",
            p -> read(p, p.fullAdministrator()),
            get(w -> "/api/users/" + w.victim),
            Check.NONE));
    probes.add(
        writing(
            "PATCH /api/users/{victim}",
            p -> act(p, p.fullAdministrator(), p.fullAdministrator(), 200),
            (w, c) ->
                Call.of(
                    "PATCH",
                    "/api/users/" + w.victim,
                    Map.of("email", "victim" + w.next() + "@example.org"))));
    probes.add(
        writing(
            "PUT /api/users/{victim}",
            p -> act(p, p.fullAdministrator(), p.fullAdministrator(), 200),
            (w, c) ->
                Call.of(
                    "PUT",
                    "/api/users/" + w.victim,
                    Map.of(
                        "name",
                        "victim",
                        "email",
                        "victim" + w.next() + "@example.org",
                        "role",
                        "user",
                        "disabled",
                        false))));
    probes.add(
        writing(
            "PATCH /api/users/{self}",
            p -> act(p, true, p.fullAdministrator(), 200),
            (w, c) ->
                Call.of(
                    "PATCH",
                    "/api/users/" + self(w, c),
                    Map.of("email", "me" + w.next() + "@example.org"))));
    probes.add(
        writing(
            "DELETE /api/users/{another}",
            p -> act(p, p.fullAdministrator(), p.fullAdministrator(), 204),
            (w, c) -> {
              long user = w.createUser("gone" + w.next(), "user").id();
              return new Call(
                  "DELETE",
                  "/api/users/" + user,
                  null,
                  reply -> deleteIfThere(w, "/api/users/" + user));
            }));
  }

  private static void teams(List<Probe> probes) {
    probes.add(
        reading(
            "GET /api/teams",
            p -> read(p, true),
            get(w -> "/api/teams"),
            (w, c, reply) ->
                assertThat(ids(reply.json()))
                    .containsExactlyInAnyOrderElementsOf(
                        c.profile().seesTeam() ? List.of(w.team) : List.of())));
    probes.add(
        writing(
            "POST /api/teams",
            p -> create(p, p.fullAdministrator(), 201),
            (w, c) ->
                Call.of("POST", "/api/teams", Map.of("name", "t" + w.next(), "members", List.of()))
                    .then(reply -> deleteCreated(w, reply, "/api/teams/"))));
    probes.add(
        reading(
            "GET /api/teams/T",
            p -> read(p, p.seesTeam()),
            get(w -> "/api/teams/" + w.team),
            (w, c, reply) -> assertThat(reply.header("ETag")).isNotBlank()));
    for (String method : List.of("PUT", "PATCH")) {
      probes.add(
          writing(
              method + " /api/teams/T",
              p -> act(p, p.seesTeam(), p.fullAdministrator(), 200),
              (w, c) ->
                  Call.of(
                          method,
                          "/api/teams/" + w.team,
                          Map.of("name", "devs-" + w.next(), "members", List.of(w.teamMemberUser)))
                      .with("If-Match", teamEtag(w))));
    }
    // Every team write must name the version it was based on (428 without): the precondition
    // is checked once the caller may write, so a caller that may not see the team still gets 404.
    probes.add(
        writing(
            "PUT /api/teams/T without If-Match",
            p -> act(p, p.seesTeam(), p.fullAdministrator(), 428),
            (w, c) ->
                Call.of(
                    "PUT",
                    "/api/teams/" + w.team,
                    Map.of("name", "devs-" + w.next(), "members", List.of(w.teamMemberUser)))));
    probes.add(
        writing(
            "DELETE /api/teams/{another, same member}",
            p -> act(p, p.seesTeam(), p.fullAdministrator(), 204),
            (w, c) -> {
              long team =
                  id(
                      w.admin(
                          "POST",
                          "/api/teams",
                          Map.of("name", "spare" + w.next(), "members", List.of(w.teamMemberUser)),
                          201));
              return new Call(
                  "DELETE",
                  "/api/teams/" + team,
                  null,
                  reply -> deleteIfThere(w, "/api/teams/" + team));
            }));
  }

  private static void grants(List<Probe> probes) {
    probes.add(
        reading(
            "GET /api/grants",
            p -> read(p, true),
            get(w -> "/api/grants"),
            (w, c, reply) -> {
              if (c.profile().fullAdministrator()) {
                assertThat(ids(reply.json())).contains(w.teamGrant, w.viewOnlyGrant);
                return;
              }
              for (JsonNode grant : reply.json()) {
                boolean own = grant.path("user").asLong(-1) == c.userId();
                boolean ownTeam =
                    c.profile().teamMember() && grant.path("team").asLong(-1) == w.team;
                assertThat(own || ownTeam).as("grant naming the caller: " + grant).isTrue();
              }
            }));
    probes.add(
        writing(
            "POST /api/grants",
            p -> create(p, p.fullAdministrator(), 201),
            (w, c) ->
                Call.of(
                        "POST",
                        "/api/grants",
                        Map.of(
                            "user", w.victim, "instance", w.instanceB, "actions", List.of("view")))
                    .then(reply -> deleteCreated(w, reply, "/api/grants/"))));
    probes.add(
        reading(
            "GET /api/grants/{the team's}",
            p -> read(p, p.seesTeam()),
            get(w -> "/api/grants/" + w.teamGrant),
            Check.NONE));
    probes.add(
        reading(
            "GET /api/grants/{view-only user's}",
            p ->
                read(
                    p,
                    p.fullAdministrator()
                        || p.authenticated()
                            && !p.administrator()
                            && p.onInstanceA().equals(Set.of("view"))),
            get(w -> "/api/grants/" + w.viewOnlyGrant),
            Check.NONE));
    probes.add(
        writing(
            "DELETE /api/grants/{another of the team's}",
            p -> act(p, p.seesTeam(), p.fullAdministrator(), 204),
            (w, c) -> {
              long grant =
                  id(
                      w.admin(
                          "POST",
                          "/api/grants",
                          Map.of("team", w.team, "host", w.far, "actions", List.of("view")),
                          201));
              return new Call(
                  "DELETE",
                  "/api/grants/" + grant,
                  null,
                  reply -> deleteIfThere(w, "/api/grants/" + grant));
            }));
    probes.add(
        writing(
            "DELETE /api/grants/{victim's}",
            p -> act(p, p.fullAdministrator(), p.fullAdministrator(), 204),
            (w, c) -> {
              long grant =
                  id(
                      w.admin(
                          "POST",
                          "/api/grants",
                          Map.of("user", w.victim, "host", w.far, "actions", List.of("view")),
                          201));
              return new Call(
                  "DELETE",
                  "/api/grants/" + grant,
                  null,
                  reply -> deleteIfThere(w, "/api/grants/" + grant));
            }));
  }

  private static void apiKeys(List<Probe> probes) {
    probes.add(
        reading(
            "GET /api/api-keys",
            p -> read(p, true),
            get(w -> "/api/api-keys"),
            (w, c, reply) -> {
              List<Long> owners =
                  StreamSupport.stream(reply.json().spliterator(), false)
                      .map(key -> key.get("user").asLong())
                      .toList();
              assertThat(reply.body()).doesNotContain("\"secret\":\"");
              if (c.profile().fullAdministrator()) {
                assertThat(owners).contains(w.victim);
              } else {
                assertThat(owners).isNotEmpty().containsOnly(c.userId());
              }
            }));
    probes.add(
        writing(
            "POST /api/api-keys {name}",
            p -> create(p, p.keyActions().isEmpty(), 201),
            (w, c) ->
                Call.of("POST", "/api/api-keys", Map.of("name", "mine" + w.next()))
                    .then(reply -> revokeCreated(w, reply))));
    probes.add(
        writing(
            "POST /api/api-keys {name, actions=[view]}",
            p -> create(p, true, 201),
            (w, c) ->
                Call.of(
                        "POST",
                        "/api/api-keys",
                        Map.of("name", "narrow" + w.next(), "actions", List.of("view")))
                    .then(reply -> revokeCreated(w, reply))));
    probes.add(
        writing(
            "POST /api/api-keys {name, user=victim}",
            p -> create(p, p.fullAdministrator(), 201),
            (w, c) ->
                Call.of(
                        "POST",
                        "/api/api-keys",
                        Map.of("name", "theirs" + w.next(), "user", w.victim))
                    .then(reply -> revokeCreated(w, reply))));
    probes.add(
        writing(
            "DELETE /api/api-keys/{own}",
            p -> act(p, true, p.keyActions().isEmpty(), 204),
            (w, c) -> scratchKeyCall(w, c.userId() == null ? w.victim : c.userId())));
    probes.add(
        writing(
            "DELETE /api/api-keys/{victim's}",
            p -> act(p, p.fullAdministrator(), p.fullAdministrator(), 204),
            (w, c) -> scratchKeyCall(w, w.victim)));
  }

  // ---- rules and checks shared by several columns ----

  /** An allowed sync is queued on an instance from git; A from a path refuses it with 400. */
  private static Expect commandRule(CallerProfile p, String action, String script) {
    int success = action.equals("sync") && !instanceAFromGit ? 400 : 202;
    return act(p, p.seesA(), mayCommand(p, action, script), success);
  }

  private static boolean mayCommand(CallerProfile p, String action, String script) {
    return switch (action) {
      case "status" -> p.mayOnA("view");
      case "runScript" -> p.mayRunScriptOnA(script);
      default -> p.mayOnA(action);
    };
  }

  private static List<Long> visibleInstances(AccessWorld w, CallerProfile p) {
    List<Long> visible = new ArrayList<>();
    if (p.seesA()) {
      visible.add(w.instanceA);
    }
    if (p.seesUngranted()) {
      visible.add(w.instanceB);
    }
    return visible;
  }

  private static void assertMasked(AccessWorld w, Caller c, Reply reply) {
    if (c.profile().fullAdministrator()) {
      assertThat(reply.body()).contains("sekret-");
    } else {
      assertThat(reply.body()).doesNotContain("sekret-");
      if (reply.body().contains("API_TOKEN")) {
        assertThat(reply.body()).contains("\"API_TOKEN\":\"********\"");
      }
    }
  }

  private static void auditVisible(AccessWorld w, Caller c, Reply reply) {
    JsonNode entries = reply.json();
    assertThat(entries.size()).isPositive();
    if (c.profile().fullAdministrator()) {
      return;
    }
    List<Long> visible = visibleInstances(w, c.profile());
    for (JsonNode entry : entries) {
      boolean own = entry.path("user_id").asLong(-1) == c.userId();
      boolean aboutVisible =
          entry.get("object_type").asText().equals("instance")
              && visible.contains(entry.path("object_id").asLong(-1));
      assertThat(own || aboutVisible).as("entry the caller may see: " + entry).isTrue();
    }
  }

  private static Call scratchKeyCall(AccessWorld w, long owner) {
    long key =
        id(
            w.admin(
                "POST", "/api/api-keys", Map.of("name", "scratch" + w.next(), "user", owner), 201));
    return new Call(
        "DELETE",
        "/api/api-keys/" + key,
        null,
        reply -> {
          if (reply.status() != 204) {
            w.admin("DELETE", "/api/api-keys/" + key, null, 204);
          }
        });
  }

  private static String teamEtag(AccessWorld w) {
    return w.jeto.get("/api/teams/" + w.team, ADMIN_KEY).header("ETag");
  }

  private static long self(AccessWorld w, Caller c) {
    return c.userId() == null ? w.victim : c.userId();
  }

  private static void removeCreatedInstance(AccessWorld w, Reply reply) {
    if (reply.status() == 201) {
      w.removeInstance(id(reply.json()));
    }
  }

  private static void deleteCreated(AccessWorld w, Reply reply, String prefix) {
    if (reply.status() == 201) {
      w.admin("DELETE", prefix + id(reply.json()), null, 204);
    }
  }

  private static void revokeCreated(AccessWorld w, Reply reply) {
    if (reply.status() == 201) {
      w.admin("DELETE", "/api/api-keys/" + id(reply.json()), null, 204);
    }
  }

  private static void deleteIfThere(AccessWorld w, String path) {
    if (w.jeto.get(path, ADMIN_KEY).status() == 200) {
      w.admin("DELETE", path, null, 204);
    }
  }

  // ---- builders ----

  private static Preparer get(Function<AccessWorld, String> path) {
    return (w, c) -> Call.of("GET", path.apply(w), null);
  }

  private static Probe reading(
      String name, Function<CallerProfile, Expect> expect, Preparer prepare, Check check) {
    return new Probe(name, false, expect, prepare, check);
  }

  private static Probe writing(
      String name, Function<CallerProfile, Expect> expect, Preparer prepare) {
    return new Probe(name, true, expect, prepare, Check.NONE);
  }
}
