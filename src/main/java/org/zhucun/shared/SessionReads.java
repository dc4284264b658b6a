package org.zhucun.shared;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.session.Session;

/**
 * One read of the session per request. When a request's answer is committed before the filters end (a redirect, a
 * page flushed as it is written), Spring Session saves the session at that moment, forgets the session it had read,
 * and at the end of the request reads it from the database again, only to compare its id (Spring Session issues
 * 1731 and 1424): a transaction of one {@code SELECT}, two round trips to PostgreSQL of every such request (issue 18).
 * <p>
 * The {@linkplain #scope() filter} opens a memo for the request under way on its thread and closes it when the request
 * ends; the {@linkplain #remembering(Object) session repository} keeps in it the session the request saved and answers
 * the request's next read of that id with it, which is the very session the request holds. Nothing outlives the
 * request: another request, on this thread later or on another one at the same time, reads the database as before. A
 * session deleted during the request (signing out) is forgotten at once.
 */
final class SessionReads implements MethodInterceptor {

	private static final ThreadLocal<Memo> CURRENT = new ThreadLocal<>();

	private SessionReads() {
	}

	/** @return the filter that opens the memo of a request; it must run outside Spring Session's filter */
	static Filter scope() {
		return new Scope();
	}

	/** @return the session repository behind a proxy that answers a request's second read from its memo */
	@SuppressWarnings("unchecked")
	static <T> T remembering(T repository) {
		ProxyFactory factory = new ProxyFactory(repository);
		factory.setProxyTargetClass(true);
		factory.addAdvice(new SessionReads());
		return (T) factory.getProxy(repository.getClass().getClassLoader());
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Memo memo = CURRENT.get();
		Object[] arguments = invocation.getArguments();
		if (memo == null || arguments.length != 1) {
			return invocation.proceed();
		}
		switch (invocation.getMethod().getName()) {
			case "findById" -> {
				Session kept = memo.session;
				if (kept != null && kept.getId().equals(arguments[0])) {
					return kept;
				}
			}
			case "save" -> {
				Object result = invocation.proceed();
				memo.session = arguments[0] instanceof Session saved ? saved : null;
				return result;
			}
			case "deleteById" -> memo.session = null;
			default -> {
				// Every other method goes to the repository as it is.
			}
		}
		return invocation.proceed();
	}

	/** The session a request saved last. */
	private static final class Memo {

		private Session session;
	}

	private static final class Scope implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			Memo outer = CURRENT.get();
			CURRENT.set(new Memo());
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (outer == null) {
					CURRENT.remove();
				}
				else {
					CURRENT.set(outer);
				}
			}
		}
	}
}
