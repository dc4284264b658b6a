package org.zhucun.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.zhucun.demo.DemoAttendance.Check;
import org.zhucun.demo.DemoAttendance.Confirmation;
import org.zhucun.demo.DemoAttendance.Day;
import org.zhucun.demo.DemoAttendance.Pattern;
import org.zhucun.demo.DemoDistrict.Holiday;
import org.zhucun.demo.DemoDistrict.LeaveRequest;
import org.zhucun.demo.DemoDistrict.Membership;
import org.zhucun.demo.DemoDistrict.Team;
import org.zhucun.demo.DemoDistrict.Village;

/**
 * Generates the demo district's attendance from the first day of the month two months before the load up to
 * yesterday (today is left for the cadres to declare): a pattern per stationed cadre, chosen with its own seeded
 * random numbers, day records within the memberships' dates but for holidays (from the calendar, no rows) and leave
 * days (written by the leave requests), week confirmations of most past weeks without gaps, and spot checks with a few
 * discrepancies. The demo member leaves one working day of this week undeclared ({@link DemoDays#demoGap}).
 */
final class DemoAttendanceGenerator {

	/** Metres per degree of latitude. */
	private static final double METRES_PER_DEGREE = 111_320;

	private static final double EARTH_RADIUS_M = 6_371_008.8;

	private static final List<String> CORRECTIONS = List.of("本人忘记登记，经核实当天在村", "手机定位失败，经村干部证实在村",
			"误报为休息，当天在村开展入户走访", "补录：当天在村参加村两委会议");

	private static final List<String> ABSENCES = List.of("未请假离岗，经电话核实不在村", "未经批准擅自离村",
			"当天不在岗，未履行请假手续");

	private static final List<String> PRESENT = List.of("到村查看，本人在村委会办公", "入户走访途中见到本人", "电话视频连线，本人在村",
			"随机抽查，本人在村开展工作");

	private static final List<String> DISCREPANCIES = List.of("到村查看未见本人，电话联系称在县城家中", "电话视频连线，本人不在村",
			"晚间到村住所查看，本人不在", "村干部反映本人当天未到村");

	private final Random random = new Random(DemoDistrictGenerator.SEED + 1);

	/** The patterns' own random numbers, so that a change of the days (e.g. of the calendar) keeps every pattern. */
	private final Random patternRandom = new Random(DemoDistrictGenerator.SEED + 2);

	private final DemoDistrict district;

	/** The first and last day of the attendance, from the first day on which cadres with gaps leave days out. */
	private final LocalDate from;

	private final LocalDate until;

	private final LocalDate gapsFrom;

	/** The day of the load, on which no week confirmation may be dated or later. */
	private final LocalDate today;

	/** The working day that the demo member has not declared, a gap for {@code leader} to fill. */
	private final LocalDate demoGap;

	private final Set<LocalDate> holidays = new HashSet<>();

	/** The make-up working days (调休上班): Saturdays and Sundays worked as a weekday. */
	private final Set<LocalDate> workdays = new HashSet<>();

	/** Each cadre's leave days, as {@code cadre:day}. */
	private final Set<String> leaveDays = new HashSet<>();

	/** The cadres and days that already have a record, as {@code cadre:day}. */
	private final Set<String> taken = new HashSet<>();

	/** The teams' weeks with a member's day not declared, as {@code team:year:week}. */
	private final Set<String> gapWeeks = new HashSet<>();

	private final Map<Integer, Pattern> patterns = new LinkedHashMap<>();

	private final List<Day> days = new ArrayList<>();

	private DemoAttendanceGenerator(DemoDistrict district) {
		this.district = district;
		for (Holiday h : district.holidays()) {
			this.holidays.add(h.day());
		}
		for (Holiday h : district.workdays()) {
			this.workdays.add(h.day());
		}
		DemoDays days = district.days();
		this.from = days.attendanceFrom();
		this.until = days.yesterday();
		this.gapsFrom = days.gapsFrom();
		this.today = days.today();
		this.demoGap = days.demoGap(this.holidays);
		for (LeaveRequest r : district.leaves()) {
			for (LocalDate day : r.daysTaken()) {
				this.leaveDays.add(r.cadre() + ":" + day);
			}
		}
	}

	/** @return the attendance of the district, the same on every call with the same district */
	static DemoAttendance generate(DemoDistrict district) {
		return new DemoAttendanceGenerator(district).attendance();
	}

	private DemoAttendance attendance() {
		int demoTeam = this.district.stories().demoTeam();
		for (Membership m : this.district.memberships()) {
			LocalDate first = later(this.from, m.joined());
			LocalDate last = earlier(this.until, m.left(), this.district.teams().get(m.team()).endedOn());
			if (first.isAfter(last)) {
				continue;
			}
			Pattern pattern = this.patterns.computeIfAbsent(m.cadre(),
					c -> m.team() == demoTeam ? Pattern.COMPLIANT : pattern());
			member(m, pattern, first, last);
		}
		List<Confirmation> confirmations = confirmations();
		List<Check> checks = checks();
		return new DemoAttendance(Map.copyOf(this.patterns), List.copyOf(this.days), confirmations, checks);
	}

	/** Most cadres comply; a few are nominal, commuting, have gaps or days away without leave. */
	private Pattern pattern() {
		int n = this.patternRandom.nextInt(100);
		if (n < 4) {
			return Pattern.NOMINAL;
		}
		if (n < 9) {
			return Pattern.COMMUTING;
		}
		if (n < 14) {
			return Pattern.GAPS;
		}
		if (n < 18) {
			return Pattern.ABSENT;
		}
		return Pattern.COMPLIANT;
	}

	private void member(Membership m, Pattern pattern, LocalDate first, LocalDate last) {
		Village village = this.district.villages().get(this.district.teams().get(m.team()).village());
		boolean demoMember = m.cadre() == this.district.anchors().memberCadre();
		Set<LocalDate> absences = new HashSet<>();
		if (pattern == Pattern.ABSENT) {
			int count = 1 + this.random.nextInt(3);
			long span = last.toEpochDay() - first.toEpochDay() + 1;
			for (int i = 0; i < count; i++) {
				absences.add(first.plusDays(this.random.nextInt((int) span)));
			}
		}
		LocalDate monday = first.with(DayOfWeek.MONDAY);
		for (; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			int business = this.random.nextInt(100) < 30 ? this.random.nextInt(5) : -1;
			int nominalDay = pattern == Pattern.NOMINAL && this.random.nextInt(100) < 60 ? this.random.nextInt(5) : -1;
			int nights = pattern == Pattern.COMMUTING && this.random.nextInt(100) < 80 ? 1 + this.random.nextInt(2) : 4;
			int nightsGiven = 0;
			for (int d = 0; d < 7; d++) {
				LocalDate day = monday.plusDays(d);
				String key = m.cadre() + ":" + day;
				if (day.isBefore(first) || day.isAfter(last) || this.holidays.contains(day) || this.leaveDays.contains(key)
						|| this.taken.contains(key)) {
					continue;
				}
				boolean missing = pattern == Pattern.GAPS && !day.isBefore(this.gapsFrom) && this.random.nextInt(100) < 45
						|| demoMember && day.equals(this.demoGap);
				if (missing) {
					this.gapWeeks.add(weekKey(m.team(), day));
					continue;
				}
				this.taken.add(key);
				boolean weekend = d >= 5 && !this.workdays.contains(day);
				if (absences.contains(day) && !weekend) {
					add(m, day, "ABSENT", false, "LEADER", pick(ABSENCES), village);
					continue;
				}
				if (weekend) {
					boolean inVillage = pattern != Pattern.NOMINAL && this.random.nextInt(100) < 20;
					add(m, day, inVillage ? "IN_VILLAGE" : "REST", inVillage && this.random.nextBoolean(), "SELF", null,
							village);
					continue;
				}
				if (pattern == Pattern.NOMINAL) {
					add(m, day, d == nominalDay ? "IN_VILLAGE" : "REST", false, "SELF", null, village);
					continue;
				}
				if (d == business) {
					add(m, day, "OFFICIAL_BUSINESS", false, "SELF", null, village);
					continue;
				}
				boolean overnight = nightsGiven < nights && (d < 4 || business >= 0 || nights < 4);
				if (pattern == Pattern.COMMUTING) {
					overnight = nightsGiven < nights;
				}
				if (overnight) {
					nightsGiven++;
				}
				boolean corrected = pattern == Pattern.COMPLIANT && this.random.nextInt(1000) < 12;
				add(m, day, "IN_VILLAGE", overnight, corrected ? "LEADER" : "SELF",
						corrected ? pick(CORRECTIONS) : null, village);
			}
		}
	}

	private void add(Membership m, LocalDate day, String status, boolean overnight, String source, String note,
			Village village) {
		BigDecimal latitude = null;
		BigDecimal longitude = null;
		Integer accuracy = null;
		Integer distance = null;
		boolean review = false;
		if ("IN_VILLAGE".equals(status) && "SELF".equals(source) && village.latitude() != null
				&& this.random.nextInt(100) < 35) {
			boolean outside = this.random.nextInt(100) < 6;
			double metres = outside ? village.radiusMetres() * (1.2 + this.random.nextDouble() * 2)
					: village.radiusMetres() * this.random.nextDouble() * 0.8;
			double bearing = this.random.nextDouble() * 2 * Math.PI;
			double lat = village.latitude().doubleValue();
			latitude = scale(lat + metres * Math.cos(bearing) / METRES_PER_DEGREE);
			longitude = scale(village.longitude().doubleValue()
					+ metres * Math.sin(bearing) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat))));
			accuracy = 5 + this.random.nextInt(46);
			distance = metres(village.latitude(), village.longitude(), latitude, longitude);
			review = distance > village.radiusMetres();
		}
		OffsetDateTime at = "LEADER".equals(source)
				? day.plusDays(1).atTime(8, this.random.nextInt(60)).atOffset(DemoLeaveGenerator.CHINA)
				: day.atTime(19 + this.random.nextInt(4), this.random.nextInt(60)).atOffset(DemoLeaveGenerator.CHINA);
		this.days.add(new Day(m.cadre(), m.team(), day, status, overnight, source, latitude, longitude, accuracy,
				distance, review, note, at));
	}

	/**
	 * Most full weeks of the window are confirmed on the Monday after (or the Tuesday) by the team's leader then, but
	 * for weeks with a gap, a few left unconfirmed, and those whose confirmation day has not come yet.
	 */
	private List<Confirmation> confirmations() {
		List<Confirmation> confirmations = new ArrayList<>();
		for (int t = 0; t < this.district.teams().size(); t++) {
			Team team = this.district.teams().get(t);
			if (!team.active()) {
				continue;
			}
			for (LocalDate monday = this.from.with(DayOfWeek.MONDAY).plusWeeks(1);
					!monday.plusDays(6).isAfter(this.until); monday = monday.plusWeeks(1)) {
				LocalDate sunday = monday.plusDays(6);
				int leader = leaderOn(t, sunday);
				if (leader < 0 || this.gapWeeks.contains(weekKey(t, monday)) || this.random.nextInt(100) < 8) {
					continue;
				}
				OffsetDateTime at = sunday.plusDays(1 + (this.random.nextInt(100) < 20 ? 1 : 0))
					.atTime(9 + this.random.nextInt(3), this.random.nextInt(60))
					.atOffset(DemoLeaveGenerator.CHINA);
				if (!at.toLocalDate().isBefore(this.today)) {
					continue;
				}
				confirmations.add(new Confirmation(t, monday.get(IsoFields.WEEK_BASED_YEAR),
						monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), leader, at));
			}
		}
		return List.copyOf(confirmations);
	}

	private int leaderOn(int team, LocalDate day) {
		for (Membership m : this.district.memberships()) {
			if (m.team() == team && m.role().leads() && !m.joined().isAfter(day)
					&& (m.left() == null || !m.left().isBefore(day))) {
				return m.cadre();
			}
		}
		return -1;
	}

	/**
	 * Spot checks: the office anywhere, the demo town's official in its town; mostly found present on a day declared
	 * in the village, a few found absent on such a day (the discrepancies, among nominal and commuting cadres) or on
	 * a day recorded absent.
	 */
	private List<Check> checks() {
		int demoTown = this.district.anchors().town();
		int demoTeam = this.district.stories().demoTeam();
		List<Day> weekdaysInVillage = new ArrayList<>();
		List<Day> doubtful = new ArrayList<>();
		List<Day> absent = new ArrayList<>();
		for (Day d : this.days) {
			if (d.day().getDayOfWeek().getValue() > 5) {
				continue;
			}
			if ("IN_VILLAGE".equals(d.status())) {
				weekdaysInVillage.add(d);
				Pattern p = this.patterns.get(d.cadre());
				if ((p == Pattern.COMMUTING || p == Pattern.NOMINAL) && d.team() != demoTeam) {
					doubtful.add(d);
				}
			}
			else if ("ABSENT".equals(d.status())) {
				absent.add(d);
			}
		}
		List<Day> inDemoTown = weekdaysInVillage.stream().filter(d -> townOf(d.team()) == demoTown).toList();
		List<Day> doubtfulInDemoTown = doubtful.stream().filter(d -> townOf(d.team()) == demoTown).toList();
		Set<String> checked = new HashSet<>();
		List<Check> checks = new ArrayList<>();
		// the discrepancies first, so that a day found present never takes the place of one of the few doubtful days
		boolean fewInDemoTown = doubtfulInDemoTown.size() < 2;
		add(checks, checked, fewInDemoTown ? doubtful : doubtfulInDemoTown, 2, false, fewInDemoTown);
		add(checks, checked, doubtful, 3, false, true);
		add(checks, checked, absent, 2, false, true);
		add(checks, checked, weekdaysInVillage, 26, true, true);
		add(checks, checked, inDemoTown, 12, true, false);
		checks.sort((a, b) -> a.at().compareTo(b.at()));
		return List.copyOf(checks);
	}

	private void add(List<Check> checks, Set<String> checked, List<Day> candidates, int count, boolean present,
			boolean byOffice) {
		if (candidates.isEmpty()) {
			throw new IllegalStateException("Demo district: no day for a spot check");
		}
		for (int n = 0, attempts = 0; n < count && attempts < 1000; attempts++) {
			Day d = pick(candidates);
			if (!checked.add(d.cadre() + ":" + d.day())) {
				continue;
			}
			boolean evening = !present && this.random.nextBoolean();
			OffsetDateTime at = d.day()
				.atTime(evening ? 20 : 9 + this.random.nextInt(8), this.random.nextInt(60))
				.atOffset(DemoLeaveGenerator.CHINA);
			String method = this.random.nextInt(100) < 60 ? "VISIT" : "PHONE";
			checks.add(new Check(d.cadre(), d.team(), townOf(d.team()), d.day(), at, method, present,
					present ? pick(PRESENT) : pick(DISCREPANCIES), byOffice));
			n++;
		}
	}

	private int townOf(int team) {
		return this.district.villages().get(this.district.teams().get(team).village()).town();
	}

	private static String weekKey(int team, LocalDate day) {
		return team + ":" + day.get(IsoFields.WEEK_BASED_YEAR) + ":" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate... others) {
		LocalDate earliest = a;
		for (LocalDate other : others) {
			if (other != null && other.isBefore(earliest)) {
				earliest = other;
			}
		}
		return earliest;
	}

	private static BigDecimal scale(double value) {
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
	}

	/** The great-circle distance in whole metres, as the attendance module measures it. */
	static int metres(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
		double phi1 = Math.toRadians(lat1.doubleValue());
		double phi2 = Math.toRadians(lat2.doubleValue());
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2.doubleValue() - lon1.doubleValue());
		double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return (int) Math.round(EARTH_RADIUS_M * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)));
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}
}
