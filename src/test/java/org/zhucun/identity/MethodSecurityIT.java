package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Method security ({@link MethodSecurityConfiguration}, the advisor of {@code @PreAuthorize} alone) judges a page's
 * role rule again behind {@link EarlyRoleCheck}: every controller is behind it, and a handler called directly, not
 * through a request, is refused to a role its rule does not name.
 */
class MethodSecurityIT extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyControllerIsBehindMethodSecurity() {
		List<Object> controllers = ours();
		assertThat(controllers).hasSizeGreaterThan(50);
		assertThat(controllers).allSatisfy(controller -> assertThat(AopUtils.isAopProxy(controller))
			.as(AopUtils.getTargetClass(controller).getName())
			.isTrue());
	}

	@Test
	void anOfficeAdministratorsHandlerCalledDirectlyIsRefusedToATownOfficial() throws Exception {
		Object controller = ours().stream()
			.filter(c -> rule(AopUtils.getTargetClass(c)).equals(Allowed.OFFICE_ADMIN))
			.findFirst()
			.orElseThrow();
		Method handler = Arrays.stream(AopUtils.getTargetClass(controller).getDeclaredMethods())
			.filter(m -> AnnotatedElementUtils.hasAnnotation(m, RequestMapping.class))
			.filter(m -> !m.isAnnotationPresent(PreAuthorize.class))
			.findFirst()
			.orElseThrow();
		handler.setAccessible(true);
		Object[] arguments = Arrays.stream(handler.getParameterTypes()).map(MethodSecurityIT::none).toArray();
		SecurityContextHolder.getContext()
			.setAuthentication(TestUsers.authentication(Role.TOWN_OFFICIAL, 1L, null, null));

		// Method security's own refusal (the services' scope checks throw a plain AccessDeniedException).
		assertThatThrownBy(() -> invoke(handler, controller, arguments)).as(handler.toString())
			.isInstanceOf(AuthorizationDeniedException.class);
	}

	/** The application's controllers (Spring Boot's error controller has no role rule of ours). */
	private List<Object> ours() {
		return this.context.getBeansWithAnnotation(Controller.class)
			.values()
			.stream()
			.filter(c -> AopUtils.getTargetClass(c).getName().startsWith("org.zhucun."))
			.toList();
	}

	private static String rule(Class<?> controller) {
		PreAuthorize rule = controller.getAnnotation(PreAuthorize.class);
		return rule == null ? "" : rule.value();
	}

	/** Calls the handler on the proxy, which overrides it (a virtual call, as a request's would be). */
	private static void invoke(Method handler, Object proxy, Object[] arguments) throws Throwable {
		try {
			handler.invoke(proxy, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private static Object none(Class<?> type) {
		if (!type.isPrimitive()) {
			return null;
		}
		if (type == boolean.class) {
			return false;
		}
		if (type == long.class) {
			return 0L;
		}
		if (type == int.class) {
			return 0;
		}
		return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
	}
}
