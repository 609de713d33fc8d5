-- Appointments as proposals (usulan) and the Kepala Daerah's direct appointment, as policy data; the
-- "jabatan fungsional hasil penyetaraan" fact of an employee.

-- How an appointment is made: DIRECT, UNIT_HEAD_PROPOSES_TO_APPRAISER (KU Lampiran I huruf B huruf d, JB Lampiran
-- II huruf B angka 2 huruf d) or APPRAISER_PROPOSES_TO_OWNER (KL Lampiran huruf B angka 2 huruf q angka 1)).
alter table policy_profile add column appointment_route varchar(40) not null default 'DIRECT'
    check (appointment_route in ('DIRECT', 'UNIT_HEAD_PROPOSES_TO_APPRAISER', 'APPRAISER_PROPOSES_TO_OWNER'));
-- KU Pasal 11 ayat (3): only Kayong Utara's Bupati appoints directly.
alter table policy_profile add column regional_head_appoints boolean not null default false;
-- JB Pasal 22 ayat (3), KL Pasal 24 ayat (1): JF hasil penyetaraan preferred as ketua / Penanggung Jawab.
alter table policy_profile add column prefer_equalised_functional boolean not null default false;

update policy_profile p set appointment_route = 'UNIT_HEAD_PROPOSES_TO_APPRAISER', regional_head_appoints = true
  from government g where g.id = p.government_id and g.code = 'KAYONG_UTARA';
update policy_profile p set appointment_route = 'UNIT_HEAD_PROPOSES_TO_APPRAISER', prefer_equalised_functional = true
  from government g where g.id = p.government_id and g.code = 'JOMBANG';
update policy_profile p set appointment_route = 'APPRAISER_PROPOSES_TO_OWNER', prefer_equalised_functional = true
  from government g where g.id = p.government_id and g.code = 'KLATEN';

-- The official a proposal waits for; a proposal is an assignment in state PROPOSED.
alter table assignment add column proposed_to_id bigint references employee (id);
alter table assignment drop constraint assignment_status_check;
alter table assignment add constraint assignment_status_check
    check (status in ('PROPOSED', 'AWAITING_SIGNATURE', 'ISSUED', 'REFUSED'));
alter table assignment add constraint assignment_proposal_has_acceptor
    check (status <> 'PROPOSED' or proposed_to_id is not null);
create index assignment_proposed_to_idx on assignment (proposed_to_id) where status = 'PROPOSED';

-- Came into the functional position through penyetaraan jabatan (KL Pasal 24-25, JB Pasal 22 ayat (3)).
alter table employee add column from_equalisation boolean not null default false;
alter table employee_aud add column from_equalisation boolean;
