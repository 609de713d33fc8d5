-- PLAN-REVIEW #5, #24: KU applies its structure models per Bagian or Dinas (KU Lampiran I huruf B), so a
-- unit can carry structure-model tags and an appraiser rule can select units (by code, i.e. a subtree, or
-- by tag); a rule can name who gives the work (unit head) beside the appraiser; and a rule that makes a
-- Pejabat Fungsional the appraiser records the legal basis of the delegation (KU Pasal 1 angka 16).
alter table org_unit add column structure_models varchar(400) not null default '';

alter table appraiser_rule add column unit_codes varchar(1000) not null default '';
alter table appraiser_rule add column unit_models varchar(400) not null default '';
alter table appraiser_rule add column unit_head_kind varchar(30);
alter table appraiser_rule add column unit_head_level integer;
alter table appraiser_rule add column delegation_basis text;
