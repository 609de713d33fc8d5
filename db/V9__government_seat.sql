-- The seat of government (ibu kota): the place printed on letters and decrees.
alter table government add column seat varchar(100);

-- Demo governments loaded before this column existed.
update government set seat = 'Sukadana' where code = 'KAYONG_UTARA' and seat is null;
update government set seat = 'Jombang' where code = 'JOMBANG' and seat is null;
update government set seat = 'Klaten' where code = 'KLATEN' and seat is null;
update government set seat = 'Pasuruan' where code = 'PASURUAN' and seat is null;
