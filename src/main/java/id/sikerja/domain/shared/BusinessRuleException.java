package id.sikerja.domain.shared;

import java.util.List;

/**
 * A rule of the domain refused an operation. Carries a message-bundle key and its arguments so
 * the user sees the reason in their own language; nothing has been changed when it is thrown.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
