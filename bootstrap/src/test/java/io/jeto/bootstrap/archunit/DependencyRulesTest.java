package io.jeto.bootstrap.archunit;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The hexagon's rules, checked over every Jeto class on the bootstrap module's class path. */
@AnalyzeClasses(packages = "io.jeto", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

  @ArchTest
  static final ArchRule domain_depends_on_nothing_outside_the_jdk =
      noClasses()
          .that()
          .resideInAPackage("io.jeto.domain..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages("io.jeto.domain..", "java..")
          .because("the domain is pure Java and must outlive every framework");

  @ArchTest
  static final ArchRule application_depends_only_on_the_domain =
      noClasses()
          .that()
          .resideInAPackage("io.jeto.application..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages("io.jeto.application..", "io.jeto.domain..", "java..")
          .because("use cases reach the world only through ports");

  @ArchTest
  static final ArchRule hexagon_layers =
      onionArchitecture()
          .domainModels(
              "io.jeto.domain.instance..",
              "io.jeto.domain.host..",
              "io.jeto.domain.project..",
              "io.jeto.domain.access..")
          .domainServices("io.jeto.domain.port..")
          .applicationServices("io.jeto.application..")
          .adapter("rest", "io.jeto.adapters.rest..")
          .adapter("vagrant", "io.jeto.adapters.vagrant..")
          .adapter("persistence", "io.jeto.adapters.persistence..")
          // Bootstrap is the composition root outside the rings; its own rule is below.
          .ignoreDependency(resideInAPackage("io.jeto.bootstrap.."), alwaysTrue())
          .because("adapters never depend on each other, only on the core");

  @ArchTest
  static final ArchRule nothing_but_bootstrap_sees_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.jeto.bootstrap..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.jeto.bootstrap..")
          .because("bootstrap wires the others and nothing may lean on the wiring");

  @ArchTest
  static final ArchRule adapters_use_ports_not_services =
      noClasses()
          .that()
          .resideInAPackage("io.jeto.adapters..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.jeto.application.service..")
          .because("adapters call use cases through their interfaces in application.port.in");

  @ArchTest
  static final ArchRule ports_do_not_depend_on_services =
      noClasses()
          .that()
          .resideInAPackage("io.jeto.application.port..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.jeto.application.service..")
          .because("a port is a contract and must not know its implementation");

  @ArchTest
  static final ArchRule no_cycles_between_packages =
      slices()
          .matching("io.jeto.(**)")
          .should()
          .beFreeOfCycles()
          .because("cycles make modules impossible to reason about one at a time");
}
