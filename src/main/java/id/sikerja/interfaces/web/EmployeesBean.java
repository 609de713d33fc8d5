package id.sikerja.interfaces.web;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationAdministration.EmployeeData;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.domain.organisation.EmployeeRow;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.Sex;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The employee list the user may see, paged in the database; for the admin, a create form. */
@Named
@ViewScoped
public class EmployeesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationQueries queries;

    @Inject
    transient OrganisationAdministration administration;

    private String search;
    private final LazyDataModel<EmployeeRow> model = new Model();

    // As the employee table's column (V1 migration); checked here so the message is beside the field.
    @Size(max = 200)
    private String name;
    private EmploymentStatus status = EmploymentStatus.PNS;
    private String nip;
    private Sex sex;
    private LocalDate birthDate;
    private String rankCode;

    public void create() throws IOException {
        Long id = UiMessages.attempt(() -> administration.createEmployee(
                new EmployeeData(name, status, nip, sex, birthDate, rankCode, null, null)));
        if (id != null) {
            UiMessages.info("employee.created", name);
            var ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/org/employee.xhtml?id=" + id);
        }
    }

    private final class Model extends LazyDataModel<EmployeeRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) queries.countEmployees(text(filters));
        }

        /** The column filters (name, NIP) narrow like the search box; the first one filled wins. */
        private String text(Map<String, FilterMeta> filters) {
            for (String field : new String[] {"name", "nip"}) {
                FilterMeta meta = filters == null ? null : filters.get(field);
                if (meta != null && meta.getFilterValue() != null && !meta.getFilterValue().toString().isBlank()) {
                    return meta.getFilterValue().toString();
                }
            }
            return search;
        }

        @Override
        public List<EmployeeRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                                      Map<String, FilterMeta> filters) {
            SortMeta s = sort.values().stream().findFirst().orElse(null);
            return queries.employees(text(filters), first, pageSize, s == null ? "name" : s.getField(),
                    s == null || s.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(EmployeeRow row) {
            return String.valueOf(row.id());
        }
    }

    public LazyDataModel<EmployeeRow> getModel() {
        return model;
    }

    public EmploymentStatus[] getStatuses() {
        return EmploymentStatus.values();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public EmploymentStatus getStatus() {
        return status;
    }

    public void setStatus(EmploymentStatus status) {
        this.status = status;
    }

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = nip;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getRankCode() {
        return rankCode;
    }

    public void setRankCode(String rankCode) {
        this.rankCode = rankCode;
    }
}
