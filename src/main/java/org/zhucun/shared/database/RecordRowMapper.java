package org.zhucun.shared.database;

import java.lang.ref.WeakReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps a row to a record as Spring's {@link SimplePropertyRowMapper} does (each component from the column of its name,
 * else of its name with underscores, {@code villageName} from {@code village_name}; the value read by
 * {@link JdbcUtils#getResultSetValue} and converted to the component's type by the conversion service), but finds the
 * columns in the result set's metadata instead of asking the driver for each name in turn. The driver answers a name
 * it does not have by throwing an exception with its stack trace filled in, and SimplePropertyRowMapper asks for the
 * plain name first: every row then cost an exception per component whose column has an underscore (a town's overview
 * of 134 teams made 548 exceptions a request). The columns are looked up once per result set (again when another
 * thread's result set came between).
 *
 * @param <T> the record
 */
public final class RecordRowMapper<T> implements RowMapper<T> {

	private final Constructor<T> constructor;

	private final String[] names;

	private final String[] underscored;

	private final TypeDescriptor[] types;

	private final ConversionService conversions;

	/** The columns of the components in the last result set mapped (held weakly: a closed one is not kept). */
	private volatile Columns columns;

	private record Columns(WeakReference<ResultSet> resultSet, int[] indexes) {
	}

	/**
	 * @param type the record to map to
	 * @param conversions converts a column's value to its component's type
	 */
	public RecordRowMapper(Class<T> type, ConversionService conversions) {
		if (!type.isRecord()) {
			throw new IllegalArgumentException(type.getName() + " is not a record");
		}
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		try {
			this.constructor = type.getDeclaredConstructor(parameterTypes);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalArgumentException(type.getName() + " has no canonical constructor", ex);
		}
		this.names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
		this.underscored = Arrays.stream(this.names).map(JdbcUtils::convertPropertyNameToUnderscoreName)
			.toArray(String[]::new);
		this.types = new TypeDescriptor[components.length];
		for (int i = 0; i < components.length; i++) {
			this.types[i] = new TypeDescriptor(new MethodParameter(this.constructor, i));
		}
		this.conversions = conversions;
	}

	@Override
	public T mapRow(ResultSet rs, int rowNum) throws SQLException {
		int[] indexes = indexes(rs);
		Object[] args = new Object[indexes.length];
		for (int i = 0; i < indexes.length; i++) {
			Object value = JdbcUtils.getResultSetValue(rs, indexes[i], this.types[i].getType());
			args[i] = this.conversions.convert(value, this.types[i]);
		}
		return BeanUtils.instantiateClass(this.constructor, args);
	}

	private int[] indexes(ResultSet rs) throws SQLException {
		Columns known = this.columns;
		if (known != null && known.resultSet().get() == rs) {
			return known.indexes();
		}
		ResultSetMetaData metaData = rs.getMetaData();
		int count = metaData.getColumnCount();
		String[] labels = new String[count + 1];
		for (int column = 1; column <= count; column++) {
			labels[column] = JdbcUtils.lookupColumnName(metaData, column);
		}
		int[] indexes = new int[this.names.length];
		for (int i = 0; i < indexes.length; i++) {
			int index = find(labels, this.names[i]);
			indexes[i] = (index > 0) ? index : find(labels, this.underscored[i]);
			if (indexes[i] == 0) {
				throw new SQLException("No column " + this.names[i] + " or " + this.underscored[i] + " for "
						+ this.constructor.getDeclaringClass().getName() + " among " + String.join(", ",
								Arrays.asList(labels).subList(1, labels.length)));
			}
		}
		this.columns = new Columns(new WeakReference<>(rs), indexes);
		return indexes;
	}

	/** The first column of that name, ignoring case as the driver does, or 0. */
	private static int find(String[] labels, String name) {
		for (int column = 1; column < labels.length; column++) {
			if (name.equalsIgnoreCase(labels[column])) {
				return column;
			}
		}
		return 0;
	}
}
