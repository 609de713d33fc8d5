package id.sikerja.infrastructure.security;

import id.sikerja.domain.access.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import java.util.stream.Collectors;

/** Jakarta Security identity store over Sikerja's user accounts; the caller's groups are their roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    LoginService loginService;

    @Inject
    LoginAttempt attempt;

    @Inject
    LoginGuard guard;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginService.Outcome outcome = loginService.authenticate(upc.getCaller(), upc.getPassword().getValue(),
                guard.clientAddress(request));
        attempt.record(outcome);
        if (outcome.status() != LoginService.Status.OK) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
