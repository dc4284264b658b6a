package org.zhucun.shared.settings;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every policy setting that the modules declare ({@link SettingsContribution}), found at start-up. Refuses to start
 * when two modules declare the same key or a setting is ordered against one that nobody declares.
 */
@Component
public class SettingsRegistry {

	/** One module's settings as the settings page groups them. */
	public record Group(String titleKey, List<SettingDefinition> settings) {
	}

	private final List<Group> groups;

	private final Map<String, SettingDefinition> byKey = new LinkedHashMap<>();

	public SettingsRegistry(List<SettingsContribution> contributions) {
		this.groups = contributions.stream()
			.sorted(Comparator.comparingInt(SettingsContribution::order).thenComparing(SettingsContribution::titleKey))
			.map(c -> new Group(c.titleKey(), List.copyOf(c.settings())))
			.toList();
		for (Group group : this.groups) {
			for (SettingDefinition setting : group.settings()) {
				if (this.byKey.putIfAbsent(setting.key(), setting) != null) {
					throw new IllegalStateException("Two modules declare the policy setting " + setting.key());
				}
			}
		}
		for (SettingDefinition setting : this.byKey.values()) {
			setting.notAboveKey().ifPresent(key -> {
				SettingDefinition upper = this.byKey.get(key);
				if (upper == null || upper.type() != SettingDefinition.Type.INTEGER) {
					throw new IllegalStateException(setting.key() + " is ordered against an unknown setting " + key);
				}
			});
		}
	}

	/** @return the groups of settings in page order */
	public List<Group> groups() {
		return this.groups;
	}

	/** @return every setting, in page order */
	public List<SettingDefinition> all() {
		return List.copyOf(this.byKey.values());
	}

	/** @return the setting with the key, e.g. {@code team.min-members} */
	public Optional<SettingDefinition> byKey(String key) {
		return Optional.ofNullable(this.byKey.get(key));
	}

	/** @return the setting that this one must never exceed, if any */
	public Optional<SettingDefinition> notAbove(SettingDefinition setting) {
		return setting.notAboveKey().map(this.byKey::get);
	}

	/** @return the settings that must never exceed this one */
	public List<SettingDefinition> notAboveThis(SettingDefinition setting) {
		return this.byKey.values().stream().filter(s -> s.notAboveKey().filter(setting.key()::equals).isPresent()).toList();
	}
}
