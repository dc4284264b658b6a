package org.zhucun.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.zhucun.audit.RecordNames.Ref;
import org.zhucun.shared.audit.AuditedRecordNames;

/** The names of a page's records are asked of each module once per kind, never once per record. */
class RecordNamesTest {

	/** Stand-in audited kinds. */
	static final class Farm {
	}

	static final class Barn {
	}

	/** A module's names that counts how often it is asked. */
	static final class Counting implements AuditedRecordNames {

		final Class<?> type;

		final List<Set<Long>> calls = new ArrayList<>();

		Counting(Class<?> type) {
			this.type = type;
		}

		@Override
		public Class<?> entityClass() {
			return this.type;
		}

		@Override
		public Map<Long, String> names(Set<Long> ids, Locale locale) {
			this.calls.add(ids);
			return ids.stream().filter(id -> id > 0).collect(Collectors.toMap(id -> id, id -> this.type.getSimpleName() + id));
		}

		@Override
		public Map<String, String> references() {
			return this.type == Barn.class ? Map.of("farmId", "Farm") : Map.of();
		}
	}

	@Test
	void oneCallPerKindWithAllItsIds() {
		Counting farms = new Counting(Farm.class);
		Counting barns = new Counting(Barn.class);
		RecordNames names = new RecordNames(List.of(farms, barns));
		List<Ref> refs = new ArrayList<>();
		for (long id = 1; id <= 20; id++) {
			refs.add(new Ref("Farm", id));
			refs.add(new Ref("Barn", id % 3 + 1));
		}
		refs.add(new Ref("Farm", -7));
		refs.add(new Ref("Silo", 1));

		Map<Ref, String> found = names.of(refs, Locale.ROOT);

		assertThat(farms.calls).hasSize(1);
		assertThat(farms.calls.get(0)).hasSize(21);
		assertThat(barns.calls).containsExactly(Set.of(1L, 2L, 3L));
		assertThat(found).hasSize(23)
			.containsEntry(new Ref("Farm", 20), "Farm20")
			.containsEntry(new Ref("Barn", 3), "Barn3")
			.doesNotContainKeys(new Ref("Farm", -7), new Ref("Silo", 1));
		assertThat(names.referencedBy("Barn", "farmId")).contains("Farm");
		assertThat(names.referencedBy("Farm", "farmId")).isEmpty();
	}

	@Test
	void noKindAskedWhenThePageIsEmpty() {
		Counting farms = new Counting(Farm.class);
		assertThat(new RecordNames(List.of(farms)).of(List.of(), Locale.ROOT)).isEmpty();
		assertThat(farms.calls).isEmpty();
	}

	@Test
	void twoModulesMayNotNameTheSameKind() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new RecordNames(List.of(new Counting(Farm.class), new Counting(Farm.class))))
			.withMessageContaining("Farm");
	}
}
