package org.zhucun.attendance;

/** How a spot check was made (DOMAIN §4): an unannounced visit to the village (暗访) or a phone call (电话抽查). */
public enum SpotCheckMethod {

	VISIT, PHONE;

	/** @return the message key of the method's name */
	public String labelKey() {
		return "spotchecks.method." + name();
	}
}
