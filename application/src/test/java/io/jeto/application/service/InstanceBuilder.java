package io.jeto.application.service;

import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.Instance;
import io.jeto.domain.instance.NewInstance;
import java.nio.file.Path;
import java.util.Optional;

/** Builds instances for tests, with defaults that any test may override. */
final class InstanceBuilder {

  private long id = 1;
  private String name = "web";
  private Path path = Path.of("/srv/jeto/web");
  private String environment = "dev";
  private long hostId = 1;
  private Optional<Long> projectId = Optional.empty();
  private EnvironmentStatus status = EnvironmentStatus.unknown();

  private InstanceBuilder() {}

  static InstanceBuilder anInstance() {
    return new InstanceBuilder();
  }

  InstanceBuilder withId(long value) {
    id = value;
    return this;
  }

  InstanceBuilder named(String value) {
    name = value;
    return this;
  }

  InstanceBuilder at(Path value) {
    path = value;
    return this;
  }

  InstanceBuilder onHost(long value) {
    hostId = value;
    return this;
  }

  InstanceBuilder inProject(long value) {
    projectId = Optional.of(value);
    return this;
  }

  InstanceBuilder withStatus(EnvironmentStatus value) {
    status = value;
    return this;
  }

  Instance build() {
    return newInstance().toInstance(id, status);
  }

  /** Stores the instance, with its identifier given by the repository. */
  Instance storeIn(InMemoryInstanceRepository instances) {
    return instances.add(newInstance(), status);
  }

  private NewInstance newInstance() {
    return new NewInstance(
        name, path, Optional.empty(), Optional.empty(), environment, hostId, projectId, false);
  }
}
