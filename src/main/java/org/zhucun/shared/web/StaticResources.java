package org.zhucun.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files: templates link them by content-hashed URLs ({@code /css/site-<md5>.css}), which are cached for a year
 * as immutable; the same files under their plain names, the favicon and the webjars are revalidated with their ETag
 * and Last-Modified date on every use.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/** A file name carrying the MD5 of its content, as the content version strategy writes it. */
	static final Pattern HASHED = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	static final CacheControl HASHED_CACHE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	static final CacheControl PLAIN_CACHE = CacheControl.noCache().cachePublic();

	private final Map<String, String> etags = new ConcurrentHashMap<>();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "img" }) {
			versioned(registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/"), false);
		}
		versioned(registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/"), true);
		// Browsers ask for /favicon.ico on their own; the pages link the hashed SVG icon.
		registry.addResourceHandler("/{name:favicon\\.ico}")
			.addResourceLocations("classpath:/static/")
			.setEtagGenerator(this::etag);
	}

	private void versioned(ResourceHandlerRegistration registration, boolean webjars) {
		registration.setEtagGenerator(this::etag);
		var chain = registration.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		if (webjars) {
			chain.addResolver(new LiteWebJarsResourceResolver());
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new CacheHeaders());
	}

	/**
	 * An ETag from the file's content, computed once per file and modification time (a style sheet whose links were
	 * rewritten has no file of its own: its content is hashed each time). Weak, because the server may send it
	 * compressed; a weak ETag is all a conditional GET needs.
	 */
	private String etag(Resource resource) {
		String key;
		try {
			key = resource.getURL() + "@" + resource.lastModified();
		}
		catch (IOException ex) {
			return "W/\"" + md5(resource) + "\"";
		}
		return this.etags.computeIfAbsent(key, k -> "W/\"" + md5(resource) + "\"");
	}

	private static String md5(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return DigestUtils.md5DigestAsHex(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sets the cache header of static files by their URL: a year for hashed names, revalidation for the rest. */
	static final class CacheHeaders implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (handler instanceof ResourceHttpRequestHandler) {
				boolean hashed = HASHED.matcher(request.getRequestURI()).find();
				response.setHeader(HttpHeaders.CACHE_CONTROL,
						(hashed ? HASHED_CACHE : PLAIN_CACHE).getHeaderValue());
			}
			return true;
		}
	}
}
