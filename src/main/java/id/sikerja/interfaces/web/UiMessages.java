package id.sikerja.interfaces.web;

import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Messages in the user's language from the "msg" bundle, and the one place where a refused action
 * becomes a message on the page instead of an error page.
 */
public final class UiMessages {

    private UiMessages() {
    }

    public static String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = fc.getApplication().getResourceBundle(fc, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, fc.getViewRoot().getLocale()).format(args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(null, new FacesMessage(severity, text, null));
        fc.getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Runs a service call; a refusal (domain rule, validation, concurrent edit) becomes an error
     * message and the result is null. Anything else is a bug and goes to the error page.
     */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof BusinessRuleException bre) {
                    error(bre.getMessageKey(), bre.getArguments().toArray());
                    FacesContext.getCurrentInstance().validationFailed();
                    return null;
                }
                if (cause instanceof ConstraintViolationException cve) {
                    for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                        error("error.invalidValue", lastNode(v.getPropertyPath().toString()), v.getMessage());
                    }
                    FacesContext.getCurrentInstance().validationFailed();
                    return null;
                }
                if (cause instanceof OptimisticLockException) {
                    error("error.conflict", "");
                    FacesContext.getCurrentInstance().validationFailed();
                    return null;
                }
                cause = cause.getCause() == cause ? null : cause.getCause();
            }
            throw e;
        }
    }

    public static boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
