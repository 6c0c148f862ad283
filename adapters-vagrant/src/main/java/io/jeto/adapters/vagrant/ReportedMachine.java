package io.jeto.adapters.vagrant;

/**
 * One machine as {@code vagrant status} listed it.
 *
 * @param name the machine's name in the Vagrantfile
 * @param provider the provider Vagrant named for it
 * @param state Vagrant's state id, such as {@code not_created}
 * @param status Vagrant's short human state, such as {@code not created}
 */
record ReportedMachine(String name, String provider, String state, String status) {}
