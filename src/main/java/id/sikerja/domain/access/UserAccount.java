package id.sikerja.domain.access;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** A login of one government, usually linked to an employee. The password is stored only as a hash. */
@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

    /** The name the server gives a caller who has not signed in; no account may carry it. */
    public static final String ANONYMOUS = "anonymous";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    private String locale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_grant", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> grants = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(Government government, String username, String passwordHash, Employee employee,
                       String displayName) {
        if (username == null || !USERNAME.matcher(username).matches() || ANONYMOUS.equals(username)) {
            throw new BusinessRuleException("account.usernameInvalid", username == null ? "" : username);
        }
        if (employee != null && !employee.getGovernment().equals(government)) {
            throw new BusinessRuleException("account.otherGovernment");
        }
        this.government = government;
        this.username = username;
        this.passwordHash = passwordHash;
        this.employee = employee;
        this.displayName = displayName;
    }

    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void recordFailedLogin(OffsetDateTime now, LoginThrottle throttle) {
        failedAttempts++;
        var lock = throttle.lockAfter(failedAttempts);
        lockedUntil = lock.isZero() ? null : now.plus(lock);
    }

    public void recordSuccessfulLogin(OffsetDateTime now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** Shortest password an account may be given (NIST SP 800-63B: at least 8 characters). */
    public static final int MIN_PASSWORD_LENGTH = 8;

    /** Refuses a password too short to be given to an account. */
    public static void requireAcceptablePassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("account.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void grant(Role role) {
        if (!role.isGrantable()) {
            throw new BusinessRuleException("account.roleNotGrantable", role);
        }
        grants.add(role);
    }

    public void revoke(Role role) {
        grants.remove(role);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void preferLocale(String languageTag) {
        this.locale = languageTag;
    }

    public Government getGovernment() {
        return government;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public String getLocale() {
        return locale;
    }

    public Set<Role> getGrants() {
        return grants.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(grants);
    }
}
