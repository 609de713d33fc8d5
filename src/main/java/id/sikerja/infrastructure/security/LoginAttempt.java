package id.sikerja.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;

/** The outcome of this request's sign-in attempt, so the login page can say why it failed. */
@RequestScoped
public class LoginAttempt {

    private LoginService.Outcome outcome;

    public LoginService.Outcome outcome() {
        return outcome;
    }

    void record(LoginService.Outcome value) {
        this.outcome = value;
    }
}
