package id.sikerja.infrastructure.seed;

import id.sikerja.application.Dialogues;
import id.sikerja.application.SkpService;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.internal.PlanningSupport;
import id.sikerja.domain.organisation.AppraisalResult;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.planning.AgreementLine;
import id.sikerja.domain.planning.Aspect;
import id.sikerja.domain.planning.DialogueStage;
import id.sikerja.domain.planning.Indicator;
import id.sikerja.domain.planning.PerformanceAgreement;
import id.sikerja.domain.planning.PerformanceDialogue;
import id.sikerja.domain.planning.Perspective;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.planning.ResultCategory;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.SkpForm;
import id.sikerja.domain.planning.SuperiorPlan;
import id.sikerja.domain.planning.WorkResult;
import id.sikerja.domain.planning.WorkResultLine;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.workflow.AuditEntry;
import id.sikerja.domain.workflow.WorkflowRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Writes the demo plan of one government for one year, in a transaction of its own: the Kepala
 * Dinas's approved Perjanjian Kinerja (signed by the Bupati/Walikota), the Kepala Bidang's approved
 * agreement cascading from it (each indicator serving one of the Kepala Dinas's), the Kepala Bidang's approved SKP, and below the Kepala Bidang a mix of
 * SKP states (submitted and waiting in the Kabid's inbox, approved, a draft filled by the matrix) with
 * the rest left without an SKP so that coverage and progress show gaps. The demo employee login gets
 * a draft to continue, and everyone up its appraiser chain (and the team lead's) gets the plan it links
 * to: a head's approved agreement and approved SKP, like the Kepala Bidang's.
 * <p>
 * Everything goes through the aggregates' own methods ({@link PerformanceAgreement#submit},
 * {@link Skp#approve} with the government's policy, ...), with the same organisation facts the
 * services use ({@link PlanningSupport}: appraiser derivation, SKP header, regional head, direct
 * reports), so every rule holds — e.g. Pasuruan's planning dialogue before approval and its work
 * mode per target.
 * <p>
 * Every workflow step goes through {@link WorkflowSteps#takeAs}, the same step service the pages use, in
 * the name of the person who takes it: their demo login where they have one, else {@value #DEMO_ACTOR}
 * with their employee id. So the audit trail and the inbox hold what the services would have written.
 */
@Stateless
public class DemoPlanWriter {

    /** Audit username for steps of demo people who have no login. */
    static final String DEMO_ACTOR = "data-demo";

    /** What was written, for the loader's log line and for tests. */
    public record Summary(int agreements, int skps) {
    }

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Inject
    PlanningSupport support;

    @Inject
    OrganisationRepository organisation;

    @Inject
    WorkflowRepository workflow;

    @Inject
    WorkflowSteps steps;

    @Inject
    PlanningRepository planning;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Summary write(GovernmentSeed seed, int year) {
        return new Run(seed, year).write();
    }

    /** One government's plan: the lookups shared by its steps. */
    private final class Run {
        private final int year;
        private final LocalDate today = LocalDate.now();
        private final long g;
        private final PolicyProfile policy;
        private final Map<Long, String> usernames = new HashMap<>();
        private final Map<String, Employee> logins = new HashMap<>();
        private int skps;
        private int agreements;

        Run(GovernmentSeed seed, int year) {
            this.year = year;
            Government government = organisation.governmentByCode(seed.code()).orElseThrow();
            this.g = government.getId();
            this.policy = support.policy(g);
            for (Object[] row : em.createQuery("select a.username, a.employee from UserAccount a "
                    + "where a.government.id = :g and a.employee is not null", Object[].class)
                    .setParameter("g", g).getResultList()) {
                usernames.put(((Employee) row[1]).getId(), (String) row[0]);
                logins.put((String) row[0], (Employee) row[1]);
            }
        }

        Summary write() {
            Employee kadis = login(".kadis");
            Employee kabid = login(".kabid");
            if (kadis == null || kabid == null) {
                return new Summary(0, 0);
            }
            // 1. the Kepala Dinas's agreement, signed by the Bupati/Walikota
            Placement kadisPlace = support.placement(kadis, today);
            PerformanceAgreement kadisAgreement = approvedAgreement(kadis, kadisPlace,
                    DemoTexts.departmentHeadAgreement(), n -> null);
            List<Indicator> kadisIndicators = kadisAgreement.indicators();

            // 2. the Kepala Bidang's agreement, signed by their appraiser (the Kepala Dinas): each indicator
            //    serves the Kepala Dinas's indicator it takes up
            PerformanceAgreement kabidAgreement = approvedAgreement(kabid, support.placement(kabid, today),
                    DemoTexts.unitHeadAgreement(), n -> kadisIndicators.get(DemoTexts.UNIT_HEAD_SUPPORTS[n]));
            List<Indicator> kabidIndicators = kabidAgreement.indicators();

            // 3. the Kepala Bidang's SKP: its results, worded like the Bidang's indicators, support the
            //    Kepala Dinas's indicators those indicators serve
            Skp kabidSkp = startSkp(kabid);
            for (int i = 0; i < kabidIndicators.size(); i++) {
                Indicator own = kabidIndicators.get(i);
                Indicator supported = kadisIndicators.get(DemoTexts.UNIT_HEAD_SUPPORTS[i]);
                kabidSkp.addResult(kabid.getId(), line(kabidSkp, ResultCategory.UTAMA, own.getText(),
                        "Capaian " + own.getText().toLowerCase(), own.getTarget().getValue(),
                        own.getTarget().getUnit(), supported, kadisAgreement));
            }
            submit(kabidSkp);
            approve(kabidSkp);

            // 4. below the Kepala Bidang: one SKP waiting for the Kabid (the team lead's where they report to
            //    the Kabid), one approved, one draft, the rest without an SKP. Where the Kabid has too few
            //    people directly below, the next level down (e.g. a Seksi's staff) fills the mix.
            List<Employee> level1 = new ArrayList<>(support.directReports(g, kabid, today).stream()
                    .map(Placement::getEmployee).toList());
            Employee ketua = login(".ketua");
            if (ketua != null && level1.remove(ketua)) {
                level1.add(0, ketua);
            }
            Employee pegawai = login(".pegawai");
            level1.remove(pegawai);
            List<Employee> candidates = new ArrayList<>(level1);
            if (level1.size() < 3) {
                for (Employee head : level1) {
                    if (support.placement(head, today).getPosition().isHeadsUnit()) {
                        support.directReports(g, head, today).stream().map(Placement::getEmployee)
                                .filter(e -> !candidates.contains(e) && !e.equals(pegawai) && !e.equals(kabid))
                                .forEach(candidates::add);
                    }
                }
            }
            Map<Long, Skp> written = new HashMap<>();
            written.put(kabid.getId(), kabidSkp);
            if (!candidates.isEmpty()) {
                Employee e = candidates.get(0);
                Skp s = linkedSkp(e, DemoTexts.submittedResults(), kabidAgreement,
                        List.of(kabidIndicators.get(0), kabidIndicators.get(1)), written);
                submit(s);
                written.put(e.getId(), s);
            }
            if (candidates.size() > 1) {
                Employee e = candidates.get(1);
                Skp s = linkedSkp(e, DemoTexts.approvedResults(), kabidAgreement,
                        List.of(kabidIndicators.get(2), kabidIndicators.get(0)), written);
                submit(s);
                approve(s);
                written.put(e.getId(), s);
            }
            if (candidates.size() > 2) {
                Employee e = candidates.get(2);
                if (superiors(e).contains(kabid.getId())) {
                    cascadedDraft(e, kabidAgreement, kabidIndicators.get(1));
                } else {
                    linkedSkp(e, List.of(new DemoTexts.Result(DemoTexts.CASCADED_RESULT,
                            "Jumlah laporan pemantauan rujukan", "12", "laporan")), kabidAgreement,
                            List.of(kabidIndicators.get(1)), written);
                }
            }

            // 5. up the appraiser chains of the demo employee and the team lead (e.g. Kepala Subbagian →
            //    Sekretaris → Kepala Dinas): everyone gets the plan the person below links to
            for (Employee e : new Employee[] {pegawai, ketua}) {
                if (e != null && e.placementOn(today).isPresent()) {
                    planAppraiserChain(e);
                }
            }

            // 6. the demo employee has a draft to continue (their own results, not linked yet)
            if (pegawai != null && pegawai.placementOn(today).isPresent()) {
                Skp s = startSkp(pegawai);
                for (DemoTexts.Result r : DemoTexts.employeeDraftResults()) {
                    s.addResult(pegawai.getId(), line(s, ResultCategory.UTAMA, r.text(), r.indicator(),
                            r.targetValue(), r.targetUnit(), null, null));
                }
            }
            em.flush();
            return new Summary(agreements, skps);
        }

        /**
         * Walks up from {@code e} through the appraisers (as {@link PlanningSupport#derive} finds them) to the
         * first one who already has a plan of the year, then writes the plan of each appraiser below that one,
         * top down: a head gets an approved agreement and an approved SKP supporting the appraiser's
         * agreement (as the Kepala Bidang); anyone else an approved SKP supporting the appraiser's plan.
         */
        private void planAppraiserChain(Employee e) {
            List<Employee> unplanned = new ArrayList<>();
            Employee at = e;
            while (true) {
                Employee appraiser = support.derive(g, at, today).appraiserIfKnown().orElse(null);
                if (appraiser == null || hasPlan(appraiser) || unplanned.contains(appraiser)) {
                    break;
                }
                unplanned.add(appraiser);
                at = appraiser;
            }
            Collections.reverse(unplanned);
            for (Employee head : unplanned) {
                Placement p = support.placement(head, today);
                String unitCode = p.getPosition().getUnit().getCode();
                if (p.getPosition().isHeadsUnit()) {
                    List<Indicator> above = superiorIndicators(head);
                    PerformanceAgreement a = approvedAgreement(head, p,
                            DemoTexts.headAgreement(unitCode, p.getPosition().getUnit().getName()),
                            n -> above.isEmpty() ? null : above.get(n % above.size()));
                    Skp s = startSkp(head);
                    a.indicators().forEach(i -> s.addResult(head.getId(), resultLine(s, new DemoTexts.Result(
                            i.getText(), "Capaian " + i.getText().toLowerCase(), i.getTarget().getValue(),
                            i.getTarget().getUnit()))));
                    submit(s);
                    approve(s);
                } else {
                    Skp s = startSkp(head);
                    s.addResult(head.getId(), resultLine(s, DemoTexts.staffResult(p.getPosition().getUnit().getName())));
                    submit(s);
                    approve(s);
                }
            }
        }

        /** The indicators of the first approved agreement of the year of the employee's superiors, if any. */
        private List<Indicator> superiorIndicators(Employee e) {
            return planning.approvedAgreements(g, superiors(e), year).stream().findFirst()
                    .map(PerformanceAgreement::indicators).orElse(List.of());
        }

        /** Whether the employee has what their appraisees link to: an approved agreement or a running SKP. */
        private boolean hasPlan(Employee e) {
            return !planning.approvedAgreements(g, List.of(e.getId()), year).isEmpty()
                    || planning.currentSkps(g, List.of(e.getId()), year).containsKey(e.getId());
        }

        /**
         * A main result of {@code s} supporting its owner's superiors' plan as the SKP page offers it
         * (SkpServiceBean.linkOptions): an indicator of their approved agreements, else a result of their SKP;
         * each new result takes the next indicator, so the superior's indicators are spread over the results.
         */
        private WorkResultLine resultLine(Skp s, DemoTexts.Result r) {
            Set<Long> superiors = support.superiorsOf(g, support.employee(g, s.getEmployeeId()), s.getAppraiserId());
            List<Indicator> indicators = new ArrayList<>();
            PerformanceAgreement of = null;
            for (PerformanceAgreement a : planning.approvedAgreements(g, superiors, year)) {
                if (of == null) {
                    of = a;
                    indicators.addAll(a.indicators());
                }
            }
            if (of != null) {
                return line(s, ResultCategory.UTAMA, r.text(), r.indicator(), r.targetValue(), r.targetUnit(),
                        indicators.get(s.getResults().size() % indicators.size()), of);
            }
            WorkResult superiorResult = planning.currentSkps(g, superiors, year).values().stream()
                    .flatMap(x -> x.getResults().stream()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("demo plan: nothing to link for " + s.getEmployeeId()));
            boolean jpt = s.getForm() == SkpForm.JPT;
            return new WorkResultLine(ResultCategory.UTAMA, r.text(),
                    jpt ? superiorResult.getSkp().getEmployee().name() : null, jpt ? null : Aspect.KUANTITAS,
                    jpt ? Perspective.PROSES_BISNIS : null, r.indicator(), r.targetValue(), r.targetUnit(), null,
                    superiorResult.getId(), superiorResult.getText(), null);
        }

        private Employee login(String suffix) {
            return logins.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }

        /**
         * As PlanningServiceBean: start, write (the n-th indicator serving {@code serves.apply(n)}, none where
         * null or where its owner is not among the owner's superiors), submit to the superior, who approves.
         */
        private PerformanceAgreement approvedAgreement(Employee owner, Placement p, List<AgreementLine> lines,
                                                       IntFunction<Indicator> serves) {
            PerformanceAgreement.requireEligibleOwner(p.getPosition().isHeadsUnit(), false, false, policy);
            OrgUnit unit = p.getPosition().getUnit();
            PerformanceAgreement a = new PerformanceAgreement(g, owner.getId(), unit.getId(),
                    unit.getDepartment().getId(), year, owner.getName(), p.getPosition().getTitle(), unit.getName());
            em.persist(a);
            em.flush();
            agreements++;
            steps.startedAs(as(owner.getId()), a, "agreement.start", null);
            SuperiorPlan superiors = support.superiorPlan(g, a);
            a.replaceContent(serving(lines, n -> {
                Indicator served = serves.apply(n);
                return served != null && superiors.superiorIds().contains(served.getObjective().getAgreement()
                        .getOwnerId()) ? served.getId() : null;
            }), policy, superiors);
            AppraisalResult r = support.derive(g, owner, today);
            long approver = PerformanceAgreement.approverFor(support.headsDepartment(p),
                    r.appraiserIfKnown().map(Employee::getId).orElse(null), support.regionalHeadId(g, today));
            steps.takeAs(as(owner.getId()), a, "agreement.submit", null,
                    (x, me) -> x.submit(me, approver, support.employee(g, approver).getName()));
            steps.takeAs(as(approver), a, "agreement.approve", null, PerformanceAgreement::approve);
            em.flush(); // the indicators get their ids: results link to them
            return a;
        }

        /** The lines with the n-th indicator (counted over all objectives) serving the indicator id given for n. */
        private static List<AgreementLine> serving(List<AgreementLine> lines, IntFunction<Long> served) {
            List<AgreementLine> out = new ArrayList<>();
            int n = 0;
            for (AgreementLine line : lines) {
                List<AgreementLine.IndicatorLine> indicators = new ArrayList<>();
                for (AgreementLine.IndicatorLine i : line.indicators()) {
                    indicators.add(new AgreementLine.IndicatorLine(i.originId(), i.text(), i.targetValue(),
                            i.targetUnit(), i.workMode(), served.apply(n++)));
                }
                out.add(new AgreementLine(line.objective(), indicators));
            }
            return out;
        }

        /** As SkpServiceBean.startMySkp for a first SKP: from 1 January, or the placement when later. */
        private Skp startSkp(Employee e) {
            LocalDate start = Skp.firstPeriodStart(year, support.placement(e, today).getStartDate());
            Skp s = support.newSkp(g, e, start);
            em.persist(s);
            em.flush();
            steps.startedAs(as(e.getId()), s, "skp.start", null);
            skps++;
            return s;
        }

        private Set<Long> superiors(Employee e) {
            return support.superiorsOf(g, e, null);
        }

        /**
         * An SKP whose results support the Kabid's indicators where the Kabid is among the owner's
         * superiors; otherwise a result of a superior's SKP written here (as the SKP page offers them,
         * SkpServiceBean.linkOptions).
         */
        private Skp linkedSkp(Employee e, List<DemoTexts.Result> results, PerformanceAgreement agreement,
                              List<Indicator> supported, Map<Long, Skp> written) {
            Set<Long> superiors = superiors(e);
            WorkResult superiorResult = superiors.contains(agreement.getOwnerId()) ? null
                    : superiors.stream().map(written::get).filter(x -> x != null && !x.getResults().isEmpty())
                    .map(x -> x.getResults().get(0)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("demo plan: nothing to link for " + e.getName()));
            Skp s = startSkp(e);
            for (int i = 0; i < results.size(); i++) {
                DemoTexts.Result r = results.get(i);
                s.addResult(e.getId(), superiorResult == null
                        ? line(s, ResultCategory.UTAMA, r.text(), r.indicator(), r.targetValue(), r.targetUnit(),
                                supported.get(i), agreement)
                        : new WorkResultLine(ResultCategory.UTAMA, r.text(), s.getForm() == SkpForm.JPT
                                ? superiorResult.getSkp().getEmployee().name() : null,
                                s.getForm() == SkpForm.JPT ? null : Aspect.KUANTITAS,
                                s.getForm() == SkpForm.JPT ? Perspective.PROSES_BISNIS : null, r.indicator(),
                                r.targetValue(), r.targetUnit(), null, superiorResult.getId(),
                                superiorResult.getText(), null));
            }
            return s;
        }

        /** As CascadingServiceBean.saveMatrix: the head's matrix starts a draft and writes the result into it. */
        private void cascadedDraft(Employee e, PerformanceAgreement agreement, Indicator indicator) {
            LocalDate start = Skp.firstPeriodStart(year, support.placement(e, today).getStartDate());
            Skp s = support.newSkp(g, e, start);
            em.persist(s);
            em.flush();
            skps++;
            steps.startedAs(as(agreement.getOwnerId()), s, "skp.cascadeStart", agreement.title());
            s.cascade(WorkResultLine.cascadedFrom(s.getForm(), DemoTexts.CASCADED_RESULT, agreement.getOwnerName(),
                    indicator));
            workflow.add(new AuditEntry(g, actor(agreement.getOwnerId()), agreement.getOwnerId(), SubjectType.AGREEMENT,
                    agreement.getId(), "agreement.cascade", agreement.getState().name(), agreement.getState().name(),
                    null));
        }

        /**
         * A result row of the SKP's form, linked to a superior's indicator with the text the service's
         * link check gives it ("indicator (target)").
         */
        private WorkResultLine line(Skp s, ResultCategory category, String text, String indicatorText, String value,
                                    String unit, Indicator supported, PerformanceAgreement of) {
            boolean jpt = s.getForm() == SkpForm.JPT;
            return new WorkResultLine(category, text, jpt ? (of == null ? "Renstra" : of.getOwnerName()) : null,
                    jpt ? null : Aspect.KUANTITAS, jpt ? Perspective.PROSES_BISNIS : null, indicatorText, value, unit,
                    supported == null ? null : supported.getId(), null,
                    supported == null ? null : supported.label(), null);
        }

        /** As SkpServiceBean.submit: the appraiser gets the approval task. */
        private void submit(Skp s) {
            steps.takeAs(as(s.getEmployeeId()), s, "skp.submit", null, Skp::submit);
        }

        /**
         * As SkpServiceBean.approve, with the planning dialogue recorded first (as
         * DialogueServiceBean.recordDialogue) where the government's policy requires it.
         */
        private void approve(Skp s) {
            long appraiser = s.getAppraiserId();
            boolean dialogue = false;
            if (policy.isRequirePlanningDialogue()) {
                LocalDate held = LocalDate.of(year, 1, 15);
                PerformanceDialogue d = new PerformanceDialogue(g, SkpService.SKP.name(), s.getId(),
                        held.isAfter(today) ? today : held, DialogueStage.PLANNING, Set.of(s.getEmployeeId()),
                        appraiser, DemoTexts.DIALOGUE_EXPECTATIONS, DemoTexts.DIALOGUE_TARGETS,
                        DemoTexts.DIALOGUE_RESOURCES, DemoTexts.DIALOGUE_FOLLOW_UPS, today);
                em.persist(d);
                em.flush();
                audit(appraiser, Dialogues.DIALOGUE, d.getId(), "dialogue.record", null, d.getStage().name());
                audit(appraiser, SkpService.SKP, s.getId(), "dialogue.record", null, d.getStage().name());
                dialogue = d.isPlanningDialogueOf(s.getId());
            }
            boolean recorded = dialogue;
            steps.takeAs(as(appraiser), s, "skp.approve", null, (x, me) -> x.approve(me, policy, recorded));
        }

        /** The person taking a step: their demo login where they have one. */
        private WorkflowSteps.SystemActor as(long employeeId) {
            return new WorkflowSteps.SystemActor(g, actor(employeeId), employeeId);
        }

        private void audit(long actor, SubjectType type, long id, String action, String from, String to) {
            workflow.add(new AuditEntry(g, actor(actor), actor, type, id, action, from, to, null));
        }

        private String actor(long employeeId) {
            return usernames.getOrDefault(employeeId, DEMO_ACTOR);
        }
    }
}
