package id.sikerja.interfaces.web;

import id.sikerja.domain.shared.NotFoundException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.util.regex.Pattern;

/**
 * The record id in a page address ({@code ?id=…} of every record page, through {@code f:viewParam}).
 * An id that is no positive whole number that fits a {@code bigint} ({@code abc}, {@code 1.5},
 * {@code 99999999999999999999}) names no record: it is answered like an unknown id, 404, logged in one
 * line by {@link RefusalFilter} — not a conversion message on a page that has nothing to show, and
 * not a 500 (RFC 9110 §15.5.5).
 */
@FacesConverter("recordId")
public class RecordIdConverter implements Converter<Long> {

    /** At most 19 digits: the longest a signed 64-bit integer has (larger ones fail to parse). */
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value);
    }

    /** The id, null when absent (the page then decides), or NotFoundException when it is no id. */
    static Long parse(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (DIGITS.matcher(value).matches()) {
            try {
                long id = Long.parseLong(value);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException tooLarge) {
                // falls through: no record has it
            }
        }
        throw new NotFoundException("record", abbreviated(value));
    }

    /** A user's text goes to the log only in a short, single-line form. */
    private static String abbreviated(String value) {
        String oneLine = value.replaceAll("[\\p{Cntrl}]", "?");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
