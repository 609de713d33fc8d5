package id.sikerja.application.internal;

import id.sikerja.application.OrganisationAdministration.PolicyData;
import id.sikerja.domain.policy.PolicyProfile;

/** The policy page's form to and from the government's policy profile. */
final class PolicyForms {

    private PolicyForms() {
    }

    static PolicyData view(PolicyProfile p, String seat) {
        return new PolicyData(p.getVersion(), p.getPerformanceOwnerLevel(), p.getAssignmentLetterSigner(),
                p.getCrossDepartmentApproval(), p.getLeadSelection(), p.isOneGroupPerLead(), p.isTechnicalLeadRoles(),
                p.getGroupKinds(), p.isRequirePlanningDialogue(), p.isVolunteerNeedsAnnouncement(),
                p.isExtraAllowanceReport(), p.isTargetsDeclareWorkMode(), p.isLeadsSignAgreement(),
                p.getLetterNumberPattern(), p.isAssignmentLetterFormOnly(), p.getCitations(),
                seat, p.getVolunteerRoute(), p.getAppointmentRoute(),
                p.isRegionalHeadAppoints(), p.isPreferEqualisedFunctional(), p.getDecreeSignersText(),
                p.getYearEndNominationMonth());
    }

    /** Every setting of the form onto the profile; the caller has checked the version. */
    static void apply(PolicyProfile p, PolicyData d) {
        p.configure(d.performanceOwnerLevel(), d.assignmentLetterSigner(), d.crossDepartmentApproval(),
                d.leadSelection(), d.oneGroupPerLead(), d.technicalLeadRoles(), d.groupKinds(),
                d.requirePlanningDialogue(), d.volunteerNeedsAnnouncement(), d.extraAllowanceReport(), d.citations());
        p.configurePlanning(d.targetsDeclareWorkMode(), d.leadsSignAgreement(), d.letterNumberPattern());
        p.configureVolunteering(d.volunteerRoute());
        p.configureAssignmentLetter(d.assignmentLetterFormOnly());
        p.configureAppointment(d.appointmentRoute(), d.regionalHeadAppoints(), d.preferEqualisedFunctional());
        p.configureTeamDecrees(d.decreeSigners(), d.yearEndNominationMonth());
    }
}
