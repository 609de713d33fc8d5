package id.sikerja.interfaces.web;

import id.sikerja.domain.access.Role;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationAdministration.EmployeeData;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.domain.organisation.EmployeeRow;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.Sex;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An employee page: placement history, appraiser, unit head, roles; for the admin, edit and place. */
@Named
@ViewScoped
public class EmployeeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationQueries queries;

    @Inject
    transient OrganisationAdministration administration;

    private Long id;
    private OrganisationQueries.EmployeeView employee;

    // Lengths as the employee table's columns (V1 migration); checked here so the message is beside the field.
    @Size(max = 200)
    private String name;
    private EmploymentStatus status;
    private String nip;
    private Sex sex;
    private LocalDate birthDate;
    private String rankCode;
    @Size(max = 200)
    private String email;
    @Size(max = 40)
    private String phone;
    private int version;

    private OrganisationQueries.PositionOption newPosition;
    private LocalDate placementStart;
    private String placementReason;

    private EmployeeRow overrideAppraiser;
    private String overrideReason;
    private boolean fromEqualisation;

    @Inject
    transient id.sikerja.application.Equalisations equalisations;

    private List<OrganisationAdministration.AccountView> accounts;
    private List<OrganisationAdministration.RevisionView> revisions;
    private String newUsername;
    private String newPassword;

    public void load() {
        if (id == null) {
            throw new NotFoundException("employee", "");
        }
        employee = queries.employee(id);
        name = employee.name();
        status = employee.status();
        nip = employee.nip() == null ? null : employee.nip().replace(" ", "");
        sex = Sex.valueOf(employee.sex());
        birthDate = employee.birthDate();
        rankCode = employee.rankCode();
        email = employee.email();
        phone = employee.phone();
        fromEqualisation = employee.fromEqualisation();
        version = employee.version();
        accounts = employee.editable() ? administration.accounts(id) : List.of();
        revisions = null;
    }

    public void createAccount() {
        if (UiMessages.attempt(() -> administration.createAccount(id, newUsername, newPassword)) != null) {
            UiMessages.info("account.created", newUsername.strip().toLowerCase());
            newUsername = null;
            newPassword = null;
            load();
        }
    }

    /** Grants or revokes a hand-given role, as the checkbox in the accounts table says. */
    public void toggle(OrganisationAdministration.AccountView account, Role role) {
        boolean has = account.grants().contains(role);
        if (UiMessages.attempt(() -> {
            if (has) {
                administration.revoke(account.id(), role);
            } else {
                administration.grant(account.id(), role);
            }
        })) {
            UiMessages.info(has ? "account.revoked" : "account.granted", account.username(), UiMessages.text("role." + role));
            load();
        }
    }

    public void setEnabled(OrganisationAdministration.AccountView account, boolean enabled) {
        if (UiMessages.attempt(() -> administration.setAccountEnabled(account.id(), enabled))) {
            UiMessages.info("saved");
            load();
        }
    }

    public List<Role> getGrantableRoles() {
        return java.util.Arrays.stream(Role.values()).filter(Role::isGrantable).toList();
    }

    /** The record's change history, loaded when the admin opens it. */
    public List<OrganisationAdministration.RevisionView> getRevisions() {
        if (revisions == null) {
            revisions = employee != null && employee.editable() ? administration.employeeRevisions(id) : List.of();
        }
        return revisions;
    }

    public List<OrganisationAdministration.AccountView> getAccounts() {
        return accounts;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public void save() {
        if (UiMessages.attempt(() -> administration.updateEmployee(id, version,
                new EmployeeData(name, status, nip, sex, birthDate, rankCode, email, phone)))) {
            UiMessages.info("saved");
            load();
        }
    }

    /** JB Pasal 22 ayat (3), KL Pasal 24-25: whether the person is a Pejabat Fungsional hasil penyetaraan. */
    public void saveEqualisation() {
        if (UiMessages.attempt(() -> equalisations.record(id, version, fromEqualisation))) {
            UiMessages.info("employee.equalisationSaved");
            load();
        }
    }

    public boolean isFromEqualisation() {
        return fromEqualisation;
    }

    public void setFromEqualisation(boolean fromEqualisation) {
        this.fromEqualisation = fromEqualisation;
    }

    public void place() {
        if (newPosition == null) {
            UiMessages.error("placement.positionAndStartRequired");
            return;
        }
        if (UiMessages.attempt(() -> administration.placeEmployee(id, version, newPosition.id(), placementStart,
                placementReason))) {
            UiMessages.info("employee.placed", newPosition.title());
            newPosition = null;
            placementReason = null;
            load();
        }
    }

    public void override() {
        if (overrideAppraiser == null) {
            UiMessages.error("override.appraiserRequired");
            return;
        }
        if (UiMessages.attempt(() -> administration.overrideAppraiser(id, overrideAppraiser.id(), overrideReason))) {
            UiMessages.info("saved");
            overrideReason = null;
            load();
        }
    }

    public void revokeOverride() {
        if (UiMessages.attempt(() -> administration.revokeAppraiserOverride(id))) {
            UiMessages.info("saved");
            load();
        }
    }

    /**
     * The positions last offered by the autocomplete: the converter finds the chosen one among them
     * (searching again with the submitted label would find nothing).
     */
    private List<OrganisationQueries.PositionOption> positionChoices = List.of();
    private List<EmployeeRow> employeeChoices = List.of();

    public List<OrganisationQueries.PositionOption> completePosition(String text) {
        positionChoices = queries.searchPositions(text);
        return positionChoices;
    }

    public List<EmployeeRow> completeEmployee(String text) {
        employeeChoices = queries.employees(text, 0, 20, "name", true);
        return employeeChoices;
    }

    public List<OrganisationQueries.PositionOption> getPositionChoices() {
        return positionChoices;
    }

    public List<EmployeeRow> getEmployeeChoices() {
        return employeeChoices;
    }

    public EmploymentStatus[] getStatuses() {
        return EmploymentStatus.values();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationQueries.EmployeeView getEmployee() {
        return employee;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public OrganisationQueries.PositionOption getNewPosition() {
        return newPosition;
    }

    public void setNewPosition(OrganisationQueries.PositionOption newPosition) {
        this.newPosition = newPosition;
    }

    public LocalDate getPlacementStart() {
        return placementStart;
    }

    public void setPlacementStart(LocalDate placementStart) {
        this.placementStart = placementStart;
    }

    public String getPlacementReason() {
        return placementReason;
    }

    public void setPlacementReason(String placementReason) {
        this.placementReason = placementReason;
    }

    public EmployeeRow getOverrideAppraiser() {
        return overrideAppraiser;
    }

    public void setOverrideAppraiser(EmployeeRow overrideAppraiser) {
        this.overrideAppraiser = overrideAppraiser;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
