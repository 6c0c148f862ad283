package io.jeto.adapters.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database's schema up to the latest version with the scripts in db/migration. */
final class Migrations {

  private static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /** Applies the scripts the database lacks and says how many; none when it is up to date. */
  static int apply(DataSource dataSource) {
    Flyway flyway = Flyway.configure().dataSource(dataSource).locations(LOCATION).load();
    return flyway.migrate().migrationsExecuted;
  }
}
