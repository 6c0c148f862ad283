package io.jeto.application.port.in;

import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import java.util.List;

/** Use case: list, show and create the hosts that run environments. */
public interface ManageHostsUseCase {

  /** The hosts the caller may see, parameter values masked for non-administrators. */
  List<Host> listHosts(Caller caller);

  /** @throws NotFoundException if there is no such host or the caller may not see it */
  Host getHost(Caller caller, long hostId);

  /**
   * @throws ForbiddenException unless the caller is an administrator
   * @throws InvalidRequestException if a field is not acceptable
   */
  Host createHost(Caller caller, NewHost host);
}
