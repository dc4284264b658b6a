package org.zhucun.shared.database;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The application's {@link JdbcClient}: Spring's, except that {@code query(SomeRecord.class)} maps the rows with a
 * {@link RecordRowMapper} (one per record, kept), which finds its columns without the driver's exceptions; every
 * other call, {@code query(Long.class)} and the like included, is Spring's own.
 */
public final class RecordMappingJdbcClient implements JdbcClient {

	private final JdbcClient delegate;

	private final ConversionService conversions;

	private final Map<Class<?>, RecordRowMapper<?>> mappers = new ConcurrentHashMap<>();

	private RecordMappingJdbcClient(JdbcClient delegate, ConversionService conversions) {
		this.delegate = delegate;
		this.conversions = conversions;
	}

	/**
	 * @param delegate Spring's client, made by one of the {@code JdbcClient.create} methods without a conversion
	 * service of its own (the records' values are converted by the shared default one, as Spring's are)
	 * @return the client that maps records without exceptions
	 */
	public static JdbcClient of(JdbcClient delegate) {
		return new RecordMappingJdbcClient(delegate, DefaultConversionService.getSharedInstance());
	}

	@Override
	public StatementSpec sql(String sql) {
		return new Statement(this.delegate.sql(sql));
	}

	@SuppressWarnings("unchecked")
	<T> RecordRowMapper<T> mapper(Class<T> type) {
		return (RecordRowMapper<T>) this.mappers.computeIfAbsent(type, t -> new RecordRowMapper<>(t, this.conversions));
	}

	/** Spring's statement (a builder that returns itself), with records mapped by {@link RecordRowMapper}. */
	private final class Statement implements StatementSpec {

		private final StatementSpec spec;

		Statement(StatementSpec spec) {
			this.spec = spec;
		}

		@Override
		public <T> MappedQuerySpec<T> query(Class<T> mappedClass) {
			return mappedClass.isRecord() ? this.spec.query(mapper(mappedClass)) : this.spec.query(mappedClass);
		}

		@Override
		public StatementSpec withFetchSize(int fetchSize) {
			this.spec.withFetchSize(fetchSize);
			return this;
		}

		@Override
		public StatementSpec withMaxRows(int maxRows) {
			this.spec.withMaxRows(maxRows);
			return this;
		}

		@Override
		public StatementSpec withQueryTimeout(int queryTimeout) {
			this.spec.withQueryTimeout(queryTimeout);
			return this;
		}

		@Override
		public StatementSpec param(Object value) {
			this.spec.param(value);
			return this;
		}

		@Override
		public StatementSpec param(int jdbcIndex, Object value) {
			this.spec.param(jdbcIndex, value);
			return this;
		}

		@Override
		public StatementSpec param(int jdbcIndex, Object value, int sqlType) {
			this.spec.param(jdbcIndex, value, sqlType);
			return this;
		}

		@Override
		public StatementSpec param(String name, Object value) {
			this.spec.param(name, value);
			return this;
		}

		@Override
		public StatementSpec param(String name, Object value, int sqlType) {
			this.spec.param(name, value, sqlType);
			return this;
		}

		@Override
		public StatementSpec params(Object... values) {
			this.spec.params(values);
			return this;
		}

		@Override
		public StatementSpec params(List<?> values) {
			this.spec.params(values);
			return this;
		}

		@Override
		public StatementSpec params(Map<String, ?> paramMap) {
			this.spec.params(paramMap);
			return this;
		}

		@Override
		public StatementSpec paramSource(Object namedParamObject) {
			this.spec.paramSource(namedParamObject);
			return this;
		}

		@Override
		public StatementSpec paramSource(SqlParameterSource namedParamSource) {
			this.spec.paramSource(namedParamSource);
			return this;
		}

		@Override
		public ResultQuerySpec query() {
			return this.spec.query();
		}

		@Override
		public <T> MappedQuerySpec<T> query(RowMapper<T> rowMapper) {
			return this.spec.query(rowMapper);
		}

		@Override
		public void query(RowCallbackHandler rch) {
			this.spec.query(rch);
		}

		@Override
		public <T> T query(ResultSetExtractor<T> rse) {
			return this.spec.query(rse);
		}

		@Override
		public int update() {
			return this.spec.update();
		}

		@Override
		public int update(KeyHolder generatedKeyHolder) {
			return this.spec.update(generatedKeyHolder);
		}

		@Override
		public int update(KeyHolder generatedKeyHolder, String... keyColumnNames) {
			return this.spec.update(generatedKeyHolder, keyColumnNames);
		}
	}
}
