-- "At most one open placement per employee" is checked at commit, not per statement: a transfer
-- inserts the new placement and closes the previous one in the same transaction, and Hibernate
-- writes the insert before the update.
drop index placement_one_open_idx;
alter table placement add constraint placement_one_open
    exclude using btree (employee_id with =) where (end_date is null) deferrable initially deferred;
