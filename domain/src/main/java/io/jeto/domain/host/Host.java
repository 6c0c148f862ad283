package io.jeto.domain.host;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.TreeMap;

/**
 * A machine that runs Vagrant environments with one provider.
 *
 * @param id the identifier given when the host was stored
 * @param name the name users know it by
 * @param provider the Vagrant provider, exported as {@code VAGRANT_DEFAULT_PROVIDER}
 * @param params environment variables passed to every Vagrant command on this host; they may
 *     hold credentials, so they are shown only to administrators
 */
public record Host(long id, String name, String provider, Map<String, String> params) {

  public Host {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(provider, "'provider' must not be null");
    params = Map.copyOf(requireNonNull(params, "'params' must not be null"));
  }

  /** The parameters sorted by name, so that every listing shows them in the same order. */
  public Map<String, String> sortedParams() {
    return new TreeMap<>(params);
  }
}
