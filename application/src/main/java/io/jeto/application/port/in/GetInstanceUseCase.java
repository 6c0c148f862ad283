package io.jeto.application.port.in;

/** Use case: show one instance with the status of its machines measured now. */
public interface GetInstanceUseCase {

  /** @throws NotFoundException if there is no such instance or the caller may not see it */
  InstanceDetails getInstance(Caller caller, long instanceId);
}
