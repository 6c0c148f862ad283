package io.jeto.application.port.in;

import io.jeto.domain.host.Host;
import io.jeto.domain.host.NewHost;
import java.util.List;
import java.util.function.Supplier;

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
  default Host createHost(Caller caller, NewHost host) {
    return createHost(caller, () -> host);
  }

  /**
   * Creates the host that {@code request} reads, which it calls only once the caller is known
   * to be an administrator: others learn nothing about what a valid request looks like.
   */
  Host createHost(Caller caller, Supplier<NewHost> request);

  /** @throws ForbiddenException unless the caller is an administrator */
  Host updateHost(Caller caller, long hostId, Supplier<NewHost> request);

  /**
   * @throws ForbiddenException unless the caller is an administrator
   * @throws ConflictException while instances still run on the host
   */
  void deleteHost(Caller caller, long hostId);
}
