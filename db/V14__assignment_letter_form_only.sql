-- Whether a government's assignment letter keeps to the regulation's form (PS Lampiran II: Nama, NIP,
-- Jabatan, "Diberikan tugas sebagai"), without the rank, routine/incidental mark and owner unit the other
-- letters add.
alter table policy_profile add column assignment_letter_form_only boolean not null default false;

-- Kota Pasuruan's profile as first seeded had the Surat Tugas signed by the owner unit's head and numbered
-- 094/...; PS Lampiran II has it signed by the Pimpinan Unit Organisasi (the head of the Perangkat Daerah,
-- PS Lampiran I huruf B angka 1) and numbered 800/ /423...../20... . Correct a profile still on those seeded
-- values; one an administrator has changed since is left alone.
update policy_profile p
   set assignment_letter_signer = 'PERFORMANCE_OWNER',
       letter_number_pattern = '800/{seq}/423.{dept}/{year}',
       assignment_letter_form_only = true
  from government g
 where g.id = p.government_id and g.code = 'PASURUAN'
   and p.assignment_letter_signer = 'UNIT_HEAD' and p.letter_number_pattern = '094/{seq}/{dept}/{year}';
