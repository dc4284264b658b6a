package org.zhucun.pairings;

/**
 * The filters of the pairing list; {@code null} means any.
 * @param open only the pairings running now (true) or only the ended ones (false)
 */
public record PairingFilter(Long townId, Long unitId, Long cadreId, Boolean open) {

	public static final PairingFilter ALL = new PairingFilter(null, null, null, null);
}
