-- Inbox tasks name their subject (type and id); the web layer derives the page from it. Tasks opened
-- before keep the page they recorded.
alter table inbox_task alter column link drop not null;
