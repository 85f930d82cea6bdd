-- The congress terms the seeded data and rule sets speak of: 2015-2020 (the Đắk Song resolution
-- of the seed report), 2020-2025 (Directive 35-CT/TW of 2019, rule set CT35-2019 in cadre-service)
-- and 2025-2030 (Directive 45-CT/TW of 2025, rule set CT45-2025). cadre-service checks every term
-- a committee or a plan names against this table.
insert into term (code, base_year, last_year) values
    ('2015-2020', 2015, 2020),
    ('2020-2025', 2020, 2025),
    ('2025-2030', 2025, 2030)
on conflict (code) do nothing;
