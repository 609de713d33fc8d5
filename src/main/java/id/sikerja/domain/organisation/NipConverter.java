package id.sikerja.domain.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Nip} as its 18 digits. */
@Converter(autoApply = true)
public class NipConverter implements AttributeConverter<Nip, String> {

    @Override
    public String convertToDatabaseColumn(Nip nip) {
        return nip == null ? null : nip.value();
    }

    @Override
    public Nip convertToEntityAttribute(String value) {
        return value == null ? null : Nip.of(value);
    }
}
