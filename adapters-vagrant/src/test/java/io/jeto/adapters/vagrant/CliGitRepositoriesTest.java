package io.jeto.adapters.vagrant;

import static io.jeto.adapters.vagrant.GitFixture.commit;
import static io.jeto.adapters.vagrant.GitFixture.git;
import static io.jeto.adapters.vagrant.GitFixture.head;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.domain.command.CancelSignal;
import io.jeto.domain.command.CommandOutcome;
import io.jeto.domain.command.ConsoleStream;
import io.jeto.domain.port.GitUnavailableException;
import io.jeto.domain.project.GitReference;
import io.jeto.domain.project.GitReference.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliGitRepositoriesTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Duration GRACE = Duration.ofMillis(500);

  @TempDir Path dir;

  private final RecordingConsole console = new RecordingConsole();
  private CliGitRepositories git;
  private Path upstream;
  private Path workspaces;

  @BeforeEach
  void createUpstreamWithASubmodule() throws IOException {
    git = new CliGitRepositories(GitFixture.gitAllowingFileSubmodules(dir).toString(), GRACE);
    Path library = GitFixture.repository(dir, "library", "lib.txt", "library v1\n");
    upstream = GitFixture.repository(dir, "upstream", "Vagrantfile", "# v1\n");
    git(upstream, "submodule", "add", "-q", library.toUri().toString(), "vendor/library");
    git(upstream, "commit", "-q", "-m", "add the library");
    workspaces = Files.createDirectory(dir.resolve("workspaces"));
  }

  @Test
  void givenBranchesAndTags_references_listsEachOnceWithTheCommitItPointsAt() {
    String main = head(upstream);
    git(upstream, "tag", "-a", "v1.0", "-m", "annotated");
    git(upstream, "branch", "feature");
    String second = commit(upstream, "Vagrantfile", "# v2\n", "second");
    git(upstream, "tag", "v1.1");

    List<GitReference> references = git.references(upstream.toString(), TIMEOUT);

    assertThat(references)
        .containsExactlyInAnyOrder(
            new GitReference("main", Kind.BRANCH, second),
            new GitReference("feature", Kind.BRANCH, main),
            new GitReference("v1.0", Kind.TAG, main),
            new GitReference("v1.1", Kind.TAG, second));
  }

  @Test
  void givenFileUrl_references_readsTheRepositoryAsWell() {
    List<GitReference> references = git.references(upstream.toUri().toString(), TIMEOUT);

    assertThat(references).containsExactly(new GitReference("main", Kind.BRANCH, head(upstream)));
  }

  @Test
  void givenMissingRepository_references_throwsWithGitsOwnWords() {
    Path missing = dir.resolve("missing");

    assertThatThrownBy(() -> git.references(missing.toString(), TIMEOUT))
        .isInstanceOf(GitUnavailableException.class)
        .hasMessageContaining("does not appear to be a git repository");
  }

  @Test
  void givenAddressWithAPassword_references_masksItInTheMessage() {
    // Port 9 on loopback: nothing listens there, so git fails at once.
    String address = "https://deploy:s3cr3t-token@127.0.0.1:9/shop.git";

    assertThatThrownBy(() -> git.references(address, TIMEOUT))
        .isInstanceOf(GitUnavailableException.class)
        .hasMessageNotContaining("s3cr3t-token");
  }

  @Test
  void givenMissingGit_references_throwsNamingTheCommand() {
    Path missing = dir.resolve("no-such-git");
    CliGitRepositories absent = new CliGitRepositories(missing.toString(), GRACE);

    assertThatThrownBy(() -> absent.references(upstream.toString(), TIMEOUT))
        .isInstanceOf(GitUnavailableException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void givenBranch_cloneReference_checksItOutWithItsSubmodule() throws IOException {
    Path target = workspaces.resolve("shop");

    CommandOutcome outcome = clone("main", target);

    assertThat(outcome).isEqualTo(CommandOutcome.exited(0));
    assertThat(target.resolve("Vagrantfile")).hasContent("# v1");
    assertThat(target.resolve("vendor/library/lib.txt")).hasContent("library v1");
    assertThat(console.texts(ConsoleStream.JETO))
        .first()
        .asString()
        .startsWith("git clone --branch main --recurse-submodules -- ");
    assertThat(console.texts(ConsoleStream.STDERR)).anyMatch(line -> line.contains("Cloning"));
  }

  @Test
  void givenAnnotatedTag_cloneReference_checksOutTheTaggedCommit() {
    git(upstream, "tag", "-a", "v1.0", "-m", "annotated");
    commit(upstream, "Vagrantfile", "# v2\n", "second");
    Path target = workspaces.resolve("shop");

    CommandOutcome outcome = clone("v1.0", target);

    assertThat(outcome.succeeded()).isTrue();
    assertThat(target.resolve("Vagrantfile")).hasContent("# v1");
  }

  @Test
  void givenUnknownReference_cloneReference_failsAndLeavesNoTarget() {
    Path target = workspaces.resolve("shop");

    CommandOutcome outcome = clone("no-such-branch", target);

    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.exitCode()).isPositive();
    assertThat(console.texts(ConsoleStream.STDERR)).anyMatch(line -> line.contains("not found"));
    assertThat(target).doesNotExist();
  }

  @Test
  void givenSubmoduleOverFileWithGitsDefaultRules_cloneReference_failsAndRemovesThePartClone() {
    CliGitRepositories strict =
        new CliGitRepositories(GitFixture.gitWithDefaults(dir).toString(), GRACE);
    Path target = workspaces.resolve("shop");

    CommandOutcome outcome =
        strict.cloneReference(
            upstream.toString(), "main", target, TIMEOUT, console, new CancelSignal());

    assertThat(outcome.succeeded()).isFalse();
    assertThat(target).doesNotExist();
  }

  @Test
  void givenAddressWithAPassword_cloneReference_neverShowsItOnTheConsole() {
    String address = "https://deploy:s3cr3t-token@127.0.0.1:9/shop.git";

    CommandOutcome outcome =
        git.cloneReference(
            address, "main", workspaces.resolve("shop"), TIMEOUT, console, new CancelSignal());

    assertThat(outcome.succeeded()).isFalse();
    assertThat(console.texts(ConsoleStream.JETO))
        .anyMatch(line -> line.contains("https://deploy:***@127.0.0.1:9/shop.git"));
    assertThat(console.lines()).noneMatch(line -> line.text().contains("s3cr3t"));
  }

  @Test
  void givenServiceSettingsInItsOwnEnvironment_cloneReference_keepsThemFromGit() {
    ServiceSettings.requireInherited();
    Path fakeGit = FakeVagrant.script(dir, "git", "env\nexit 1");
    CliGitRepositories printingGit = new CliGitRepositories(fakeGit.toString(), GRACE);

    printingGit.cloneReference(
        upstream.toString(),
        "main",
        workspaces.resolve("shop"),
        TIMEOUT,
        console,
        new CancelSignal());

    assertThat(console.texts(ConsoleStream.STDOUT))
        .anyMatch(line -> line.startsWith("GIT_TERMINAL_PROMPT="));
    assertThat(ServiceSettings.jetoLines(console.texts(ConsoleStream.STDOUT))).isEmpty();
  }

  @Test
  void givenReferenceThatLooksLikeAnOption_cloneReference_refusesWithoutRunningGit() {
    Path target = workspaces.resolve("shop");

    CommandOutcome outcome = clone("--upload-pack=touch owned", target);

    assertThat(outcome.failure())
        .hasValueSatisfying(message -> assertThat(message).contains("must not start with '-'"));
    assertThat(console.lines()).isEmpty();
    assertThat(target).doesNotExist();
  }

  @Test
  void givenExistingTarget_cloneReference_refusesAndLeavesItAlone() throws IOException {
    Path target = Files.createDirectory(workspaces.resolve("shop"));
    Files.writeString(target.resolve("mine.txt"), "keep me");

    CommandOutcome outcome = clone("main", target);

    assertThat(outcome.failure())
        .hasValueSatisfying(message -> assertThat(message).contains("already exists"));
    assertThat(target.resolve("mine.txt")).hasContent("keep me");
  }

  @Test
  void givenNewCommitOnTheBranch_sync_resetsTheCloneToItAndKeepsUntrackedFiles()
      throws IOException {
    Path target = workspaces.resolve("shop");
    clone("main", target);
    Files.writeString(target.resolve("Vagrantfile"), "# changed here\n");
    Files.createDirectories(target.resolve(".vagrant/machines"));
    String pushed = commit(upstream, "Vagrantfile", "# v2\n", "second");

    CommandOutcome outcome = sync(target, "main");

    assertThat(outcome).isEqualTo(CommandOutcome.exited(0));
    assertThat(target.resolve("Vagrantfile")).hasContent("# v2");
    assertThat(head(target)).isEqualTo(pushed);
    assertThat(target.resolve(".vagrant/machines")).isDirectory();
    assertThat(console.texts(ConsoleStream.JETO))
        .containsSubsequence(
            "git fetch --tags origin",
            "git reset --hard refs/remotes/origin/main --",
            "git submodule update --init --recursive");
  }

  @Test
  void givenSubmoduleMovedUpstream_sync_updatesItToo() {
    Path target = workspaces.resolve("shop");
    clone("main", target);
    Path library = dir.resolve("library");
    commit(library, "lib.txt", "library v2\n", "library second");
    Path vendored = upstream.resolve("vendor/library");
    git(vendored, "pull", "-q", "origin", "main");
    git(upstream, "commit", "-q", "-am", "library v2");

    CommandOutcome outcome = sync(target, "main");

    assertThat(outcome.succeeded()).isTrue();
    assertThat(target.resolve("vendor/library/lib.txt")).hasContent("library v2");
  }

  @Test
  void givenTag_sync_resetsTheCloneToTheTaggedCommit() {
    String tagged = head(upstream);
    git(upstream, "tag", "v1.0");
    Path target = workspaces.resolve("shop");
    commit(upstream, "Vagrantfile", "# v2\n", "second");
    clone("main", target);

    CommandOutcome outcome = sync(target, "v1.0");

    assertThat(outcome.succeeded()).isTrue();
    assertThat(head(target)).isEqualTo(tagged);
    assertThat(target.resolve("Vagrantfile")).hasContent("# v1");
    assertThat(console.texts(ConsoleStream.JETO)).contains("git reset --hard refs/tags/v1.0 --");
  }

  @Test
  void givenUnknownReference_sync_failsNamingItAndChangesNothing() {
    Path target = workspaces.resolve("shop");
    clone("main", target);
    String before = head(target);

    CommandOutcome outcome = sync(target, "no-such-branch");

    assertThat(outcome.failure())
        .hasValueSatisfying(
            message -> assertThat(message).contains("no branch or tag named 'no-such-branch'"));
    assertThat(head(target)).isEqualTo(before);
  }

  @Test
  void givenDirectoryInsideAnotherRepository_sync_refusesRatherThanResetTheOuterOne()
      throws IOException {
    Path inside = Files.createDirectory(upstream.resolve("not-a-clone"));

    CommandOutcome outcome = sync(inside, "main");

    assertThat(outcome.failure())
        .hasValueSatisfying(message -> assertThat(message).contains("is not a git clone"));
  }

  @Test
  void givenUpstreamGone_sync_stopsAtTheFetch() throws IOException {
    Path target = workspaces.resolve("shop");
    clone("main", target);
    DirectoryTrees.delete(upstream);

    CommandOutcome outcome = sync(target, "main");

    assertThat(outcome.exitCode()).isPositive();
    assertThat(console.texts(ConsoleStream.JETO)).last().isEqualTo("git fetch --tags origin");
  }

  private CommandOutcome clone(String reference, Path target) {
    return git.cloneReference(
        upstream.toString(), reference, target, TIMEOUT, console, new CancelSignal());
  }

  private CommandOutcome sync(Path clone, String reference) {
    return git.sync(clone, reference, TIMEOUT, console, new CancelSignal());
  }
}
