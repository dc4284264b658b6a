package org.zhucun.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/** A request reads its session from the store once; nothing it kept outlives it. */
class SessionReadsTest {

	private final CountingRepository store = new CountingRepository();

	private final MapSessionRepository sessions = SessionReads.remembering(this.store);

	@Test
	void withinARequestTheSessionItSavedAnswersItsNextRead() throws Exception {
		MapSession session = this.sessions.createSession();
		inRequest(() -> {
			this.sessions.save(session);
			assertThat(this.sessions.findById(session.getId())).isSameAs(session);
		});
		assertThat(this.store.reads).hasValue(0);
	}

	@Test
	void outsideARequestEveryReadGoesToTheStore() {
		MapSession session = this.sessions.createSession();
		this.sessions.save(session);
		assertThat(this.sessions.findById(session.getId())).isNotNull().isNotSameAs(session);
		assertThat(this.store.reads).hasValue(1);
	}

	@Test
	void theMemoEndsWithTheRequest() throws Exception {
		MapSession session = this.sessions.createSession();
		inRequest(() -> this.sessions.save(session));
		inRequest(() -> assertThat(this.sessions.findById(session.getId())).isNotSameAs(session));
		assertThat(this.store.reads).as("the next request reads the store").hasValue(1);
	}

	@Test
	void anotherSessionIsReadFromTheStore() throws Exception {
		MapSession saved = this.sessions.createSession();
		MapSession other = this.sessions.createSession();
		this.store.save(other);
		inRequest(() -> {
			this.sessions.save(saved);
			assertThat(this.sessions.findById(other.getId())).isNotNull().isNotSameAs(other);
		});
		assertThat(this.store.reads).hasValue(1);
	}

	@Test
	void aSessionDeletedDuringTheRequestIsForgotten() throws Exception {
		MapSession session = this.sessions.createSession();
		inRequest(() -> {
			this.sessions.save(session);
			this.sessions.deleteById(session.getId());
			assertThat(this.sessions.findById(session.getId())).isNull();
		});
		assertThat(this.store.reads).hasValue(1);
	}

	@Test
	void aSaveThatFailedKeepsNothing() throws Exception {
		MapSession session = this.sessions.createSession();
		this.store.save(session);
		this.store.failSaves = true;
		inRequest(() -> {
			assertThatThrownBy(() -> this.sessions.save(session)).isInstanceOf(IllegalStateException.class);
			assertThat(this.sessions.findById(session.getId())).isNotSameAs(session);
		});
		assertThat(this.store.reads).hasValue(1);
	}

	/** Runs the body as a request does: inside the filter that opens the request's memo. */
	private static void inRequest(Runnable body) throws Exception {
		FilterChain chain = (request, response) -> body.run();
		SessionReads.scope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
	}

	/** Sessions in memory, counting the reads and refusing saves when told to. */
	static class CountingRepository extends MapSessionRepository {

		final AtomicInteger reads = new AtomicInteger();

		boolean failSaves;

		CountingRepository() {
			super(new ConcurrentHashMap<>());
		}

		@Override
		public MapSession findById(String id) {
			this.reads.incrementAndGet();
			return super.findById(id);
		}

		@Override
		public void save(MapSession session) {
			if (this.failSaves) {
				throw new IllegalStateException("the store refused the session");
			}
			super.save(session);
		}
	}
}
