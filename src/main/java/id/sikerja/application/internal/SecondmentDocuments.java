package id.sikerja.application.internal;

import id.sikerja.application.OfficialDocument;
import id.sikerja.application.Secondments.SecondmentLetter;
import id.sikerja.domain.assignment.AssignmentRepository;
import id.sikerja.domain.assignment.SecondmentRequest;
import id.sikerja.domain.assignment.SecondmentStatus;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.workflow.SubjectType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The letters of a secondment request (KU Lampiran I B.a and its templates): each is composed and kept when it
 * gets its number, and served as kept.
 */
@Stateless
public class SecondmentDocuments {

    private static final SubjectType SECONDMENT = SubjectType.SECONDMENT;

    @Inject
    AssignmentRepository repository;

    @Inject
    AssignmentSupport support;

    @Inject
    AssignmentLetters letters;

    @Inject
    DocumentArchive archive;

    /** The letter as issued. */
    public byte[] open(long g, SecondmentRequest s, SecondmentLetter letter, String number, LocalDate date) {
        return archive.open(g, SECONDMENT, s.getId(), letter.name(), number, date, () -> compose(g, s, letter));
    }

    /** Keeps the letter as it is issued now: it is served unchanged from then on. */
    public void issue(long g, SecondmentRequest s, SecondmentLetter letter) {
        repository.flush();
        OfficialDocument d = compose(g, s, letter);
        switch (letter) {
            case REQUEST -> archive.issue(g, SECONDMENT, s.getId(), letter.name(), s.getRequestNumber(),
                    s.getRequestDate(), d);
            case RECOMMENDATION -> archive.issue(g, SECONDMENT, s.getId(), letter.name(), s.getRecommendationNumber(),
                    s.getRecommendationDate(), d);
            case ANSWER -> archive.issue(g, SECONDMENT, s.getId(), letter.name(), s.getAnswerNumber(),
                    s.getAnswerDate(), d);
        }
    }

    private OfficialDocument compose(long g, SecondmentRequest s, SecondmentLetter letter) {
        return switch (letter) {
            case REQUEST -> {
                Employee signer = support.employee(g, s.getRequestSignerId());
                String addressee = (s.requestSignedByOwnAuthority() ? support.headOf(g, AssignmentSupport.root(s.getTargetUnit()))
                        : support.headOf(g, s.getTargetUnit())).map(support::office).orElse(s.getTargetUnit().getName());
                List<String> copies = new ArrayList<>();
                support.appraiserOf(g, s.getRequester()).filter(x -> !x.equals(signer)).ifPresent(x -> copies.add(support.office(x)));
                yield letters.requestLetter(s, signer, addressee, copies);
            }
            case RECOMMENDATION -> letters.recommendationLetter(s, support.employee(g, s.getRecommenderId()));
            case ANSWER -> {
                Employee signer = support.employee(g, s.getAnswerSignerId());
                Employee requestSigner = support.employee(g, s.getRequestSignerId());
                List<String> copies = new ArrayList<>();
                support.headOf(g, AssignmentSupport.root(s.getTargetUnit())).filter(x -> !x.equals(signer)).ifPresent(x -> copies.add(support.office(x)));
                support.headOf(g, AssignmentSupport.root(s.getRequestingUnit())).ifPresent(x -> copies.add(support.office(x)));
                yield s.getStatus() == SecondmentStatus.REFUSED
                        ? letters.refusalLetter(s, signer, support.office(requestSigner), copies)
                        : letters.answerLetter(s, signer, support.office(requestSigner), s.getNominees(), copies);
            }
        };
    }

}
