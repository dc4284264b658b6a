package org.zhucun.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.domain.Account;
import org.zhucun.identity.domain.AccountRepository;
import org.zhucun.identity.domain.LoginEvent;
import org.zhucun.identity.domain.LoginEventRepository;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;

/** Accounts: loading for sign-in, own password, and the administrator's account work ({@link SignIns} keeps the sign-in log). */
@Service
@Transactional
public class AccountService {

	private static final Logger log = LoggerFactory.getLogger(AccountService.class);

	private final AccountRepository accounts;

	private final LoginEventRepository loginEvents;

	private final PasswordEncoder passwordEncoder;

	private final ScopeService scopes;

	private final OrganizationDirectory directory;

	private final Clock clock;

	private final PersistentTokenRepository rememberedPhones;

	private final PasswordAges passwordAges;

	AccountService(AccountRepository accounts, LoginEventRepository loginEvents, PasswordEncoder passwordEncoder,
			ScopeService scopes, OrganizationDirectory directory, Clock clock,
			PersistentTokenRepository rememberedPhones, PasswordAges passwordAges) {
		this.passwordAges = passwordAges;
		this.accounts = accounts;
		this.loginEvents = loginEvents;
		this.passwordEncoder = passwordEncoder;
		this.scopes = scopes;
		this.directory = directory;
		this.clock = clock;
		this.rememberedPhones = rememberedPhones;
	}

	// --- sign-in ---------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Optional<CurrentAccount> loadForLogin(String username) {
		Instant now = this.clock.instant();
		return this.accounts.findByUsername(username)
			.map(a -> new CurrentAccount(a.scope(), a.getDisplayName(), a.getPasswordHash(), a.isActive(),
					a.isLockedAt(now), a.isMustChangePassword(), this.passwordAges.isExpired(a.getUsername())));
	}

	// --- own password ----------------------------------------------------------------------------------------

	/** @return the days a password may be used before it must be changed, in force today */
	@Transactional(readOnly = true)
	public int passwordMaxAgeDays() {
		return this.passwordAges.maxAgeDays();
	}

	/**
	 * Changes the signed-in user's password after checking the current one and the password rule.
	 * @throws BusinessRuleException with the field and message key of the first problem
	 */
	public void changeOwnPassword(String currentPassword, String newPassword) {
		DataScope scope = this.scopes.current();
		Account account = this.accounts.findById(scope.accountId())
			.orElseThrow(() -> new NotFoundException("account", scope.accountId()));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new BusinessRuleException("currentPassword", "password.current-wrong");
		}
		String problem = PasswordPolicy.check(account.getUsername(), newPassword);
		if (problem != null) {
			throw new BusinessRuleException("newPassword", problem);
		}
		if (this.passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			throw new BusinessRuleException("newPassword", "password.same-as-old");
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.passwordAges.changed(account.getId());
		forgetPhones(account);
		this.loginEvents.save(new LoginEvent(this.clock.instant(), account.getUsername(), account.getId(),
				LoginEvent.Kind.PASSWORD_CHANGED, null));
	}

	/** Signs the account out of every phone it asked to remember: after a new password, a lock or deactivation. */
	private void forgetPhones(Account account) {
		this.rememberedPhones.removeUserTokens(account.getUsername());
	}

	// --- administration --------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Page<AccountView> search(String q, Role role, Pageable pageable) {
		this.scopes.requireOfficeAdmin();
		String query = (q == null || q.isBlank()) ? null : q.trim();
		return this.accounts.search(query, role, pageable).map(this::view);
	}

	/**
	 * The administrator's account list: text in user name or display name, role, and status filters, each
	 * {@code null} when not applied.
	 * @param locked {@code true} for accounts locked now, {@code false} for accounts not locked
	 */
	@Transactional(readOnly = true)
	public Page<AccountView> search(String q, Role role, Boolean active, Boolean locked, Boolean mustChangePassword,
			Pageable pageable) {
		this.scopes.requireOfficeAdmin();
		String query = (q == null || q.isBlank()) ? null : q.trim();
		return this.accounts
			.searchWithStatus(query, role, active, locked, mustChangePassword, this.clock.instant(), pageable)
			.map(this::view);
	}

	/** @return how many accounts are locked now, after failed sign-ins or by the administrator (one count) */
	@Transactional(readOnly = true)
	public long lockedCount() {
		this.scopes.requireOfficeAdmin();
		return this.accounts.countByLockedUntilAfter(this.clock.instant());
	}

	@Transactional(readOnly = true)
	public AccountView get(Long id) {
		this.scopes.requireOfficeAdmin();
		return view(find(id));
	}

	/**
	 * Creates an account with an initial password that the user must change at the first sign-in.
	 * @return the new account's id
	 */
	public Long create(AccountCommand command, String initialPassword) {
		this.scopes.requireOfficeAdmin();
		if (this.accounts.findByUsername(command.username()).isPresent()) {
			throw new BusinessRuleException("username", "account.username-taken");
		}
		String problem = PasswordPolicy.check(command.username(), initialPassword);
		if (problem != null) {
			throw new BusinessRuleException("initialPassword", problem);
		}
		checkScope(command, null);
		Long unitId = command.role().hasCadre() ? this.directory.unitOfCadre(command.cadreId()).orElse(null)
				: command.unitId();
		Account account = new Account(command.username().trim(), this.passwordEncoder.encode(initialPassword),
				command.displayName().trim(), command.role(), command.townId(), unitId, command.cadreId(), true);
		return this.accounts.save(account).getId();
	}

	/** Changes name, role and scope of an account. */
	public void update(Long id, long version, AccountCommand command) {
		DataScope admin = this.scopes.requireOfficeAdmin();
		Account account = find(id);
		account.checkVersion(version);
		if (id.equals(admin.accountId()) && command.role() != Role.OFFICE_ADMIN) {
			throw new BusinessRuleException("role", "account.cannot-demote-self");
		}
		checkScope(command, id);
		Long unitId = command.role().hasCadre() ? this.directory.unitOfCadre(command.cadreId()).orElse(null)
				: command.unitId();
		account.rename(command.displayName().trim());
		account.assign(command.role(), command.townId(), unitId, command.cadreId());
	}

	/** Sets a new password that the user must change at the next sign-in; also lifts a lock. */
	public void resetPassword(Long id, String newPassword) {
		DataScope admin = this.scopes.requireOfficeAdmin();
		Account account = find(id);
		String problem = PasswordPolicy.check(account.getUsername(), newPassword);
		if (problem != null) {
			throw new BusinessRuleException("newPassword", problem);
		}
		account.resetPassword(this.passwordEncoder.encode(newPassword));
		this.passwordAges.changed(account.getId());
		forgetPhones(account);
		this.loginEvents.save(new LoginEvent(this.clock.instant(), account.getUsername(), account.getId(),
				LoginEvent.Kind.PASSWORD_RESET, null));
		log.info("Password of account {} reset by account {}", account.getId(), admin.accountId());
	}

	public void lock(Long id) {
		DataScope admin = this.scopes.requireOfficeAdmin();
		if (id.equals(admin.accountId())) {
			throw BusinessRuleException.global("account.cannot-lock-self");
		}
		Account account = find(id);
		account.lock();
		forgetPhones(account);
	}

	public void unlock(Long id) {
		this.scopes.requireOfficeAdmin();
		Account account = find(id);
		account.unlock();
		this.loginEvents.save(new LoginEvent(this.clock.instant(), account.getUsername(), account.getId(),
				LoginEvent.Kind.UNLOCKED, null));
	}

	public void setActive(Long id, boolean active) {
		DataScope admin = this.scopes.requireOfficeAdmin();
		if (!active && id.equals(admin.accountId())) {
			throw BusinessRuleException.global("account.cannot-deactivate-self");
		}
		Account account = find(id);
		if (active) {
			account.activate();
		}
		else {
			account.deactivate();
			forgetPhones(account);
		}
	}

	@Transactional(readOnly = true)
	public Page<LoginRecord> loginLog(String username, String kind, Instant from, Instant to, Pageable pageable) {
		this.scopes.requireOffice();
		String name = (username == null || username.isBlank()) ? null : username.trim();
		LoginEvent.Kind k = null;
		if (kind != null && !kind.isBlank()) {
			try {
				k = LoginEvent.Kind.valueOf(kind);
			}
			catch (IllegalArgumentException ex) {
				k = null;
			}
		}
		return this.loginEvents.search(name, k, from, to, pageable)
			.map(e -> new LoginRecord(e.getAt(), e.getUsername(), e.getKind().name(), e.getRemoteIp(), e.getDetail()));
	}

	/** @return the alerts of accounts locked repeatedly within the last 24 hours, for the administrator's home page */
	@Transactional(readOnly = true)
	public long repeatedLockoutAlerts() {
		return this.loginEvents.countByKindAndAtAfter(LoginEvent.Kind.REPEATED_LOCKOUT,
				this.clock.instant().minus(SignIns.REPEATED_LOCKOUT_WINDOW));
	}

	/** @return the kinds of sign-in log lines, for the log's filter */
	public List<String> loginEventKinds() {
		return Arrays.stream(LoginEvent.Kind.values()).map(Enum::name).toList();
	}

	/**
	 * Creates an account without a signed-in administrator: for the first administrator of a new installation and
	 * for the demo district. Does nothing when the user name exists.
	 */
	public void createInitial(AccountCommand command, String password, boolean mustChangePassword) {
		if (this.accounts.findByUsername(command.username()).isPresent()) {
			return;
		}
		this.accounts.save(new Account(command.username(), this.passwordEncoder.encode(password), command.displayName(),
				command.role(), command.townId(), command.unitId(), command.cadreId(), mustChangePassword));
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.accounts.count();
	}

	private void checkScope(AccountCommand command, Long accountId) {
		Role role = command.role();
		if (role == Role.TOWN_OFFICIAL && (command.townId() == null || this.directory.townName(command.townId()).isEmpty())) {
			throw new BusinessRuleException("townId", "account.town-required");
		}
		if (role == Role.UNIT_ADMIN && (command.unitId() == null || this.directory.unitName(command.unitId()).isEmpty())) {
			throw new BusinessRuleException("unitId", "account.unit-required");
		}
		if (role.hasCadre()) {
			if (command.cadreId() == null || this.directory.unitOfCadre(command.cadreId()).isEmpty()) {
				throw new BusinessRuleException("cadreId", "account.cadre-required");
			}
			boolean taken = this.accounts.existsByCadreId(command.cadreId()) && (accountId == null
					|| !command.cadreId().equals(find(accountId).getCadreId()));
			if (taken) {
				throw new BusinessRuleException("cadreId", "account.cadre-taken");
			}
		}
	}

	private Account find(Long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
	}

	private AccountView view(Account a) {
		return new AccountView(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), a.getRole(),
				a.getTownId(), a.getUnitId(), a.getCadreId(), a.isActive(), a.isLockedAt(this.clock.instant()),
				a.isMustChangePassword(), a.getLastLoginAt());
	}
}
