-- An assignment that names a work team now points at a real team (the two were built side by side).
alter table assignment
    add constraint assignment_team_fk foreign key (team_id) references work_team (id);
