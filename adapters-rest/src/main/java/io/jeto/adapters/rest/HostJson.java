package io.jeto.adapters.rest;

import io.jeto.domain.host.Host;
import java.util.Map;

/** The Host object of API.md. */
record HostJson(long id, String name, String provider, Map<String, String> params) {

  static HostJson fromDomainModel(Host host) {
    return new HostJson(host.id(), host.name(), host.provider(), host.sortedParams());
  }
}
