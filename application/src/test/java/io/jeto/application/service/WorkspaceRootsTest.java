package io.jeto.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeto.application.port.in.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceRootsTest {

  @TempDir private Path temp;

  private Path root;
  private Path outside;
  private WorkspaceRoots roots;

  @BeforeEach
  void createRootAndOutside() throws IOException {
    root = Files.createDirectory(temp.resolve("workspaces"));
    outside = Files.createDirectory(temp.resolve("elsewhere"));
    roots = new WorkspaceRoots(List.of(root));
  }

  @Test
  void givenDirectoryWithVagrantfileInsideRoot_admit_returnsItsRealPath() throws IOException {
    Path environment = environmentAt(root.resolve("team/web"));

    Path admitted = roots.admit(environment.toString());

    assertThat(admitted).isEqualTo(environment.toRealPath());
  }

  @Test
  void givenLowercaseVagrantfile_admit_acceptsTheDirectory() throws IOException {
    Path environment = Files.createDirectories(root.resolve("web"));
    Files.writeString(environment.resolve("vagrantfile"), "Vagrant.configure('2') {}\n");

    Path admitted = roots.admit(environment.toString());

    assertThat(admitted).isEqualTo(environment.toRealPath());
  }

  @Test
  void givenPathWithDotSegmentsStayingInsideRoot_admit_returnsNormalizedRealPath()
      throws IOException {
    Path environment = environmentAt(root.resolve("web"));
    Files.createDirectory(root.resolve("other"));

    Path admitted = roots.admit(root + "/other/../web/.");

    assertThat(admitted).isEqualTo(environment.toRealPath());
  }

  @Test
  void givenRelativePath_admit_refusesField() {
    assertRefused("workspaces/web").hasMessageContaining("absolute");
  }

  @Test
  void givenPathWithNulCharacter_admit_refusesField() {
    assertRefused(root + "/web\u0000").hasMessageContaining("not a valid path");
  }

  @Test
  void givenMissingDirectory_admit_refusesField() {
    assertRefused(root.resolve("missing").toString()).hasMessageContaining("does not exist");
  }

  @Test
  void givenFileInsteadOfDirectory_admit_refusesField() throws IOException {
    Path file = Files.writeString(root.resolve("notes.txt"), "not an environment");

    assertRefused(file.toString()).hasMessageContaining("not a directory");
  }

  @Test
  void givenPathToVagrantfileItself_admit_refusesField() throws IOException {
    Path environment = environmentAt(root.resolve("web"));

    assertRefused(environment.resolve("Vagrantfile").toString())
        .hasMessageContaining("not a directory");
  }

  @Test
  void givenEnvironmentOutsideRoots_admit_refusesField() throws IOException {
    Path environment = environmentAt(outside.resolve("web"));

    assertRefused(environment.toString()).hasMessageContaining("outside");
  }

  @Test
  void givenSiblingWhoseNameStartsWithRootName_admit_refusesField() throws IOException {
    Path environment = environmentAt(temp.resolve("workspaces-old/web"));

    assertRefused(environment.toString()).hasMessageContaining("outside");
  }

  @Test
  void givenSymlinkInsideRootPointingOutside_admit_refusesField() throws IOException {
    Path target = environmentAt(outside.resolve("web"));
    Path link = Files.createSymbolicLink(root.resolve("web"), target);

    assertRefused(link.toString()).hasMessageContaining("outside");
  }

  @Test
  void givenVagrantfileLinkedToAFileOutsideRoots_admit_refusesField() throws IOException {
    Path environment = Files.createDirectory(root.resolve("web"));
    Path foreign = environmentAt(outside.resolve("foreign")).resolve("Vagrantfile");
    Files.createSymbolicLink(environment.resolve("Vagrantfile"), foreign);

    assertRefused(environment.toString()).hasMessageContaining("links outside");
  }

  @Test
  void givenSymlinkedParentInsideRootPointingOutside_admit_refusesField() throws IOException {
    environmentAt(outside.resolve("web"));
    Path link = Files.createSymbolicLink(root.resolve("team"), outside);

    assertRefused(link.resolve("web").toString()).hasMessageContaining("outside");
  }

  @Test
  void givenSymlinkInsideRootPointingInsideRoot_admit_returnsTheTargetsRealPath()
      throws IOException {
    Path target = environmentAt(root.resolve("real/web"));
    Path link = Files.createSymbolicLink(root.resolve("web"), target);

    Path admitted = roots.admit(link.toString());

    assertThat(admitted).isEqualTo(target.toRealPath());
  }

  @Test
  void givenDotDotEscapingRoot_admit_refusesField() throws IOException {
    environmentAt(outside.resolve("web"));

    assertRefused(root + "/../elsewhere/web").hasMessageContaining("outside");
  }

  @Test
  void givenDirectoryWithoutVagrantfileWhoseParentHasOne_admit_refusesField() throws IOException {
    Path parent = environmentAt(root.resolve("web"));
    Path child = Files.createDirectory(parent.resolve("provisioning"));

    assertRefused(child.toString()).hasMessageContaining("no Vagrantfile");
  }

  @Test
  void givenVagrantfileThatIsADirectory_admit_refusesField() throws IOException {
    Path environment = Files.createDirectories(root.resolve("web/Vagrantfile")).getParent();

    assertRefused(environment.toString()).hasMessageContaining("no Vagrantfile");
  }

  @Test
  void givenRootThatIsASymlink_admit_acceptsPathsThroughTheLinkAndTheTarget() throws IOException {
    Path realRoot = Files.createDirectory(temp.resolve("real-root"));
    Path linkedRoot = Files.createSymbolicLink(temp.resolve("linked-root"), realRoot);
    Path environment = environmentAt(realRoot.resolve("web"));
    WorkspaceRoots linked = new WorkspaceRoots(List.of(linkedRoot));

    Path throughLink = linked.admit(linkedRoot.resolve("web").toString());
    Path throughTarget = linked.admit(environment.toString());

    assertThat(linked.roots()).containsExactly(realRoot.toRealPath());
    assertThat(throughLink).isEqualTo(environment.toRealPath());
    assertThat(throughTarget).isEqualTo(environment.toRealPath());
  }

  @Test
  void givenSeveralRoots_admit_acceptsEnvironmentUnderAnyOfThem() throws IOException {
    Path environment = environmentAt(outside.resolve("web"));
    WorkspaceRoots both = new WorkspaceRoots(List.of(root, outside));

    Path admitted = both.admit(environment.toString());

    assertThat(admitted).isEqualTo(environment.toRealPath());
  }

  @Test
  void givenNoRoots_constructor_throws() {
    assertThatThrownBy(() -> new WorkspaceRoots(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String rawPath) {
    return assertThatThrownBy(() -> roots.admit(rawPath))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("path"));
  }

  private static Path environmentAt(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("Vagrantfile"), "Vagrant.configure('2') {}\n");
    return directory;
  }
}
