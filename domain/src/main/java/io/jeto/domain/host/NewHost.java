package io.jeto.domain.host;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * A host about to be stored, before it has an identifier.
 *
 * @param name the name users know it by
 * @param provider the Vagrant provider
 * @param params environment variables passed to every Vagrant command on this host
 */
public record NewHost(String name, String provider, Map<String, String> params) {

  public NewHost {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(provider, "'provider' must not be null");
    params = Map.copyOf(requireNonNull(params, "'params' must not be null"));
  }
}
