-- A Perjanjian Kinerja indicator names the superior's indicator it serves (KU Lampiran II.A.1.a; JB Lampiran
-- II.B.5 angka 1; KL Lampiran B.5.1 huruf b-d: the superior divides the targets of the PK among the heads
-- below). Null: not linked; the lineage then says so instead of guessing.
alter table agreement_indicator
    add column serves_indicator_id bigint references agreement_indicator (id) on delete set null;
create index agreement_indicator_serves_idx on agreement_indicator (serves_indicator_id);

-- Back-fill only what the owners themselves recorded. Before this column the one place a head wrote down
-- which superior indicator a commitment serves was their own SKP: a result linked to the superior's
-- indicator. An indicator is linked where the owner's running SKP of the same year holds a result with
-- exactly the indicator's text and target, and every such result supports one and the same indicator of
-- the agreement signed (approved) by the person who signed this agreement, in the same government and
-- year. Indicators whose text occurs twice in their agreement, results marked for review, and anything
-- worded only alike stay unlinked.
with evidence as (
    select i.id as indicator_id, r.supported_indicator_id as served_id
      from agreement_indicator i
      join agreement_objective o on o.id = i.objective_id
      join performance_agreement a on a.id = o.agreement_id
      join skp s on s.government_id = a.government_id and s.employee_id = a.owner_id and s.year = a.year
                and s.state <> 'CLOSED'
      join work_result r on r.skp_id = s.id and r.text = i.text and r.target_value = i.target_value
                        and r.target_unit is not distinct from i.target_unit and not r.needs_review
      join agreement_indicator si on si.id = r.supported_indicator_id
      join agreement_objective so on so.id = si.objective_id
      join performance_agreement sa on sa.id = so.agreement_id
     where sa.government_id = a.government_id and sa.year = a.year
       and sa.owner_id = a.approver_id and sa.owner_id <> a.owner_id
       and sa.state in ('APPROVED', 'SUPERSEDED')
       and not exists (select 1 from agreement_indicator twin
                         join agreement_objective t on t.id = twin.objective_id
                        where t.agreement_id = a.id and twin.id <> i.id and twin.text = i.text)
), certain as (
    select indicator_id, min(served_id) as served_id
      from evidence
     group by indicator_id
    having count(distinct served_id) = 1
)
update agreement_indicator i
   set serves_indicator_id = c.served_id
  from certain c
 where c.indicator_id = i.id and i.serves_indicator_id is null;
