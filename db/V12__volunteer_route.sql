-- Who approves a voluntary application across units, and in which order, per government (JB Lampiran II
-- huruf B angka 2 huruf b; KL Lampiran huruf B angka 2 huruf q angka 2) huruf b); PS Lampiran I huruf B
-- angka 2). Existing governments keep the order they used so far; the personnel office sets theirs.
alter table policy_profile add column volunteer_route varchar(40) not null default 'OWN_RECOMMENDATION_FIRST';
