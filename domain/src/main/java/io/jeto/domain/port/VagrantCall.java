package io.jeto.domain.port;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where and with which environment variables a Vagrant command runs.
 *
 * @param directory the instance's directory, which holds its Vagrantfile
 * @param environment the variables added to the service's own environment
 */
public record VagrantCall(Path directory, Map<String, String> environment) {

  public VagrantCall {
    requireNonNull(directory, "'directory' must not be null");
    environment = Map.copyOf(requireNonNull(environment, "'environment' must not be null"));
  }
}
