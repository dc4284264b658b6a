package org.zhucun.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.lang.annotation.Annotation;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.prepost.PreFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** House rules of the code base that the module check does not cover. */
class ArchitectureRulesTest {

	private static final String ROOT = "org.zhucun";

	/** Services that are a module's published API: identity's scope of the signed-in account. */
	private static final java.util.Set<String> API_SERVICES = java.util.Set.of("ScopeService");

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void domainCodeDoesNotUseWebCode() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..web..")
			.because("entities and repositories must not know about pages and forms")
			.check(this.classes);
	}

	@Test
	void entitiesAndRepositoriesStayInsideTheirModule() {
		classes().should(onlyUseEntitiesAndRepositoriesOfTheirOwnModule()).check(this.classes);
	}

	/**
	 * A module uses another only through its root-package API (facades such as {@code Organization} and
	 * {@code WorkTeams}, the records they return, enums, events): never another module's services or controllers, nor
	 * anything in its {@code domain} or {@code web} packages (entities, repositories, queries, forms).
	 */
	@Test
	void modulesUseEachOtherOnlyThroughTheirApi() {
		classes().should(useOtherModulesOnlyThroughTheirApi()).check(this.classes);
	}

	@Test
	void controllersLiveInWebPackages() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.resideInAPackage("..web..")
			.orShould()
			.resideInAPackage("..shared..")
			.check(this.classes);
	}

	@Test
	void everyPageSaysWhoMayCallIt() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Controller.class)
			.should(haveARoleRule())
			.because("every page states its role rule with @PreAuthorize(Allowed.…), on the handler or its class")
			.check(this.classes);
	}

	/** Method security publishes the advisor of @PreAuthorize only (identity.MethodSecurityConfiguration). */
	@Test
	void onlyPreAuthorizeIsUsed() {
		for (Class<? extends Annotation> annotation : List.of(PostAuthorize.class, PreFilter.class, PostFilter.class,
				Secured.class, RolesAllowed.class)) {
			noClasses().should()
				.beAnnotatedWith(annotation)
				.because("only @PreAuthorize is enforced (identity.MethodSecurityConfiguration)")
				.check(this.classes);
			noMethods().should()
				.beAnnotatedWith(annotation)
				.because("only @PreAuthorize is enforced (identity.MethodSecurityConfiguration)")
				.check(this.classes);
		}
	}

	@Test
	void noFieldInjection() {
		noFields().should().beAnnotatedWith(Autowired.class).because("constructor injection keeps classes testable").check(
				this.classes);
	}

	private static ArchCondition<JavaClass> onlyUseEntitiesAndRepositoriesOfTheirOwnModule() {
		DescribedPredicate<JavaClass> persistence = DescribedPredicate.describe("entity or repository",
				c -> c.isAnnotatedWith(Entity.class) || c.isAssignableTo(Repository.class));
		return new ArchCondition<>("use entities and repositories of their own module only") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String originModule = module(origin);
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					if (!target.getPackageName().startsWith(ROOT) || !persistence.test(target)) {
						continue;
					}
					String targetModule = module(target);
					if (!targetModule.equals("shared") && !targetModule.equals(originModule)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	private static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirApi() {
		return new ArchCondition<>("use other modules only through their root-package API") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String originModule = module(origin);
				if (!origin.getPackageName().startsWith(ROOT + ".")) {
					return;
				}
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					if (!target.getPackageName().startsWith(ROOT + ".")) {
						continue;
					}
					String targetModule = module(target);
					if (targetModule.equals(originModule) || targetModule.equals("shared")) {
						continue;
					}
					if (isInternal(target, targetModule)) {
						events.add(SimpleConditionEvent.violated(dependency,
								dependency.getDescription() + " (not part of " + targetModule + "'s API)"));
					}
				}
			}
		};
	}

	/**
	 * @return whether a class is inside its module: in its domain or web packages, or a service or controller of its
	 * root package (the module's API is its facades, records, enums and events)
	 */
	private static boolean isInternal(JavaClass target, String targetModule) {
		String rootPackage = ROOT + "." + targetModule;
		String sub = target.getPackageName().substring(rootPackage.length());
		if (sub.matches("(\\.\\w+)*\\.(domain|web)(\\..*)?")) {
			return true;
		}
		if (!sub.isEmpty()) {
			return false;
		}
		String topLevel = target.getName().substring(rootPackage.length() + 1).split("\\$")[0];
		return (topLevel.endsWith("Service") || topLevel.endsWith("Controller")) && !API_SERVICES.contains(topLevel);
	}

	private static ArchCondition<JavaMethod> haveARoleRule() {
		return new ArchCondition<>("if a handler, be annotated with @PreAuthorize or be declared in a class that is") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean handler = method.isAnnotatedWith(RequestMapping.class) || method.isMetaAnnotatedWith(RequestMapping.class);
				if (handler && !method.isAnnotatedWith(PreAuthorize.class)
						&& !method.getOwner().isAnnotatedWith(PreAuthorize.class)) {
					events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no @PreAuthorize"));
				}
			}
		};
	}

	/** @return the module of a class: the package segment after org.zhucun */
	private static String module(JavaClass javaClass) {
		String rest = javaClass.getPackageName().substring(Math.min(ROOT.length() + 1, javaClass.getPackageName().length()));
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}
}
