-- Đắk Nông province and its eight district-level units as they stood before 1 July 2025, when
-- districts were abolished and the province was merged into Lâm Đồng (Resolution 202/2025/QH15).
-- Codes are the General Statistics Office codes. Validity starts when the province was founded
-- (1 January 2004, Resolution 23/2003/QH11); Tuy Đức was split off later (Decree 142/2006/NĐ-CP),
-- its start approximated to 1 January 2007. Earlier renamings (Gia Nghĩa town → city) are not modelled.

insert into unit (code, name, level, parent_code, valid_from, valid_to) values
    ('68', 'Tỉnh Lâm Đồng', 'PROVINCE', null, date '2025-07-01', null),
    ('67', 'Tỉnh Đắk Nông', 'PROVINCE', null, date '2004-01-01', date '2025-06-30');

insert into unit (code, name, level, parent_code, valid_from, valid_to) values
    ('660', 'Thành phố Gia Nghĩa', 'DISTRICT', '67', date '2004-01-01', date '2025-06-30'),
    ('661', 'Huyện Đắk Glong',     'DISTRICT', '67', date '2004-01-01', date '2025-06-30'),
    ('662', 'Huyện Cư Jút',        'DISTRICT', '67', date '2004-01-01', date '2025-06-30'),
    ('663', 'Huyện Đắk Mil',       'DISTRICT', '67', date '2004-01-01', date '2025-06-30'),
    ('664', 'Huyện Krông Nô',      'DISTRICT', '67', date '2004-01-01', date '2025-06-30'),
    ('665', 'Huyện Đắk Song',      'DISTRICT', '67', date '2004-01-01', date '2025-06-30'),
    ('666', 'Huyện Đắk R''Lấp',    'DISTRICT', '67', date '2004-01-01', date '2025-06-30'),
    ('667', 'Huyện Tuy Đức',       'DISTRICT', '67', date '2007-01-01', date '2025-06-30');

insert into unit_successor (unit_code, position, successor_code) values ('67', 0, '68');
