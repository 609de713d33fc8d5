package id.sikerja.interfaces.web;

import id.sikerja.infrastructure.config.SikerjaConfig;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is sent only over TLS when the server sits behind TLS (a proxy that terminates
 * it): {@code SIKERJA_BEHIND_TLS=true}. Without TLS a Secure cookie would never come back and nobody
 * could sign in, so it is a setting, not a constant (OWASP ASVS 4.0 V3.4.1). SameSite and HttpOnly are
 * fixed in web.xml and WEB-INF/undertow-handlers.conf.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    SikerjaConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(config.behindTls());
    }
}
