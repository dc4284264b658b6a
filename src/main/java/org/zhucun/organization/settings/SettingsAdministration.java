package org.zhucun.organization.settings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.settings.domain.PolicySettingValue;
import org.zhucun.organization.settings.domain.PolicySettingValueRepository;
import org.zhucun.organization.settings.domain.SettingResolver;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.settings.PolicySettings.Snapshot;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.shared.settings.SettingsRegistry;

/**
 * The office's work on policy settings: what is in force today, each setting's history, adding a value valid from a
 * date and withdrawing a value not yet in force. The office reads; only the office administrator changes.
 */
@Service
@Transactional
public class SettingsAdministration {

	/** The earliest date a value may be valid from: the work this product manages began after it. */
	public static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

	/** How far ahead a value may be scheduled; a later date is taken for a typing mistake. */
	public static final int MAX_YEARS_AHEAD = 10;

	/** Where a stored value stands on today's date. */
	public enum State {
		/** Replaced by a later value; still judges the past. */
		PAST,
		/** The value in force today. */
		IN_FORCE,
		/** Not yet in force; may still be withdrawn. */
		SCHEDULED
	}

	/** One stored value as the pages show it. */
	public record ValueRow(Long id, long version, LocalDate validFrom, String value, String note, String recordedBy,
			Instant recordedAt, State state) {
	}

	/**
	 * A setting with the value in force today ({@code null} when neither a value nor a default exists), the date
	 * it is in force since ({@code null} while the default applies) and the values scheduled after today.
	 */
	public record SettingLine(SettingDefinition setting, String valueToday, LocalDate inForceSince, List<ValueRow> scheduled) {
	}

	/** A setting with its value today and every stored value, newest first. */
	public record SettingDetail(SettingDefinition setting, String valueToday, LocalDate inForceSince, List<ValueRow> history) {
	}

	/** One module's settings with their values today, as the settings page groups them. */
	public record SettingGroup(String titleKey, List<SettingLine> lines) {
	}

	private final PolicySettingValueRepository values;

	private final SettingsRegistry registry;

	private final ScopeService scopes;

	private final Clock clock;

	SettingsAdministration(PolicySettingValueRepository values, SettingsRegistry registry, ScopeService scopes,
			Clock clock) {
		this.values = values;
		this.registry = registry;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** @return the declared setting with the key, e.g. {@code team.min-members} */
	public SettingDefinition setting(String key) {
		return this.registry.byKey(key).orElseThrow(() -> new NotFoundException("setting", key));
	}

	/** @return the date the office works on, in the district's time zone */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** @return every module's settings, in the order of DOMAIN, with their values today and scheduled changes */
	@Transactional(readOnly = true)
	public List<SettingGroup> overview() {
		this.scopes.requireOffice();
		LocalDate today = today();
		Map<String, PolicySettingValue> inForce = new HashMap<>();
		for (PolicySettingValue value : this.values.findInForceOn(today)) {
			inForce.put(value.getKey(), value);
		}
		Map<String, List<ValueRow>> scheduled = new HashMap<>();
		for (PolicySettingValue value : this.values.findScheduledAfter(today)) {
			scheduled.computeIfAbsent(value.getKey(), k -> new ArrayList<>()).add(row(value, State.SCHEDULED));
		}
		return this.registry.groups().stream().map(group -> new SettingGroup(group.titleKey(), group.settings()
			.stream()
			.map(s -> {
				PolicySettingValue current = inForce.get(s.key());
				return new SettingLine(s, current != null ? current.getValue() : s.defaultValue().orElse(null),
						current != null ? current.getValidFrom() : null, scheduled.getOrDefault(s.key(), List.of()));
			})
			.toList())).toList();
	}

	/** @return the setting's value today and its whole history, newest first */
	@Transactional(readOnly = true)
	public SettingDetail detail(SettingDefinition setting) {
		this.scopes.requireOffice();
		LocalDate today = today();
		List<ValueRow> history = new ArrayList<>();
		PolicySettingValue current = null;
		for (PolicySettingValue value : this.values.findByKeyOrderByValidFromDesc(setting.key())) {
			State state;
			if (value.isScheduledAfter(today)) {
				state = State.SCHEDULED;
			}
			else if (current == null) {
				current = value;
				state = State.IN_FORCE;
			}
			else {
				state = State.PAST;
			}
			history.add(row(value, state));
		}
		return new SettingDetail(setting, current != null ? current.getValue() : setting.defaultValue().orElse(null),
				current != null ? current.getValidFrom() : null, history);
	}

	/**
	 * Adds a value of the setting valid from a date. A date in the past is allowed: the months from that date on
	 * are then judged by the new value (the page asks for confirmation first).
	 * @throws BusinessRuleException beside {@code value}, {@code validFrom} or {@code note}
	 */
	public void addValue(SettingDefinition setting, LocalDate validFrom, String value, String note) {
		this.scopes.requireOfficeAdmin();
		String problem = setting.check(value);
		if (problem != null) {
			throw new BusinessRuleException("value", problem, setting.min() == null ? "" : setting.min().toPlainString(),
					setting.max() == null ? "" : setting.max().toPlainString());
		}
		checkValidFrom(validFrom);
		if (this.values.existsByKeyAndValidFrom(setting.key(), validFrom)) {
			throw new BusinessRuleException("validFrom", "setting.valid-from.taken", validFrom.toString());
		}
		String cleanNote = (note == null || note.isBlank()) ? null : note.trim();
		PolicySettingValue added = new PolicySettingValue(setting.key(), validFrom, setting.normalize(value), cleanNote);
		List<PolicySettingValue> related = relatedValues(setting);
		related.add(added);
		checkOrder(setting, related, validFrom, "value");
		this.values.saveAndFlush(added);
	}

	/**
	 * Withdraws a value that is not yet in force.
	 * @throws BusinessRuleException (for the whole form) when the value is already in force or its withdrawal would
	 * break the order of related settings
	 */
	public void deleteValue(SettingDefinition setting, Long id, long version) {
		this.scopes.requireOfficeAdmin();
		PolicySettingValue value = this.values.findById(id)
			.filter(v -> v.getKey().equals(setting.key()))
			.orElseThrow(() -> new NotFoundException("policy setting value", id));
		value.checkVersion(version);
		if (!value.isScheduledAfter(today())) {
			throw BusinessRuleException.global("setting.delete.in-force");
		}
		List<PolicySettingValue> related = relatedValues(setting);
		related.removeIf(v -> v.getId().equals(id));
		checkOrder(setting, related, value.getValidFrom(), null);
		this.values.delete(value);
	}

	private void checkValidFrom(LocalDate validFrom) {
		if (validFrom.isBefore(EARLIEST)) {
			throw new BusinessRuleException("validFrom", "setting.valid-from.too-early", EARLIEST.toString());
		}
		if (validFrom.isAfter(today().plusYears(MAX_YEARS_AHEAD))) {
			throw new BusinessRuleException("validFrom", "setting.valid-from.too-late", MAX_YEARS_AHEAD);
		}
	}

	/** @return the stored values of the setting and of the settings it is ordered against */
	private List<PolicySettingValue> relatedValues(SettingDefinition setting) {
		List<String> keys = new ArrayList<>();
		keys.add(setting.key());
		this.registry.notAboveThis(setting).forEach(s -> keys.add(s.key()));
		setting.notAboveKey().ifPresent(keys::add);
		return new ArrayList<>(this.values.findByKeyInOrderByValidFrom(keys));
	}

	/**
	 * Checks that on every date from {@code from} on, a setting is not above the one it must not exceed (e.g. the
	 * team leader's approval limit not above the town's), with the stored values as they would be after the change.
	 */
	private void checkOrder(SettingDefinition changed, List<PolicySettingValue> values, LocalDate from,
			String field) {
		for (SettingDefinition lower : this.registry.all()) {
			SettingDefinition upper = this.registry.notAbove(lower).orElse(null);
			if (upper == null || (!changed.equals(lower) && !changed.equals(upper))) {
				continue;
			}
			TreeSet<LocalDate> dates = new TreeSet<>();
			dates.add(from);
			values.stream()
				.filter(v -> v.getValidFrom().isAfter(from))
				.filter(v -> v.getKey().equals(lower.key()) || v.getKey().equals(upper.key()))
				.forEach(v -> dates.add(v.getValidFrom()));
			for (LocalDate date : dates) {
				Snapshot snapshot = SettingResolver.resolve(values, date);
				int low = snapshot.intValue(lower);
				int high = snapshot.intValue(upper);
				if (low > high) {
					String key = field == null ? "setting.delete.breaks-order"
							: changed.equals(lower) ? "setting.value.not-above" : "setting.value.not-below";
					SettingDefinition other = (field == null || changed.equals(upper)) ? lower : upper;
					throw new BusinessRuleException(field, key, new DefaultMessageSourceResolvable(other.labelKey()),
							date.toString(), String.valueOf(other.equals(upper) ? high : low),
							new DefaultMessageSourceResolvable(upper.labelKey()));
				}
			}
		}
	}

	private static ValueRow row(PolicySettingValue value, State state) {
		return new ValueRow(value.getId(), value.getVersion(), value.getValidFrom(), value.getValue(), value.getNote(),
				value.getCreatedBy(), value.getCreatedAt(), state);
	}
}
