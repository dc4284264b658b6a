package org.zhucun.shared.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The {@code Forwarded} and {@code X-Forwarded-*} headers (client address, scheme, host, port) are believed only from
 * the reverse proxies named in {@code zhucun.security.trusted-proxies} (their addresses, comma-separated; none by
 * default); from anyone else they are removed unread, so that a client cannot claim another address (to escape the
 * sign-in throttling) or HTTPS. Behind a trusted proxy that says HTTPS, the request counts as secure: cookies are sent
 * {@code Secure} and the answer carries {@code Strict-Transport-Security}. Runs before every other filter.
 */
@Component
public class ForwardedHeaders extends OncePerRequestFilter implements Ordered {

	private static final Logger log = LoggerFactory.getLogger(ForwardedHeaders.class);

	private final List<InetAddress> trusted;

	private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

	ForwardedHeaders(@Value("${zhucun.security.trusted-proxies:}") String trustedProxies) {
		this.trusted = Arrays.stream(trustedProxies.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(ForwardedHeaders::address)
			.toList();
		this.apply.setRelativeRedirects(true);
		this.remove.setRemoveOnly(true);
		if (!this.trusted.isEmpty()) {
			log.info("Forwarded headers trusted from {}", this.trusted);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 5;
	}

	/** @return whether the address is one of the trusted reverse proxies */
	public boolean isTrustedProxy(String remoteAddress) {
		if (remoteAddress == null || this.trusted.isEmpty()) {
			return false;
		}
		try {
			InetAddress address = InetAddress.getByName(remoteAddress);
			return this.trusted.contains(address);
		}
		catch (UnknownHostException | SecurityException ex) {
			return false;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		(isTrustedProxy(request.getRemoteAddr()) ? this.apply : this.remove).doFilter(request, response, chain);
	}

	private static InetAddress address(String literal) {
		if (!literal.matches("[0-9a-fA-F:.]+")) {
			throw new IllegalArgumentException("zhucun.security.trusted-proxies takes IP addresses, not " + literal);
		}
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("Not an IP address in zhucun.security.trusted-proxies: " + literal, ex);
		}
	}
}
