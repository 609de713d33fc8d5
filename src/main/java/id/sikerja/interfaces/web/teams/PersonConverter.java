package id.sikerja.interfaces.web.teams;

import id.sikerja.application.WorkTeams;
import id.sikerja.application.WorkTeams.PersonOption;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A person chosen in the member autocomplete travels as their employee id and is looked up again in the
 * caller's government (an id of another government is simply not found).
 */
@Named("teamPersonConverter")
@ApplicationScoped
public class PersonConverter implements Converter<PersonOption> {

    @Inject
    WorkTeams workTeams;

    @Override
    public PersonOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return workTeams.person(Long.parseLong(value)).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PersonOption value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
