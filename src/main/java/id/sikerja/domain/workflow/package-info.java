/**
 * What every workflow of the cycle shares: the audit trail of its steps ({@link id.sikerja.domain.workflow.AuditEntry}),
 * the inbox of steps waiting for a person ({@link id.sikerja.domain.workflow.InboxTask}) and the running numbers of
 * official letters ({@link id.sikerja.domain.workflow.LetterSequence}).
 */
package id.sikerja.domain.workflow;
