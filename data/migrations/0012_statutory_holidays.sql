-- 0012: the national working calendar the deadlines run on (issue #11 §7), as published by the
-- General Office of the State Council (国务院办公厅). Rows with township_code NULL are the shipped
-- default; a township's own row for a day wins (CalendarStore). Only days that differ from the
-- Monday–Friday rule matter, but every holiday day is listed so the calendar reads like the notice.
-- Existing rows (an administrator's corrections) are kept.
--   2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）
--   2026: 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）
-- A later year is added the same way once its notice is out (about each November).
INSERT INTO zones.calendar_day (township_code, day, is_workday, note)
SELECT NULL, d::date, false, h.name
FROM (VALUES
  ('2025-01-01', '2025-01-01', '元旦'),
  ('2025-01-28', '2025-02-04', '春节'),
  ('2025-04-04', '2025-04-06', '清明节'),
  ('2025-05-01', '2025-05-05', '劳动节'),
  ('2025-05-31', '2025-06-02', '端午节'),
  ('2025-10-01', '2025-10-08', '国庆节、中秋节'),
  ('2026-01-01', '2026-01-03', '元旦'),
  ('2026-02-15', '2026-02-23', '春节'),
  ('2026-04-04', '2026-04-06', '清明节'),
  ('2026-05-01', '2026-05-05', '劳动节'),
  ('2026-06-19', '2026-06-21', '端午节'),
  ('2026-09-25', '2026-09-27', '中秋节'),
  ('2026-10-01', '2026-10-07', '国庆节')
) AS h(first_day, last_day, name)
CROSS JOIN LATERAL generate_series(h.first_day::date, h.last_day::date, interval '1 day') AS d
ON CONFLICT (township_code, day) DO NOTHING;

-- 调休: the weekend days worked in exchange.
INSERT INTO zones.calendar_day (township_code, day, is_workday, note)
SELECT NULL, w.day::date, true, w.name || '调休上班'
FROM (VALUES
  ('2025-01-26', '春节'), ('2025-02-08', '春节'), ('2025-04-27', '劳动节'),
  ('2025-09-28', '国庆节'), ('2025-10-11', '国庆节'),
  ('2026-01-04', '元旦'), ('2026-02-14', '春节'), ('2026-02-28', '春节'), ('2026-05-09', '劳动节'),
  ('2026-09-20', '国庆节'), ('2026-10-10', '国庆节')
) AS w(day, name)
ON CONFLICT (township_code, day) DO NOTHING;
