import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many members saving their day at once (run by {@code bin/load-test}, which creates the accounts first).
 * <p>
 * Signs in the accounts {@code <prefix>001…}, then runs phases of equal length, alternately a bare authenticated POST
 * (the change-password form sent empty: the form is read, validated and shown again, nothing is written) and the
 * member's save of the day ({@code POST /attendance/today} with the version the page showed). Every user is one
 * thread that loops GET page → POST until the phase ends, so the two kinds of request meet the same load. Each save
 * flips the night in the village, and the user remembers what the application acknowledged; at the end every user
 * opens the day page again and checks that it shows the last acknowledged save (no lost update). Prints requests,
 * errors, throughput and latency of the POSTs per kind, and the throughput ratio (target: saves ≥ 0.6 × bare).
 * <p>
 * Usage: {@code java bin/LoadTest.java <base-url> <users> <seconds> <password> <prefix>}. Exit status 1 on any error
 * or lost update.
 */
public class LoadTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\"[^>]*value=\"(\\d*)\"");

	private static final Pattern OVERNIGHT = Pattern.compile("<input[^>]*name=\"overnight\"[^>]*>");

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	private static final Pattern ALERT = Pattern.compile(
			"class=\"(?:alert alert-(?:danger|warning)|invalid-feedback)[^\"]*\"[^>]*>(.*?)</(?:div|ul)>", Pattern.DOTALL);

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	public static void main(String[] args) throws Exception {
		if (args.length != 6) {
			System.err.println("usage: java bin/LoadTest.java <base-url> <users> <seconds> <password> <prefix> <ramp>");
			System.exit(2);
		}
		String base = args[0].replaceAll("/+$", "");
		int users = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		String password = args[3];
		String prefix = args[4];
		// the first seconds of each phase are not counted: every member starts at once, and each kind would lose
		// about half a round per member to the start, more of its throughput the longer its round takes
		int ramp = Integer.parseInt(args[5]);

		List<User> all = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		try {
			// Signing in is not what is measured: ten at a time, so that 200 password hashes at once do not keep the
			// machine busy past the client's timeout.
			java.util.concurrent.Semaphore signingIn = new java.util.concurrent.Semaphore(10);
			List<Future<User>> signIns = new ArrayList<>();
			for (int i = 1; i <= users; i++) {
				String name = prefix + String.format("%03d", i);
				signIns.add(pool.submit(() -> {
					signingIn.acquire();
					try {
						return User.signIn(base, name, password);
					}
					finally {
						signingIn.release();
					}
				}));
			}
			for (Future<User> f : signIns) {
				all.add(f.get());
			}
			System.out.printf("signed in %d members%n", all.size());

			Map<String, Phase> totals = new LinkedHashMap<>();
			totals.put("bare", new Phase("bare"));
			totals.put("save", new Phase("save"));
			long phaseMillis = seconds * 1000L / 4;
			for (String kind : List.of("bare", "save", "bare", "save")) {
				run(pool, all, totals.get(kind), phaseMillis, ramp * 1000L);
			}

			int lost = 0;
			for (User u : all) {
				Boolean shown = u.overnightShown();
				if (u.acknowledged != null && !u.acknowledged.equals(shown)) {
					lost++;
					System.err.printf("LOST UPDATE: %s saved overnight=%s, the page shows %s%n", u.name, u.acknowledged,
							shown);
				}
			}
			double counted = seconds / 2.0 - 2 * ramp;
			if (ramp > 0) {
				System.out.printf("counted   %.1f s of each kind: the first %d s of each phase not counted%n", counted,
						ramp);
			}
			for (Phase p : totals.values()) {
				p.print(counted);
			}
			double ratio = totals.get("save").ok.get() / (double) Math.max(1, totals.get("bare").ok.get());
			System.out.printf("ratio     save / bare throughput = %.3f   (target >= 0.6: %s)%n", ratio,
					ratio >= 0.6 ? "met" : "NOT met");
			System.out.printf("lost updates: %d of %d members checked%n", lost, all.size());
			int errors = totals.values().stream().mapToInt(p -> p.errors.get()).sum();
			System.exit(errors == 0 && lost == 0 ? 0 : 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void run(ExecutorService pool, List<User> users, Phase phase, long millis, long rampMillis)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		long[] end = new long[2];
		List<Future<?>> running = new ArrayList<>();
		for (User u : users) {
			running.add(pool.submit(() -> {
				start.await();
				while (System.nanoTime() < end[0]) {
					long t0 = System.nanoTime();
					String failure = "save".equals(phase.kind) ? u.save() : u.barePost();
					long t1 = System.nanoTime();
					if (t1 <= end[0]) {
						phase.record(failure, (t1 - t0) / 1_000_000.0, t1 >= end[1]);
					}
				}
				return null;
			}));
		}
		long now = System.nanoTime();
		end[0] = now + millis * 1_000_000L;
		end[1] = now + rampMillis * 1_000_000L;
		start.countDown();
		for (Future<?> f : running) {
			f.get();
		}
	}

	static final class Phase {

		final String kind;

		final AtomicInteger ok = new AtomicInteger();

		final AtomicInteger errors = new AtomicInteger();

		final ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();

		/** Every kind of unexpected answer (status, redirect, page title and message, or the exception) and how often. */
		final Map<String, AtomicInteger> failures = new java.util.concurrent.ConcurrentHashMap<>();

		Phase(String kind) {
			this.kind = kind;
		}

		/**
		 * @param failure null for the expected answer, else what came instead
		 * @param counted whether the answer came after the phase's first seconds (errors count in any case)
		 */
		void record(String failure, double millis, boolean counted) {
			if (failure != null) {
				this.errors.incrementAndGet();
				this.failures.computeIfAbsent(failure, f -> new AtomicInteger()).incrementAndGet();
			}
			else if (counted) {
				this.ok.incrementAndGet();
			}
			if (counted) {
				this.latencies.add(millis);
			}
		}

		void print(double seconds) {
			List<Double> ms = new ArrayList<>(this.latencies);
			Collections.sort(ms);
			double median = ms.isEmpty() ? 0 : ms.get(ms.size() / 2);
			double p95 = ms.isEmpty() ? 0 : ms.get(Math.min(ms.size() - 1, (int) Math.ceil(ms.size() * 0.95) - 1));
			System.out.printf(
					"%-9s requests %6d  errors %4d  throughput %7.1f/s  median %7.1f ms  p95 %7.1f ms  (GET page + POST)%n",
					this.kind, this.ok.get() + this.errors.get(), this.errors.get(), this.ok.get() / seconds, median, p95);
			this.failures.entrySet()
				.stream()
				.sorted((a, b) -> b.getValue().get() - a.getValue().get())
				.forEach(f -> System.out.printf("          %5d × %s%n", f.getValue().get(), f.getKey()));
		}

	}

	static final class User {

		final String base;

		final String name;

		final Map<String, String> cookies = new LinkedHashMap<>();

		Boolean acknowledged;

		User(String base, String name) {
			this.base = base;
			this.name = name;
		}

		static User signIn(String base, String name, String password) throws Exception {
			User u = new User(base, name);
			String token = u.token(u.get("/login").body());
			HttpResponse<String> r = u.post("/login", Map.of("username", name, "password", password, "_csrf", token));
			String to = r.headers().firstValue("Location").orElse("");
			if (r.statusCode() != 302 || to.contains("/login") || to.contains("/password")) {
				throw new IllegalStateException("signing in as " + name + " failed: " + describe("POST /login", r));
			}
			return u;
		}

		/** @return null when the form came back (200), else what came instead */
		String barePost() {
			try {
				String page = page("/account/password");
				HttpResponse<String> r = post("/account/password",
						Map.of("currentPassword", "", "newPassword", "", "repeatPassword", "", "_csrf", token(page)));
				return r.statusCode() == 200 ? null : describe("POST /account/password", r);
			}
			catch (Exception ex) {
				return ex.getClass().getSimpleName() + ": " + ex.getMessage();
			}
		}

		/** @return null when the save was acknowledged (a redirect to the day page), else what came instead */
		String save() {
			try {
				String page = page("/attendance");
				boolean overnight = !Boolean.TRUE.equals(this.acknowledged);
				Map<String, String> form = new LinkedHashMap<>();
				form.put("status", "IN_VILLAGE");
				if (overnight) {
					form.put("overnight", "true");
				}
				form.put("_overnight", "on");
				Matcher version = VERSION.matcher(page);
				form.put("version", version.find() ? version.group(1) : "");
				form.put("_csrf", token(page));
				HttpResponse<String> r = post("/attendance/today", form);
				boolean ok = r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").endsWith("/attendance");
				if (ok) {
					this.acknowledged = overnight;
				}
				return ok ? null : describe("POST /attendance/today", r);
			}
			catch (Exception ex) {
				return ex.getClass().getSimpleName() + ": " + ex.getMessage();
			}
		}

		/** The body of a page that must answer 200 (else an exception saying what came). */
		private String page(String path) throws Exception {
			HttpResponse<String> r = get(path);
			if (r.statusCode() != 200) {
				throw new IllegalStateException(describe("GET " + path, r));
			}
			return r.body();
		}

		/** An unexpected answer in one line: status, redirect target, the page's title and its error messages. */
		private static String describe(String request, HttpResponse<String> r) {
			StringBuilder text = new StringBuilder(request).append(" answered ").append(r.statusCode());
			r.headers().firstValue("Location").ifPresent(to -> text.append(" to ").append(to.replaceAll("^https?://[^/]+", "")));
			Matcher title = TITLE.matcher(r.body());
			boolean titled = title.find();
			if (titled) {
				text.append(" \"").append(title.group(1).strip()).append('"');
			}
			Matcher alert = ALERT.matcher(r.body());
			while (alert.find()) {
				text.append(" [").append(alert.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip()).append(']');
			}
			if (!titled && r.statusCode() != 302 && !r.body().isBlank()) {
				String body = r.body().replaceAll("\\s+", " ").strip();
				text.append(" ").append(body, 0, Math.min(200, body.length()));
			}
			return text.toString();
		}

		Boolean overnightShown() throws Exception {
			Matcher m = OVERNIGHT.matcher(get("/attendance").body());
			return m.find() ? m.group().contains("checked") : null;
		}

		private String token(String page) {
			Matcher m = CSRF.matcher(page);
			if (!m.find()) {
				throw new IllegalStateException("no CSRF token on the page for " + this.name);
			}
			return m.group(1);
		}

		private HttpResponse<String> get(String path) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
		}

		private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
			StringBuilder body = new StringBuilder();
			form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
				.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
			return send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			if (!this.cookies.isEmpty()) {
				StringBuilder header = new StringBuilder();
				this.cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
				request.header("Cookie", header.toString());
			}
			HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			for (String c : r.headers().allValues("Set-Cookie")) {
				String pair = c.split(";", 2)[0];
				int eq = pair.indexOf('=');
				if (eq > 0) {
					String value = pair.substring(eq + 1);
					if (value.isEmpty() || c.toLowerCase().contains("max-age=0")) {
						this.cookies.remove(pair.substring(0, eq));
					}
					else {
						this.cookies.put(pair.substring(0, eq), value);
					}
				}
			}
			return r;
		}

	}

}
