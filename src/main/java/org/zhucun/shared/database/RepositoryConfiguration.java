package org.zhucun.shared.database;

import java.util.function.Supplier;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.util.Lazy;

/**
 * The repositories of every module, with their {@code @Query} strings analysed on first use rather than at start-up.
 * <p>
 * Spring Data parses each declared query with its own HQL grammar when the repository is created, to derive count
 * queries and sorting later; with some seventy queries that was about a sixth of the start-up's CPU time (a profile of
 * the start, issue 18). Hibernate still checks every query at start-up, so a query that does not parse still stops
 * the start; only Spring Data's second analysis waits until a query is first run.
 * <p>
 * Public, as is {@link LazySelector}: the code that Spring's ahead-of-time processing writes for each repository
 * ({@code bin/start}) lives in the repository's package and names the selector class.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "org.zhucun", queryEnhancerSelector = RepositoryConfiguration.LazySelector.class)
public class RepositoryConfiguration {

	/** Spring Data's own choice of query analysis, made lazy. */
	public static final class LazySelector implements QueryEnhancerSelector {

		@Override
		public QueryEnhancerFactory select(DeclaredQuery query) {
			QueryEnhancerFactory chosen = QueryEnhancerSelector.DEFAULT_SELECTOR.select(query);
			return new QueryEnhancerFactory() {

				@Override
				public boolean supports(DeclaredQuery declared) {
					return chosen.supports(declared);
				}

				@Override
				public QueryEnhancer create(QueryProvider provider) {
					return new LazyEnhancer(provider, () -> chosen.create(provider));
				}
			};
		}
	}

	/** Analyses the query when a caller first needs more than its text. */
	private static final class LazyEnhancer implements QueryEnhancer {

		private final QueryProvider query;

		private final Lazy<QueryEnhancer> enhancer;

		LazyEnhancer(QueryProvider query, Supplier<QueryEnhancer> enhancer) {
			this.query = query;
			this.enhancer = Lazy.of(enhancer);
		}

		@Override
		public boolean isSelectQuery() {
			return this.enhancer.get().isSelectQuery();
		}

		@Override
		public boolean hasConstructorExpression() {
			return this.enhancer.get().hasConstructorExpression();
		}

		@Override
		public String detectAlias() {
			return this.enhancer.get().detectAlias();
		}

		@Override
		public String getProjection() {
			return this.enhancer.get().getProjection();
		}

		@Override
		public QueryProvider getQuery() {
			return this.query;
		}

		@Override
		public String rewrite(QueryRewriteInformation rewriteInformation) {
			return this.enhancer.get().rewrite(rewriteInformation);
		}

		@Override
		public String createCountQueryFor(String countProjection) {
			return this.enhancer.get().createCountQueryFor(countProjection);
		}
	}
}
