-- 0002: shipped default categories and time limits (DOMAIN.md §5.4; township_code NULL = default).
-- Components (部件, case numbers C…) use GB/T 30428 small-class codes; events (事件, E…) the
-- CJ/T 214 event classes; 9901 is the local code for 12345 requests with no specific class.
INSERT INTO zones.complaint_category (township_code, kind, code, name, group_name, asset_kind, time_limit, time_unit) VALUES
  (NULL, 'component', '0301', '公共厕所设施损坏', '市容环境', 'toilet',          5, 'work_days'),
  (NULL, 'component', '0302', '公厕化粪池溢流',   '市容环境', 'toilet',         24, 'hours'),
  (NULL, 'component', '0303', '公厕指示牌损坏',   '市容环境', NULL,              5, 'work_days'),
  (NULL, 'component', '0304', '垃圾间(楼)损坏',   '市容环境', 'garbage_room',    5, 'work_days'),
  (NULL, 'component', '0305', '垃圾箱破损/缺失',  '市容环境', 'bin',             5, 'work_days'),
  (NULL, 'component', '0118', '路灯不亮/损坏',    '公用设施', 'streetlight',    24, 'hours'),
  (NULL, 'component', '0120', '景观灯不亮/损坏',  '公用设施', 'landscape_light', 24, 'hours'),
  (NULL, 'event',     '0101', '私搭乱建',         '市容环境', NULL,              7, 'work_days'),
  (NULL, 'event',     '0102', '暴露垃圾',         '市容环境', 'bin',             4, 'work_hours'),
  (NULL, 'event',     '0103', '积存垃圾渣土',     '市容环境', NULL,              4, 'work_hours'),
  (NULL, 'event',     '0104', '道路不洁',         '市容环境', NULL,              2, 'work_hours'),
  (NULL, 'event',     '0105', '水域不洁',         '市容环境', NULL,             15, 'work_days'),
  (NULL, 'event',     '0106', '绿地脏乱',         '市容环境', NULL,              4, 'work_hours'),
  (NULL, 'event',     '0107', '垃圾箱满溢',       '市容环境', 'bin',             4, 'work_hours'),
  (NULL, 'event',     '0501', '占道经营',         '街面秩序', NULL,              1, 'work_days'),
  (NULL, 'event',     '9901', '12345一般诉求',    '其他',     NULL,              7, 'days');
